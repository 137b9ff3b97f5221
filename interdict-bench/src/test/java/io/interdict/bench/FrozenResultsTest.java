package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Re-runs the labelled pair evaluations (copies in src/test/resources/eval) and diffs them against
 * the frozen reference run: any change in matching quality, for better or worse, fails until
 * frozen-results.json is regenerated (-Dinterdict.freeze=true) and committed with the change.
 */
class FrozenResultsTest {
    static final String FROZEN = "eval/frozen-results.json";

    @Test
    void pairEvaluationsMatchTheFrozenRun() throws IOException {
        double t = MatchSettings.DEFAULTS.reviewThreshold();
        PairEvaluation.Result nk = run("nomenklatura", "eval/nomenklatura_name_bench_cases_public_half.csv", t);
        PairEvaluation.Result wm = run("watchman", "eval/watchman_cascade-name-pairs.csv", t);
        String actual = FrozenResults.json(List.of(nk, wm));
        if (Boolean.getBoolean("interdict.freeze")) {
            Path out = Path.of("src/test/resources", FROZEN);
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        String frozen;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FROZEN)) {
            assertThat(in).as(FROZEN + " missing: run with -Dinterdict.freeze=true").isNotNull();
            frozen = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!Boolean.getBoolean("interdict.freeze")) {
            assertThat(actual).as("matching quality changed: review the diff, then regenerate " + FROZEN
                    + " with -Dinterdict.freeze=true").isEqualTo(frozen);
        }
        // The acceptance bar of issue 3, whatever the frozen file says.
        assertThat(nk.strongWrong()).as("STRONG nomenklatura pairs wrong").isEmpty();
        assertThat(nk.confusion().f1()).as("nomenklatura F1 at the default threshold").isGreaterThanOrEqualTo(0.90);
    }

    private PairEvaluation.Result run(String set, String resource, double threshold) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return PairEvaluation.evaluate(set, PairEvaluation.read(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    threshold);
        }
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
