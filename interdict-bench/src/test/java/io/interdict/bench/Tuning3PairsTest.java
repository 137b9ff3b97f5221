package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The third tuning pairs read, hold enough pairs of both kinds in the older sets' script labels, and share no name
 * string (NFC, lower case) with any other pair file, blind or tuning, nor with any cell of the shared name-matching
 * sets: tuning on them tunes on nothing held out. A failure names only this file's strings.
 */
class Tuning3PairsTest {
    private static final List<String> OTHER_PAIR_FILES = List.of("/eval/cross-script-pairs.csv",
            WiderEvaluations.FRESH_PAIRS, "/eval/cross-script-pairs-tuning.csv", WiderEvaluations.TUNING2_PAIRS,
            WiderEvaluations.FRESH2_PAIRS, WiderEvaluations.FRESH3_PAIRS, WiderEvaluations.FRESH4_PAIRS);
    /** From the module directory (where surefire runs) or from the repository root. */
    private static final List<Path> SHARED_SETS = List.of(Path.of("../../shared/data/lists/name_matching_eval"),
            Path.of("../shared/data/lists/name_matching_eval"));

    @Test
    void theTuning3PairsParseAndHoldBothKinds() throws IOException {
        List<PairEvaluation.Case> pairs = WiderEvaluations.crossScriptPairs(WiderEvaluations.TUNING3_PAIRS);
        Set<String> labels = WiderEvaluations.crossScriptPairs("/eval/cross-script-pairs-tuning.csv").stream()
                .map(PairEvaluation.Case::quality).collect(Collectors.toSet());
        assertThat(pairs).allSatisfy(c -> {
            assertThat(c.name1()).isNotBlank();
            assertThat(c.name2()).isNotBlank();
            assertThat(labels).as("script of %s", c.name1()).contains(c.quality());
        });
        assertThat(pairs.stream().filter(PairEvaluation.Case::match).count()).isGreaterThanOrEqualTo(200);
        assertThat(pairs.stream().filter(c -> !c.match()).count()).isGreaterThanOrEqualTo(60);
        assertThat(pairs.stream().map(c -> c.name1() + "|" + c.name2()).distinct().count()).isEqualTo(pairs.size());
    }

    @Test
    void noNameStringOfAnyOtherPairFileReappears() throws IOException {
        Set<String> mine = mine();
        Set<String> overlap = new HashSet<>();
        for (String resource : OTHER_PAIR_FILES) {
            for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(resource)) {
                keepMine(mine, List.of(c.name1(), c.name2()), overlap);
            }
        }
        assertThat(overlap).isEmpty();
    }

    /** The shared name-matching sets (plain CSV only), compared cell by cell; skipped where ../shared is absent. */
    @Test
    void noCellOfTheSharedNameMatchingSetsReappears() throws IOException {
        Path root = SHARED_SETS.stream().filter(Files::isDirectory).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(root != null, "no ../shared checkout");
        Set<String> mine = mine();
        Set<String> overlap = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        for (Path file : files) {
            for (List<String> row : Csv.read(Files.newBufferedReader(file))) {
                keepMine(mine, row, overlap);
            }
        }
        assertThat(files).isNotEmpty();
        assertThat(overlap).isEmpty();
    }

    private static Set<String> mine() throws IOException {
        Set<String> mine = new HashSet<>();
        for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(WiderEvaluations.TUNING3_PAIRS)) {
            mine.add(folded(c.name1()));
            mine.add(folded(c.name2()));
        }
        return mine;
    }

    /** Adds to {@code overlap} the cells that are this file's strings (only those: other cells stay unread). */
    private static void keepMine(Set<String> mine, List<String> cells, Set<String> overlap) {
        List<String> folded = new ArrayList<>();
        cells.forEach(c -> folded.add(folded(c)));
        folded.stream().filter(mine::contains).forEach(overlap::add);
    }

    private static String folded(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
