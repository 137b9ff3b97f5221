package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;

/** A name typed backwards is read forwards when it shows it (own examples). */
class BackwardsTest {
    @Test
    void readsAWordByWordReversal() {
        assertThat(Backwards.reading("anaJ kavoN")).isEqualTo("Jana Novak");
        assertThat(Backwards.reading("Jana Novak")).isNull();
        assertThat(Backwards.reading("JANA NOVAK")).isNull();
        assertThat(Backwards.reading("anaJ Novak")).as("a word capitalised as usual").isNull();
        assertThat(Backwards.reading("McDonalD")).isNull();
    }

    @Test
    void aNameTypedBackwardsMatchesPairwise() {
        NameScore s = InterdictV2.compare("anaJ kavoN", "Jana Novak", Schema.PERSON);
        assertThat(s.score()).isGreaterThanOrEqualTo(MatchSettings.DEFAULTS.reviewThreshold());
        assertThat(InterdictV2.compare("anaJ kavoN", "Petra Svoboda", Schema.PERSON).score())
                .isLessThan(MatchSettings.DEFAULTS.reviewThreshold());
    }
}
