package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forefathers in the middle of a nasab one side leaves out ({@link Nasab#unpairedForefathers}) are no words the other
 *  lacks; an East Slavic patronymic still is one (a shared given name beside another family name). */
class FathersNameLeftOutTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Osama bin Laden|Usama bin Muhammad bin Ladin",
        "Ali bin Salem|Ali bin Ahmed bin Salim",
    })
    void theForefathersInTheMiddleOfANasabMakeNoPartialName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("partial_fuzzy");
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @org.junit.jupiter.api.Test
    void comparedPairwiseTheLeftOutForefathersWeighNothingInTheCoverage() {
        // Two forefathers left out: their weight would hold the coverage under the review threshold.
        NameScore s = InterdictV2.compare("Omar bin Rashid", "Umar bin Khalid bin Yusuf bin Rashid", Schema.PERSON);
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.features().get(0).detail()).contains("candidate 0.7");
        // Both sides name another father: a conflict, whatever the rest agrees on.
        assertThat(InterdictV2.compare("Omar bin Khalid bin Rashid", "Omar bin Yusuf bin Rashid", Schema.PERSON).score())
                .isLessThan(REVIEW);
        // Against a list the coverage stays as CoverageBound bounds it.
        FuzzyMatcher m = new FuzzyMatcher(java.util.List.of(
                InterdictV2Test.person("un-sc:X.1", "Umar bin Khalid bin Yusuf bin Rashid", null, null, null)),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Omar bin Rashid", null, 1)).allMatch(h -> h.score() < s.score());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Ali Salem|Ali bin Salim bin Ahmed",       // the chain's last, the family's, is left out: no short form
        "Vladimir Veselov|Vladimir Abdualiyevich VASILYEV",   // a patronymic left over, another family name
        "Boris Abramovich|Roman Abramovich",       // another given name
    })
    void otherLeftOverWordsStillCount(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
