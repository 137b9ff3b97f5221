package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A given name's short form beside a fuller name is that name, not a loose pair of a partial name (own examples). */
class ShortGivenNameTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Bill Clinton|William Jefferson Clinton",
        "Ted Kaczynski|Theodore John Kaczynski",
    })
    void aShortFormBesideAMiddleNameIsTheName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("partial_fuzzy");
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Bill Clinton|William Jefferson Carter",   // the short form alone is weak
        "Kayla Smith|Richard Kelly Smyth",         // names that sound alike are no short form
    })
    void aShortFormAloneIsNoMatch(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
