package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HanSurnamesTest {
    @Test
    void theCommittedTableIsWhatIcuGives() throws IOException {
        try (InputStream in = HanSurnames.class.getResourceAsStream("han-surname-readings.tsv")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("han-surname-readings.tsv differs from ICU's Han-Latin/Names (ICU upgraded?): regenerate it with HanSurnameTableGenerator")
                    .isEqualTo(HanSurnameTableGenerator.table());
        }
    }

    @Test
    void aSurnameReadOtherwiseThanItsCharacter() {
        assertThat(HanSurnames.reading("曾".codePointAt(0))).isEqualTo("zeng");
        assertThat(HanSurnames.reading("单".codePointAt(0))).isEqualTo("shan");
        assertThat(HanSurnames.reading("單".codePointAt(0))).isEqualTo("shan");   // its traditional form, read alike
        assertThat(HanSurnames.reading("解".codePointAt(0))).isEqualTo("xie");
        // read as a surname as it customarily is, or only in its tone (华 huá, huà): nothing
        assertThat(HanSurnames.reading("叶".codePointAt(0))).isNull();
        assertThat(HanSurnames.reading("华".codePointAt(0))).isNull();
        assertThat(HanSurnames.reading("王".codePointAt(0))).isNull();
        // 乾 (qián) shares a variant group with 干 (gān) but is another character
        assertThat(HanSurnames.reading("乾".codePointAt(0))).isNull();
    }

    @Test
    void aFamilyNameIsSpeltInAnyReadingAGivenNameInItsCustomaryOne() {
        int[] zeng = {"曾".codePointAt(0)};
        assertThat(MandarinSpelling.spellsAnyReading(zeng, "zeng")).isTrue();
        assertThat(MandarinSpelling.spellsAnyReading(zeng, "tseng")).isTrue();   // Wade-Giles
        assertThat(MandarinSpelling.spellsAnyReading(zeng, "ceng")).isTrue();
        assertThat(MandarinSpelling.spells(zeng, "zeng")).isFalse();
        assertThat(MandarinSpelling.anyReadingFirstLetters("曾".codePointAt(0)) & 1 << ('z' - 'a')).isNotZero();
        assertThat(MandarinSpelling.firstLetters("曾".codePointAt(0)) & 1 << ('z' - 'a')).isZero();
    }
}
