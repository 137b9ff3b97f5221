package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fresh held-out pair set reads, has both kinds of pair, and shares no name with the older set. */
class FreshCrossScriptPairsTest {
    @Test
    void theFreshPairsParseAndHoldBothKinds() throws IOException {
        List<PairEvaluation.Case> fresh = WiderEvaluations.crossScriptPairs(WiderEvaluations.FRESH_PAIRS);
        assertThat(fresh).allSatisfy(c -> {
            assertThat(c.name1()).isNotBlank();
            assertThat(c.name2()).isNotBlank();
            assertThat(c.quality()).as("script of %s", c.name1()).isNotBlank();
        });
        assertThat(fresh.stream().filter(PairEvaluation.Case::match).count()).isGreaterThanOrEqualTo(50);
        assertThat(fresh.stream().filter(c -> !c.match()).count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void noNameOfTheOlderSetReappears() throws IOException {
        Set<String> older = new HashSet<>();
        for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs()) {
            older.add(c.name1());
            older.add(c.name2());
        }
        for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(WiderEvaluations.FRESH_PAIRS)) {
            assertThat(older).doesNotContain(c.name1(), c.name2());
        }
    }
}
