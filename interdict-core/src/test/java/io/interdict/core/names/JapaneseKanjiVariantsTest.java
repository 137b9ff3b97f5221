package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Older forms of kanji read as the standard forms (KANJIDIC2's variant references). */
class JapaneseKanjiVariantsTest {
    @Test
    void olderFormsStandForTheStandardOnes() {
        assertThat(JapaneseKanjiVariants.standardised("黒澤明")).isEqualTo("黒沢明");
        assertThat(JapaneseKanjiVariants.standardised("渡邊 恒雄")).isEqualTo("渡辺 恒雄");
        assertThat(JapaneseKanjiVariants.standardised("渡邉")).isEqualTo("渡辺");
        assertThat(JapaneseKanjiVariants.standardised("齋藤")).isEqualTo("斎藤");
        String plain = "小泉純一郎 Koizumi";
        assertThat(JapaneseKanjiVariants.standardised(plain)).isSameAs(plain);
    }

    @Test
    void everyVariantStandsForAKanjiTheNameTablesRead() {
        // the standard forms are KANJIDIC2's graded kanji, which japanese-name-readings.tsv holds: so a variant reads too
        for (Map.Entry<Integer, Integer> v : JapaneseKanjiVariants.all().entrySet()) {
            int[] standard = {v.getValue()};
            int[] variant = {v.getKey()};
            assertThat(JapaneseNameReading.readable(standard, 0, 1)).as(Character.toString(v.getValue())).isTrue();
            assertThat(JapaneseNameReading.readable(variant, 0, 1)).as(Character.toString(v.getKey())).isTrue();
            assertThat(v.getKey()).isNotEqualTo(v.getValue());
        }
    }

    @ParameterizedTest(name = "{0} is read {1}")
    @CsvSource({
        "黒澤明, kurosawa akira",
        "渡邊恒雄, watanabe tsuneo",
        "齋藤健, saito ",
        "濱田正, hamada ",
    })
    void aNameInOlderFormsIsReadAsInTheStandardOnes(String name, String reading) {
        assertThat(JapaneseNameSplit.readings(name)).isNotEmpty();
        assertThat(JapaneseNameSplit.readings(name).get(0)).startsWith(reading);
    }
}
