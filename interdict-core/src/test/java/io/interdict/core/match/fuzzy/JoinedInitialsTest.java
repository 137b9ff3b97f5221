package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A person's initials written together with full stops ("V.V. Putin") are initials each (own examples). */
class JoinedInitialsTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "V.V. Putin|Vladimir Vladimirovich Putin",
        "PUTIN V.V.|Vladimir Vladimirovich Putin",
        "J.R.R. Tolkien|John Ronald Reuel Tolkien",
        "В.В. Путин|Vladimir Vladimirovich Putin",
    })
    void joinedInitialsMeetTheNamesTheyBegin(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare(b, a, Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "V.V. Putin|Vladimir Sergeyevich Putin",   // the second initial begins no word of the other name
        "A.B. Smith|Carl Bernard Smith",           // the first initial begins no word of the other name
    })
    void anInitialStillHasToFitAWord(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
