package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Korean given name written in two syllables as South Koreans register them ("Moo-hyun", "Dong-hoon") and in one
 * ("muhyun", "donghun", as a name in Hangul or Hanja is read): a listed pair of words is also posted by its romanisation
 * fold, which the reading's one word looks up by its own, and the alignment glues the pair where it folds as the other
 * side's word.
 */
class KoreanGivenNameSearchTest {
    // Among names that share their family name with each query, so the family name alone ranks nothing first.
    private final FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "Roh Moo-hyun"), person("x:2", "Roh Tae-woo"),
            person("x:3", "Han Dong-hoon"), person("x:4", "Han Duck-soo"), person("x:5", "Lee Jung-sook"),
            person("x:6", "Lee Myung-bak"), person("x:7", "Ahn Cheol-soo"), person("x:8", "Ahn Jung-geun")),
            MatchSettings.DEFAULTS, InterdictV2.NAME);

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "노무현, x:1",
        "한동훈, x:3",
        "이정숙, x:5",
        "안철수, x:7",
    })
    void aGivenNameWrittenInTwoSyllablesIsFound(String query, String id) {
        FuzzyMatcherTest.assertFoundFirst(matcher, query, id);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "安正勳, Ahn Jung-hoon",    // read "an junghun", "an jeonghun", "an jonghun"
        "具本茂, Koo Bon-moo",
        "李美淑, Lee Mi-sook",
        "尹美羅, Yoon Mi-ra",       // 羅 read 라 inside the name, not 나 as at a word's start
    })
    void aNameInHanjaFindsItsGivenNameWrittenInTwoSyllables(String query, String listed) {
        FuzzyMatcher m = new FuzzyMatcher(List.of(person("x:1", listed), person("x:2", "Lin Meihua")), MatchSettings.DEFAULTS,
                InterdictV2.NAME);
        FuzzyMatcherTest.assertFoundFirst(m, query, "x:1");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "Koo Bonmu, Koo Bon-moo",
        "Jung Donghun, Jung Dong-hoon",
        "Roh Muhyun, Roh Moo Hyun",
    })
    void aPairOfSyllablesIsGluedWhereItFoldsAsTheOtherWord(String a, String b) {
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, a, b, "Person").score()).isGreaterThanOrEqualTo(0.9);
        // interdict-v1 is frozen: it glues by spelling alone
        assertThat(FuzzyMatcher.compare(InterdictV1.NAME, a, b, "Person").score()).isLessThan(0.8);
    }

    @Test
    void aPairThatFoldsAsNoWordOfTheOtherSideStaysApart() {
        // "dong hyun" is no romanisation of "donghun": a typo apart, as before
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "Jung Donghun", "Jung Dong-hyun", "Person").pairs())
                .noneMatch(p -> p.endsWith("spelling"));
    }

    @Test
    void aListedPairOfWordsIsPostedByItsFold() {
        CandidateIndex index = CandidateIndex.build(List.of(ScoringName.of("Dong-hoon", Schema.PERSON)), true);
        // "donghun" and "dong hoon" glued ("donghoon") are two edits apart: the fold ("dongun") is what they share
        assertThat(index.candidates(ScoringName.of("donghun", Schema.UNKNOWN), 5, null)).containsExactly(0);
        assertThat(index.candidates(ScoringName.of("dongmin", Schema.UNKNOWN), 5, null)).isEmpty();
    }
}
