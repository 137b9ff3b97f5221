package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CountryNamesTest {
    @Test
    void theTableIsWhatTheIcuOnTheClasspathGives() throws IOException {
        try (InputStream in = CountryNames.class.getResourceAsStream("country-names.tsv")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CountryNamesTableGenerator.table());
        }
    }

    @Test
    void namesAreFoldedAsThePipelineFoldsLatinText() {
        assertThat(CountryNames.fold("Côte d’Ivoire")).isEqualTo("cote d ivoire");
        assertThat(CountryNames.is("mexico")).isTrue();
        assertThat(CountryNames.is("sverige")).isTrue();
        assertThat(CountryNames.is("bank")).isFalse();
    }

    @Test
    void aCharacterThatMayNotFoldToLatinFoldsToNoLetter() {
        // CountryCodes.of skips a word of such characters without folding it: its fold must hold no letter
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c) && !CountryCodes.mayFoldToLatin(c)) {
                assertThat(CountryNames.fold("x" + c + "y")).as("U+%04X", (int) c).isIn("x y", "xy");
            }
        }
        assertThat(CountryCodes.of("Компания Гонконг Лимитед")).isNull();
        assertThat(CountryCodes.of("Société Hong Kong Limitée")).isEqualTo("Société HK Limitée");
    }
}
