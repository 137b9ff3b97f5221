package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The held-out own pair files written blind in sessions 65, 72 and 73 ({@code own-pairs-fresh4-*}, {@code own-pairs-fresh5-*},
 * {@code own-pairs-fresh6-*}, eval/PROVENANCE.md; fresh5's and fresh6's organisations are of four schemas, not checked one
 * by one): each is
 * wired into {@code EvalMain ownpairs} as held out, parses, holds the pairs its provenance states (160, of both kinds),
 * no pair twice, and no name string (NFC, lower case) of any other own pair file: a figure on it is a figure on names
 * nobody tuned on. A failure names only the checked file's strings, never its labels.
 */
class FreshOwnPairFilesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/eval/own-pairs-fresh4-people.csv, Person, 95, 65",
        "/eval/own-pairs-fresh4-orgs.csv, Organization, 85, 75",
        "/eval/own-pairs-fresh5-people.csv, Person, 95, 65",
        "/eval/own-pairs-fresh5-orgs.csv, , 85, 75",
        "/eval/own-pairs-fresh6-people.csv, Person, 95, 65",
        "/eval/own-pairs-fresh6-orgs.csv, , 85, 75"
    })
    void aFreshFileIsHeldOutWholeAndNewAndHoldsWhatItsProvenanceSays(String file, String schema, int same, int different)
            throws IOException {
        assertThat(EvalMain.OWN_FRESH2_PAIRS).contains(file);
        List<PairEvaluation.Case> pairs = EvalMain.resource(file);
        assertThat(pairs).allSatisfy(c -> {
            assertThat(c.name1()).isNotBlank();
            assertThat(c.name2()).isNotBlank();
            if (schema != null) {
                assertThat(c.schema()).isEqualToIgnoringCase(schema);
            }
        });
        assertThat(pairs.stream().filter(PairEvaluation.Case::match).count()).isEqualTo(same);
        assertThat(pairs.stream().filter(c -> !c.match()).count()).isEqualTo(different);
        assertThat(pairs.stream().map(c -> c.name1() + "|" + c.name2()).distinct().count()).isEqualTo(pairs.size());

        Set<String> mine = new HashSet<>();
        for (PairEvaluation.Case c : pairs) {
            mine.add(key(c.name1()));
            mine.add(key(c.name2()));
        }
        Set<String> overlap = new HashSet<>();
        for (String other : others()) {
            if (other.equals(file)) {
                continue;
            }
            for (PairEvaluation.Case c : EvalMain.resource(other)) {
                for (String n : List.of(c.name1(), c.name2())) {
                    if (mine.contains(key(n))) {
                        overlap.add(n);
                    }
                }
            }
        }
        assertThat(overlap).isEmpty();
    }

    private static List<String> others() {
        List<String> all = new java.util.ArrayList<>(EvalMain.OWN_SPLIT_PAIRS);
        all.add(EvalMain.OWN_FRESH_PAIRS);
        all.addAll(EvalMain.OWN_FRESH2_PAIRS);
        all.addAll(EvalMain.OWN_DEVIATION_PAIRS);
        return all;
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
