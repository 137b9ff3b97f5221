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
 * A Korean name in Hangul searched among given names written in two syllables as South Koreans register them
 * ("Moo-hyun", "Dong-hoon"): a listed pair of words is also posted by its romanisation fold, which the reading's one
 * word looks up by its own.
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
        List<SearchHit> hits = matcher.search(query, null, 3);
        assertThat(hits).extracting(SearchHit::entityId).first().isEqualTo(id);
        assertThat(hits.get(0).match()).isTrue();
    }

    @Test
    void aListedPairOfWordsIsPostedByItsFold() {
        CandidateIndex index = CandidateIndex.build(List.of(ScoringName.of("Dong-hoon", Schema.PERSON)), true);
        // "donghun" and "dong hoon" glued ("donghoon") are two edits apart: the fold ("dongun") is what they share
        assertThat(index.candidates(ScoringName.of("donghun", Schema.UNKNOWN), 5, null)).containsExactly(0);
        assertThat(index.candidates(ScoringName.of("dongmin", Schema.UNKNOWN), 5, null)).isEmpty();
    }
}
