package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pair files written for tuning after the blind sets (tuning2, tuning3, transcribed names, Thai and Hanja names,
 * organisations) read, hold enough pairs of
 * both kinds in the older sets' script labels, and share no name string (NFC, lower case) with the blind sets, the older
 * own pairs or the first tuning files: tuning on them tunes on nothing held out. The two newest are also checked against
 * every cell of the shared name-matching sets. A failure names only the checked file's strings.
 */
class TuningPairFilesTest {
    /** The files a tuning file must not share a name with: the held-out sets and the older pair files. */
    private static final List<String> OLDER_AND_BLIND = List.of("/eval/cross-script-pairs.csv", WiderEvaluations.FRESH_PAIRS,
            "/eval/cross-script-pairs-tuning.csv", WiderEvaluations.FRESH2_PAIRS, WiderEvaluations.FRESH3_PAIRS,
            WiderEvaluations.FRESH4_PAIRS);
    /** From the module directory (where surefire runs) or from the repository root. */
    private static final List<Path> SHARED_SETS = List.of(Path.of("../../shared/data/lists/name_matching_eval"),
            Path.of("../shared/data/lists/name_matching_eval"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        WiderEvaluations.TUNING2_PAIRS + ", 150, 50",
        WiderEvaluations.TUNING3_PAIRS + ", 200, 60",
        WiderEvaluations.TRANSCRIBED_PAIRS + ", 100, 35",
        WiderEvaluations.THAI_PAIRS + ", 50, 10",
        WiderEvaluations.HANJA_PAIRS + ", 25, 10",
        WiderEvaluations.ORG_PAIRS + ", 150, 50"
    })
    void aTuningFileParsesAndHoldsBothKinds(String file, int same, int different) throws IOException {
        List<PairEvaluation.Case> pairs = WiderEvaluations.crossScriptPairs(file);
        Set<String> labels = WiderEvaluations.crossScriptPairs("/eval/cross-script-pairs-tuning.csv").stream()
                .map(PairEvaluation.Case::quality).collect(Collectors.toSet());
        assertThat(pairs).allSatisfy(c -> {
            assertThat(c.name1()).isNotBlank();
            assertThat(c.name2()).isNotBlank();
            assertThat(labels).as("script of %s", c.name1()).contains(c.quality());
        });
        assertThat(pairs.stream().filter(PairEvaluation.Case::match).count()).isGreaterThanOrEqualTo(same);
        assertThat(pairs.stream().filter(c -> !c.match()).count()).isGreaterThanOrEqualTo(different);
        assertThat(pairs.stream().map(c -> c.name1() + "|" + c.name2()).distinct().count()).isEqualTo(pairs.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {WiderEvaluations.TUNING2_PAIRS, WiderEvaluations.TUNING3_PAIRS, WiderEvaluations.TRANSCRIBED_PAIRS,
        WiderEvaluations.THAI_PAIRS, WiderEvaluations.HANJA_PAIRS, WiderEvaluations.ORG_PAIRS})
    void noNameStringOfABlindOrOlderPairFileReappears(String file) throws IOException {
        Set<String> mine = names(file);
        Set<String> overlap = new HashSet<>();
        for (String other : OLDER_AND_BLIND) {
            for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(other)) {
                keepMine(mine, List.of(c.name1(), c.name2()), overlap);
            }
        }
        assertThat(overlap).isEmpty();
    }

    /** The shared name-matching sets (plain CSV only), compared cell by cell; skipped where ../shared is absent. */
    @ParameterizedTest
    @ValueSource(strings = {WiderEvaluations.TUNING3_PAIRS, WiderEvaluations.TRANSCRIBED_PAIRS, WiderEvaluations.THAI_PAIRS,
        WiderEvaluations.HANJA_PAIRS, WiderEvaluations.ORG_PAIRS})
    void noCellOfTheSharedNameMatchingSetsReappears(String file) throws IOException {
        Path root = SHARED_SETS.stream().filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(root != null, "no ../shared checkout");
        Set<String> mine = names(file);
        Set<String> overlap = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        for (Path f : files) {
            for (List<String> row : Csv.read(Files.newBufferedReader(f))) {
                keepMine(mine, row, overlap);
            }
        }
        assertThat(files).isNotEmpty();
        assertThat(overlap).isEmpty();
    }

    private static Set<String> names(String file) throws IOException {
        Set<String> names = new HashSet<>();
        for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(file)) {
            names.add(folded(c.name1()));
            names.add(folded(c.name2()));
        }
        return names;
    }

    /** Adds to {@code overlap} the cells that are the checked file's strings (only those: other cells stay unread). */
    private static void keepMine(Set<String> mine, List<String> cells, Set<String> overlap) {
        cells.stream().map(TuningPairFilesTest::folded).filter(mine::contains).forEach(overlap::add);
    }

    private static String folded(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
