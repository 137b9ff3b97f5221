package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The second tuning pairs read, hold enough pairs of both kinds in the older sets' script labels, and share no name
 * string (NFC, lower case) with any other pair file, blind or tuning: tuning on them tunes on nothing held out. A
 * failure names only this file's strings.
 */
class Tuning2PairsTest {
    private static final List<String> OTHER_PAIR_FILES = List.of("/eval/cross-script-pairs.csv",
            WiderEvaluations.FRESH_PAIRS, "/eval/cross-script-pairs-tuning.csv", WiderEvaluations.FRESH2_PAIRS,
            WiderEvaluations.FRESH3_PAIRS, WiderEvaluations.FRESH4_PAIRS);

    @Test
    void theTuning2PairsParseAndHoldBothKinds() throws IOException {
        List<PairEvaluation.Case> pairs = WiderEvaluations.crossScriptPairs(WiderEvaluations.TUNING2_PAIRS);
        Set<String> labels = WiderEvaluations.crossScriptPairs("/eval/cross-script-pairs-tuning.csv").stream()
                .map(PairEvaluation.Case::quality).collect(Collectors.toSet());
        assertThat(pairs).allSatisfy(c -> {
            assertThat(c.name1()).isNotBlank();
            assertThat(c.name2()).isNotBlank();
            assertThat(labels).as("script of %s", c.name1()).contains(c.quality());
        });
        assertThat(pairs.stream().filter(PairEvaluation.Case::match).count()).isGreaterThanOrEqualTo(150);
        assertThat(pairs.stream().filter(c -> !c.match()).count()).isGreaterThanOrEqualTo(50);
        assertThat(pairs.stream().map(c -> c.name1() + "|" + c.name2()).distinct().count()).isEqualTo(pairs.size());
    }

    @Test
    void noNameStringOfAnyOtherPairFileReappears() throws IOException {
        Set<String> mine = new HashSet<>();
        for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(WiderEvaluations.TUNING2_PAIRS)) {
            mine.add(folded(c.name1()));
            mine.add(folded(c.name2()));
        }
        assertThat(overlapWithOtherFiles(mine)).isEmpty();
    }

    /** The transcribed-name tuning pairs likewise share no name string with any other pair file, blind or tuning. */
    @Test
    void theTranscribedPairsShareNoNameWithAnyOtherPairFile() throws IOException {
        Set<String> mine = new HashSet<>();
        List<PairEvaluation.Case> pairs = WiderEvaluations.crossScriptPairs(WiderEvaluations.TRANSCRIBED_PAIRS);
        for (PairEvaluation.Case c : pairs) {
            mine.add(folded(c.name1()));
            mine.add(folded(c.name2()));
        }
        assertThat(pairs.stream().filter(PairEvaluation.Case::match).count()).isGreaterThanOrEqualTo(100);
        assertThat(pairs.stream().filter(c -> !c.match()).count()).isGreaterThanOrEqualTo(35);
        List<String> others = new java.util.ArrayList<>(OTHER_PAIR_FILES);
        others.add(WiderEvaluations.TUNING2_PAIRS);
        assertThat(overlapWith(mine, others)).isEmpty();
    }

    /** This file's strings that another pair file names too (only those: the other files' rows stay unread). */
    private static Set<String> overlapWithOtherFiles(Set<String> mine) throws IOException {
        List<String> others = new java.util.ArrayList<>(OTHER_PAIR_FILES);
        others.add(WiderEvaluations.TRANSCRIBED_PAIRS);
        return overlapWith(mine, others);
    }

    /** {@code mine}'s strings that one of {@code files} names too. */
    private static Set<String> overlapWith(Set<String> mine, List<String> files) throws IOException {
        Set<String> overlap = new HashSet<>();
        for (String resource : files) {
            for (PairEvaluation.Case c : WiderEvaluations.crossScriptPairs(resource)) {
                for (String name : List.of(folded(c.name1()), folded(c.name2()))) {
                    if (mine.contains(name)) {
                        overlap.add(name);
                    }
                }
            }
        }
        return overlap;
    }

    private static String folded(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
