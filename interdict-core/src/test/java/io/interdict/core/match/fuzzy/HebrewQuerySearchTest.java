package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name in Hebrew searched among Latin names: its words reach the listed name's by their consonants' classes. */
class HebrewQuerySearchTest {
    @Test
    void germanSchIsTheShTheReadingWrites() {
        // הירש, read "hyrs", reaches "Hirsch" by its consonants alone: "sch" is one sound, as ש is
        CandidateIndex index = CandidateIndex.build(List.of(ScoringName.of("Hirsch", Schema.PERSON),
                ScoringName.of("Harrisk", Schema.PERSON)), true);
        assertThat(index.candidates(ScoringName.of("הירש", Schema.UNKNOWN), 5, null)).containsExactly(0);
        FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "Tzvi Hirsch"), person("x:2", "Zvi Harris")),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        FuzzyMatcherTest.assertFoundFirst(matcher, "צבי הירש", "x:1");
    }

    @Test
    void hetInsideAWordIsTheChOfItsLatinSpelling() {
        // מזרחי, read "mzrhy": ח written h, which the key drops; Latin writes it ch
        CandidateIndex index = CandidateIndex.build(List.of(ScoringName.of("Mizrachi", Schema.PERSON),
                ScoringName.of("Mizrak", Schema.PERSON)), true);
        assertThat(index.candidates(ScoringName.of("מזרחי", Schema.UNKNOWN), 5, null)).contains(0);
        // a word's first h stays as read: חיים, "hyym", does not reach a word of k and m alone
        CandidateIndex chemie = CandidateIndex.build(List.of(ScoringName.of("Kamau", Schema.PERSON)), true);
        assertThat(chemie.candidates(ScoringName.of("חיים", Schema.UNKNOWN), 5, null)).isEmpty();
    }
}
