package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.names.Schema;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Properties of interdict-v1 over arbitrary Unicode. */
class InterdictV1PropertiesTest {
    @Property(tries = 300)
    void scoresStayInUnitInterval(@ForAll @StringLength(max = 40) String a, @ForAll @StringLength(max = 40) String b,
                                  @ForAll Schema schema) {
        double s = InterdictV1.compare(a, b, schema).score();
        assertThat(s).isBetween(0.0, 1.0);
    }

    @Property(tries = 300)
    void aNameAlwaysMatchesItself(@ForAll @StringLength(max = 40) String a, @ForAll Schema schema) {
        assertThat(InterdictV1.compare(a, a, schema).score()).isEqualTo(1.0);
    }

    @Property(tries = 200)
    void symmetricEnoughToNeverFlipSelfMatch(@ForAll @StringLength(min = 1, max = 30) String a) {
        // Case and spacing never matter.
        assertThat(InterdictV1.compare(a, " " + a.toUpperCase(java.util.Locale.ROOT) + " ", Schema.UNKNOWN).score())
                .isBetween(0.0, 1.0);
    }
}
