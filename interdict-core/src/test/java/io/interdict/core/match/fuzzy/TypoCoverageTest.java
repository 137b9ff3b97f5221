package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;

/** A word paired as a typo covers its word nearly as a spelling variant does, whatever its length. */
class TypoCoverageTest {
    @Test
    void twoLettersSwappedInAShortWordBesideAnotherWordStillMatch() {
        NameScore s = InterdictV2.compare("YSA AIR", "YAS AIR", Schema.ORGANIZATION);
        assertThat(s.pairs()).contains("ysa~yas 0.67 typo");
        assertThat(s.score()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aLoosePairThatIsNoTypoCoversOnlyWhatItSpells() {
        // "yab" ~ "yas": a changed last letter beside one word is another name as often as a slip: no lift.
        NameScore s = InterdictV2.compare("YAB AIR", "YAS AIR", Schema.ORGANIZATION);
        assertThat(s.pairs()).noneMatch(p -> p.endsWith("typo"));
        assertThat(s.features()).anyMatch(f -> f.name().equals("name_coverage") && f.value() < InterdictV2.TYPO_COVERS);
    }

    @Test
    void aSearchStoppingAtAFloorKeepsWhatTheLiftRaisesAboveIt() {
        // The shortcut that stops scoring a candidate below the floor must count the lift: "ysa air" covers 0.83 before
        // it and more after, so a floor between the two keeps the whole value.
        ScoringName q = ScoringName.of("YSA AIR", Schema.ORGANIZATION);
        ScoringName c = ScoringName.of("YAS AIR", Schema.ORGANIZATION);
        InterdictV2.ListContext list = new InterdictV2.ListContext(new boolean[q.size()], null, new boolean[q.size()]);
        double full = InterdictV2.value(q, c, list);
        assertThat(full).isGreaterThan(0.84);
        for (int hundredths = 50; hundredths <= Math.round(full * 100); hundredths++) {
            double floor = hundredths / 100.0;
            assertThat(InterdictV2.value(q, c, list, floor)).as("floor %s", floor).isEqualTo(full);
        }
    }
}
