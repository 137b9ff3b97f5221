package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each blind held-out pair set (written after the ones before it had been measured, see eval/PROVENANCE.md)
 * reads, holds enough pairs of both kinds, uses exactly the script labels of the older sets for both kinds
 * of pair, spells every is_match as true or false, lists no pair twice, and shares no name string with any
 * older set (for fresh4, the tuning set too; for fresh5 and fresh6, every other cross-script pair file as well).
 */
class FreshBlindCrossScriptSetsTest {
    private static final String ORIGINAL_PAIRS = "/eval/cross-script-pairs.csv";
    private static final String FRESH3_PAIRS = WiderEvaluations.FRESH3_PAIRS;
    private static final String FRESH4_PAIRS = WiderEvaluations.FRESH4_PAIRS;
    /** The tuning pairs: no blind set written after them may share a name with them. */
    private static final String TUNING_PAIRS = "/eval/cross-script-pairs-tuning.csv";
    /** The fifth blind set, written after fresh4 had been measured. */
    private static final String FRESH5_PAIRS = "/eval/cross-script-pairs-fresh5.csv";
    /** The other tuning files, which fresh5 must share no name with either. */
    private static final List<String> OTHER_TUNING_PAIRS = List.of(
            "/eval/cross-script-pairs-tuning2.csv",
            "/eval/cross-script-pairs-tuning3.csv",
            "/eval/cross-script-pairs-transcribed.csv",
            "/eval/cross-script-pairs-thai.csv",
            "/eval/cross-script-pairs-hanja.csv",
            "/eval/cross-script-pairs-orgs.csv");

    /**
     * A blind set, the blind sets written before it (whose script labels it must use), further sets it must share no
     * name with (the tuning set, which also has a label the blind sets leave out), and the fewest pairs of each kind
     * it must hold.
     */
    record BlindSet(String resource, List<String> older, List<String> alsoDisjointFrom, int minSame, int minDifferent) {
        BlindSet(String resource, List<String> older, int minSame, int minDifferent) {
            this(resource, older, List.of(), minSame, minDifferent);
        }

        @Override
        public String toString() {
            return resource;
        }
    }

    static Stream<BlindSet> blindSets() {
        return Stream.of(
                new BlindSet(WiderEvaluations.FRESH2_PAIRS, List.of(ORIGINAL_PAIRS, WiderEvaluations.FRESH_PAIRS), 100, 25),
                new BlindSet(FRESH3_PAIRS,
                        List.of(ORIGINAL_PAIRS, WiderEvaluations.FRESH_PAIRS, WiderEvaluations.FRESH2_PAIRS), 120, 30),
                new BlindSet(FRESH4_PAIRS,
                        List.of(ORIGINAL_PAIRS, WiderEvaluations.FRESH_PAIRS, WiderEvaluations.FRESH2_PAIRS, FRESH3_PAIRS),
                        List.of(TUNING_PAIRS), 130, 40),
                new BlindSet(FRESH5_PAIRS,
                        List.of(ORIGINAL_PAIRS, WiderEvaluations.FRESH_PAIRS, WiderEvaluations.FRESH2_PAIRS, FRESH3_PAIRS,
                                FRESH4_PAIRS),
                        Stream.concat(Stream.of(TUNING_PAIRS), OTHER_TUNING_PAIRS.stream()).toList(), 140, 40),
                new BlindSet(WiderEvaluations.FRESH6_PAIRS,
                        List.of(ORIGINAL_PAIRS, WiderEvaluations.FRESH_PAIRS, WiderEvaluations.FRESH2_PAIRS, FRESH3_PAIRS,
                                FRESH4_PAIRS, FRESH5_PAIRS),
                        Stream.concat(Stream.of(TUNING_PAIRS), OTHER_TUNING_PAIRS.stream()).toList(), 180, 44));
    }

    @ParameterizedTest
    @MethodSource("blindSets")
    void theSetParsesAndHoldsBothKinds(BlindSet set) throws IOException {
        List<PairEvaluation.Case> pairs = WiderEvaluations.crossScriptPairs(set.resource());
        assertThat(pairs).allSatisfy(c -> {
            assertThat(c.name1()).isNotBlank();
            assertThat(c.name2()).isNotBlank();
            assertThat(c.quality()).as("script of %s", c.name1()).isNotBlank();
            assertThat(c.schema()).as("schema of %s", c.name1()).isIn("Person", "Organization");
        });
        assertThat(pairs.stream().filter(PairEvaluation.Case::match).count()).isGreaterThanOrEqualTo(set.minSame());
        assertThat(pairs.stream().filter(c -> !c.match()).count()).isGreaterThanOrEqualTo(set.minDifferent());
        assertThat(pairs).anyMatch(c -> c.schema().equals("Organization"));
    }

    /** The reader takes anything but "true" for false, so a typo would silently turn a pair around. */
    @ParameterizedTest
    @MethodSource("blindSets")
    void everyIsMatchIsSpelledTrueOrFalse(BlindSet set) throws IOException {
        try (InputStream in = FreshBlindCrossScriptSetsTest.class.getResourceAsStream(set.resource())) {
            assertThat(in).as(set.resource()).isNotNull();
            List<Map<String, String>> rows = Csv.readMaps(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertThat(rows).isNotEmpty().allSatisfy(r ->
                    assertThat(r.get("is_match")).as("is_match of %s", r.get("name1")).isIn("true", "false"));
        }
    }

    @ParameterizedTest
    @MethodSource("blindSets")
    void everyScriptLabelOfTheOlderSetsIsUsedForBothKindsAndNoOther(BlindSet set) throws IOException {
        Set<String> older = new TreeSet<>();
        for (String resource : set.older()) {
            WiderEvaluations.crossScriptPairs(resource).forEach(c -> older.add(c.quality()));
        }
        Set<String> sameLabels = new TreeSet<>();
        Set<String> differentLabels = new TreeSet<>();
        for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(set.resource())) {
            (c.match() ? sameLabels : differentLabels).add(c.quality());
        }
        assertThat(sameLabels).isEqualTo(older);
        assertThat(differentLabels).isEqualTo(older);
    }

    @ParameterizedTest
    @MethodSource("blindSets")
    void noPairIsListedTwice(BlindSet set) throws IOException {
        List<PairEvaluation.Case> pairs = WiderEvaluations.crossScriptPairs(set.resource());
        assertThat(pairs.stream().map(c -> c.name1() + "\t" + c.name2())).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("blindSets")
    void noNameOfAnOlderSetReappears(BlindSet set) throws IOException {
        Set<String> older = new HashSet<>();
        for (String resource : Stream.concat(set.older().stream(), set.alsoDisjointFrom().stream()).toList()) {
            for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(resource)) {
                older.add(c.name1());
                older.add(c.name2());
            }
        }
        for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(set.resource())) {
            assertThat(older).doesNotContain(c.name1(), c.name2());
        }
    }
}
