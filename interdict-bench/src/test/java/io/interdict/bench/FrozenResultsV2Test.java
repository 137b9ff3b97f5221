package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.InterdictV2;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.BundledLists;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reference run of interdict-v2, tuning and held-out parts apart: the labelled pairs split by
 * CRC-32 (nomenklatura, watchman, our cross-script pairs), and the perturbed and the disguised UN names of the tuning
 * and the held-out seed, searched in the UN list. Any change of v2's results fails until
 * frozen-results-v2.json is regenerated (-Dinterdict.freeze=true) and committed with the change;
 * interdict-v1's own file (FrozenResultsTest) must never change. Held-out parts are frozen as totals and a
 * digest of their items, never the items themselves, so a regenerated file's diff shows no held-out example.
 */
class FrozenResultsV2Test {
    static final String FROZEN = "eval/frozen-results-v2.json";

    @Test
    void interdictV2MatchesItsFrozenRun() throws IOException {
        double t = MatchSettings.DEFAULTS.reviewThreshold();
        List<PairEvaluation.Result> results = new ArrayList<>();
        List<PairEvaluation.Case> nk = cases("eval/nomenklatura_name_bench_cases_public_half.csv");
        List<PairEvaluation.Case> wm = cases("eval/watchman_cascade-name-pairs.csv");
        List<PairEvaluation.Case> cs = cases("eval/cross-script-pairs.csv");
        for (boolean tuning : new boolean[]{true, false}) {
            String part = tuning ? " tuning" : " held-out";
            results.add(PairEvaluation.evaluate("nomenklatura" + part, PairEvaluation.part(nk, tuning), t, InterdictV2.NAME));
            results.add(PairEvaluation.evaluate("watchman" + part, PairEvaluation.part(wm, tuning), t, InterdictV2.NAME));
            results.add(PairEvaluation.evaluate("cross-script" + part, PairEvaluation.part(cs, tuning), t, InterdictV2.NAME));
        }
        List<Entity> un = new ArrayList<>();
        for (SourcePart p : BundledLists.all()) {
            p.entities().stream().filter(e -> e.source().equals("un-sc")).forEach(un::add);
        }
        FuzzyMatcher m = new FuzzyMatcher(un, MatchSettings.DEFAULTS, InterdictV2.NAME);
        Map<String, Object> summary = new LinkedHashMap<>();
        for (long seed : new long[]{PerturbationEvaluation.TUNING_SEED, PerturbationEvaluation.HELD_OUT_SEED}) {
            PerturbationEvaluation.Result r = PerturbationEvaluation.run(m, un, "un-sc", seed);
            String part = seed == PerturbationEvaluation.TUNING_SEED ? "tuning" : "held-out";
            summary.put("perturbed_un_names_" + part + "_single_edit_recall", round(r.recall(true)));
            summary.put("perturbed_un_names_" + part + "_all_kinds_recall", round(r.recall(false)));
            if (seed == PerturbationEvaluation.TUNING_SEED) {
                summary.put("perturbed_un_names_" + part + "_misses", r.misses());
            } else {   // frozen, not shown: see FrozenResults
                summary.put("perturbed_un_names_" + part + "_misses_count", r.misses().size());
                summary.put("perturbed_un_names_" + part + "_misses_sha256", FrozenResults.digest(r.misses()));
            }
        }
        // the adversarial set's positives: UN names disguised (DisguiseEvaluation), found in the UN list
        for (long seed : new long[]{DisguiseEvaluation.TUNING_SEED, DisguiseEvaluation.HELD_OUT_SEED}) {
            DisguiseEvaluation.Result r = DisguiseEvaluation.run(m, un, "un-sc", seed, 0, 0);
            String part = seed == DisguiseEvaluation.TUNING_SEED ? "tuning" : "held-out";
            summary.put("disguised_un_names_" + part + "_recall", round(r.recall()));
            if (seed == DisguiseEvaluation.TUNING_SEED) {
                summary.put("disguised_un_names_" + part + "_misses", r.misses());
            } else {
                summary.put("disguised_un_names_" + part + "_misses_count", r.misses().size());
                summary.put("disguised_un_names_" + part + "_misses_sha256", FrozenResults.digest(r.misses()));
            }
        }
        String actual = FrozenResults.json(InterdictV2.NAME, results, summary);
        if (Boolean.getBoolean("interdict.freeze")) {
            Files.writeString(Path.of("src/test/resources", FROZEN), actual, StandardCharsets.UTF_8);
        }
        String frozen;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FROZEN)) {
            assertThat(in).as(FROZEN + " missing: run with -Dinterdict.freeze=true").isNotNull();
            frozen = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!Boolean.getBoolean("interdict.freeze")) {
            assertThat(actual).as("interdict-v2 results changed: review the diff, then regenerate " + FROZEN
                    + " with -Dinterdict.freeze=true").isEqualTo(frozen);
        }
    }

    private List<PairEvaluation.Case> cases(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return PairEvaluation.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
