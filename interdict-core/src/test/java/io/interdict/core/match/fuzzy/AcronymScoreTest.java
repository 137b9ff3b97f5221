package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compared pairwise, an organisation's acronym meets the name it stands for, and says so (own examples). */
class AcronymScoreTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "IRISL|Islamic Republic of Iran Shipping Lines",
        "Banco Bilbao Vizcaya Argentaria|BBVA",
        "PMC Wagner|Private Military Company Wagner",
    })
    void anAcronymMeetsItsName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.ORGANIZATION);
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW).isLessThan(1.0);
        assertThat(s.features()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("acronym");
            assertThat(f.value()).isEqualTo(-InterdictV2.ACRONYM);
        });
    }

    @Test
    void aPersonsInitialsAreNoAcronym() {
        assertThat(InterdictV2.compare("JFK", "John Fitzgerald Kennedy", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("JFK Trading", "John Fitzgerald Kennedy Trading", Schema.COMPANY).score())
                .isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void anotherCompanysLettersStayApart() {
        assertThat(InterdictV2.compare("NIOC", "National Iranian Gas Company", Schema.COMPANY).score()).isLessThan(REVIEW);
    }
}
