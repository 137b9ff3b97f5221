package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The second fresh held-out pair set reads, has both kinds of pair, uses exactly the script labels of the
 * older sets (each with at least one same-person pair), and shares no name with either older set.
 */
class Fresh2CrossScriptPairsTest {
    @Test
    void theFresh2PairsParseAndHoldBothKinds() throws IOException {
        List<PairEvaluation.Case> fresh2 = WiderEvaluations.crossScriptPairs(WiderEvaluations.FRESH2_PAIRS);
        assertThat(fresh2).allSatisfy(c -> {
            assertThat(c.name1()).isNotBlank();
            assertThat(c.name2()).isNotBlank();
            assertThat(c.quality()).as("script of %s", c.name1()).isNotBlank();
            assertThat(c.schema()).as("schema of %s", c.name1()).isIn("Person", "Organization");
        });
        assertThat(fresh2.stream().filter(PairEvaluation.Case::match).count()).isGreaterThanOrEqualTo(100);
        assertThat(fresh2.stream().filter(c -> !c.match()).count()).isGreaterThanOrEqualTo(25);
        assertThat(fresh2).anyMatch(c -> c.schema().equals("Organization"));
    }

    @Test
    void everyScriptLabelOfTheOlderSetsIsUsedAndNoOther() throws IOException {
        Set<String> older = new TreeSet<>();
        for (String resource : List.of("/eval/cross-script-pairs.csv", WiderEvaluations.FRESH_PAIRS)) {
            WiderEvaluations.crossScriptPairs(resource).forEach(c -> older.add(c.quality()));
        }
        Set<String> sameLabels = new TreeSet<>();
        Set<String> allLabels = new TreeSet<>();
        for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(WiderEvaluations.FRESH2_PAIRS)) {
            allLabels.add(c.quality());
            if (c.match()) {
                sameLabels.add(c.quality());
            }
        }
        assertThat(allLabels).isEqualTo(older);
        assertThat(sameLabels).isEqualTo(older);
    }

    @Test
    void noNameOfTheOlderSetsReappears() throws IOException {
        Set<String> older = new HashSet<>();
        for (String resource : List.of("/eval/cross-script-pairs.csv", WiderEvaluations.FRESH_PAIRS)) {
            for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(resource)) {
                older.add(c.name1());
                older.add(c.name2());
            }
        }
        for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(WiderEvaluations.FRESH2_PAIRS)) {
            assertThat(older).doesNotContain(c.name1(), c.name2());
        }
    }
}
