package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;

class CantoneseSpellingTest {
    private static final double REVIEW = 0.8;

    @Test
    void jyutpingSyllablesInTheHongKongSpellings() {
        assertThat(CantoneseSpelling.syllable("zoeng")).contains("cheung", "tseung");
        assertThat(CantoneseSpelling.syllable("lei")).contains("lei", "lee", "li");
        assertThat(CantoneseSpelling.syllable("gaa")).containsExactly("ka", "kah");
        assertThat(CantoneseSpelling.syllable("jyut")).contains("yuet", "yut");
        assertThat(CantoneseSpelling.syllable("si")).contains("si", "shi", "sze");
        assertThat(CantoneseSpelling.syllable("m")).containsExactly("m");
        assertThat(CantoneseSpelling.syllable("xyz")).isEmpty();
    }

    @Test
    void theUsualSpellingASearchLooksUpWritesTheAffricatesCh() {
        assertThat(CantoneseSpelling.usual("can")).isEqualTo("chan");
        assertThat(CantoneseSpelling.usual("zoeng")).isEqualTo("cheung");
        assertThat(CantoneseSpelling.usual("gwok")).isEqualTo("kwok");
        assertThat(CantoneseSpelling.usual("ng")).isEqualTo("ng");
        assertThat(CantoneseSpelling.usual("xyz")).isNull();
    }

    @Test
    void hongKongNameSpellingsBeyondTheGovernmentTables() {
        assertThat(CantoneseSpelling.syllable("waa")).contains("wa", "wah");
        assertThat(CantoneseSpelling.syllable("zau")).contains("chau", "chow", "tsow");
        assertThat(CantoneseSpelling.syllable("lo")).contains("lo", "law", "loh");
        assertThat(CantoneseSpelling.syllable("ng")).containsExactly("ng");
        assertThat(CantoneseSpelling.spells("吳".codePoints().toArray(), "ng")).isTrue();
        assertThat(InterdictV2.compare("劉德華", "Lau Tak Wah", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("伍家明", "Ng Ka Ming", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("周國強", "Chow Kwok Keung", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("周國強", "Chow Kwok Wing", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("伍家明", "Ng Ka Wai", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void hanNamesReadInCantoneseAsHongKongWritesThem() {
        assertThat(HanReadings.cantonese("陳".codePointAt(0))).contains("can");
        assertThat(CantoneseSpelling.spells("日君".codePoints().toArray(), "yatkwan")).isTrue();
        assertThat(InterdictV2.compare("陳日君", "Chan Yat-kwan", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("張國榮", "Cheung Kwok-wing", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("陳日君", "Chan Yik-kwan", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("張國榮", "Cheung Ka-wing", Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
