package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Japanese name whose long vowels are marked two ways is one name, explained as a spelling (own examples). */
class JapaneseNameSpellingTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Taro Aso|Tarou Asou",
        "Yuki Ohno|Yuuki Ono",
    })
    void longVowelsMarkedTwoWays(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("name_ending");
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Taro Aso|Tara Aso",
    })
    void anotherVowelIsAnotherName(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @org.junit.jupiter.api.Test
    void aMandarinSyllableWritesItsOwnOu() {
        assertThat(WordOpinions.japaneseLongVowels("hou", "ho")).isFalse();      // 侯 is not 何
        assertThat(WordOpinions.japaneseLongVowels("tarou", "taro")).isTrue();
        assertThat(InterdictV2.compare("尤鹏", "Yen-Yo Peng", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @org.junit.jupiter.api.Test
    void onlyBetweenNamesOfJapaneseSyllables() {
        // "Roger" is no Hepburn word: "Moore" and "More" stay as alike as their letters (a typo, not a spelling)
        assertThat(InterdictV2.opinion(scoring("Roger Moore"), scoring("Roger More"))).isSameAs(WordOpinions.SHORT);
        assertThat(InterdictV2.opinion(scoring("Taro Aso"), scoring("Tarou Asou"))).isSameAs(WordOpinions.JAPANESE_LATIN);
        assertThat(InterdictV2.opinion(scoring("Boris Jonson"), scoring("Boris Johnson"))).isSameAs(WordOpinions.SHORT);
    }

    private static ScoringName scoring(String name) {
        return ScoringName.of(io.interdict.core.names.NamePipeline.standard().prepare(name, Schema.PERSON));
    }
}
