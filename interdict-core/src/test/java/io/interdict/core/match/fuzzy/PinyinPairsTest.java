package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;

/** Two names in pinyin meet as written, not through Wade-Giles (own examples). */
class PinyinPairsTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @Test
    void anotherFamilyNameIsNotBroughtNearByWadeGiles() {
        // "Zhou" is "chou" in Wade-Giles, two letters from "chen"; as written, "zhou" ~ "chen" are three apart
        assertThat(InterdictV2.compare("Zhou Wei", "Chen Wei", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("Zhang Lei", "Chen Lei", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void pinyinStillMeetsItsWadeGiles() {
        assertThat(InterdictV2.compare("Deng Xiaoping", "Teng Hsiao-ping", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("Zhang Wei", "Chang Wei", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aNameInHanMeetsItsWadeGiles() {
        // Taiwan's names are written in Wade-Giles: 蔡英文 "Tsai Ing-wen", 蒋经国 "Chiang Ching-kuo", 郭台铭 "Kuo Tai-ming"
        assertThat(InterdictV2.compare("蔡英文", "Tsai Ing-wen", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("蒋经国", "Chiang Ching-kuo", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("郭台铭", "Kuo Tai-ming", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("蔡英文", "Cai Yingwen", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aNameInHanMeetsAPinyinNameAsPinyinWritesIt() {
        // 陈伟 is "chen wei"; "Zhang Wei" read in Wade-Giles, "chang wei", is not brought near it
        assertThat(InterdictV2.compare("陈伟", "Zhang Wei", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("张伟", "Chen Wei", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("蔡英文", "Tsai Ming-wen", Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
