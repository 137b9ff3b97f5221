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
}
