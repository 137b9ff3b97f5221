package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two Chinese given names that share one syllable and differ in the other by three edits or more are two names (own examples). */
class ChineseOtherSyllableTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Wang Haibo|Wang Haiyang",
        "Li Jianguo|Li Jianming",
    })
    void anotherSyllableIsAnotherName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).as(s.toString()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Zhou Jianguo|Zhou Jiangguo",        // one edit: a slip
        "Chou Chien-kuo|Zhou Jianguo",       // Wade-Giles against Pinyin
    })
    void aSlipOrAnotherRomanisationIsNot(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).features()).extracting(f -> f.name()).doesNotContain("other_word");
    }

    @Test
    void syllables() {
        assertThat(ChineseGivenName.otherSyllable("haibo", "haiyang")).isTrue();
        assertThat(ChineseGivenName.otherSyllable("jinping", "jinlong")).as("two edits: a possible slip").isFalse();
        assertThat(ChineseGivenName.otherSyllable("chinping", "jinping")).isFalse();
        assertThat(ChineseGivenName.otherSyllable("jinping", "jinping")).isFalse();
        assertThat(ChineseGivenName.otherSyllable("robert", "roberto")).isFalse();
    }
}
