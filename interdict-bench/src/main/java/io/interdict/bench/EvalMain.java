package io.interdict.bench;

import io.interdict.core.match.MatchSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation harness. Run from the repository root:
 * <pre>
 *   java -cp ... io.interdict.bench.EvalMain pairs [--algorithm interdict-v1|interdict-v2] [--verbose] [--tuning-only]
 *       (each labelled set whole, then its tuning and held-out halves)
 *   java -cp ... io.interdict.bench.EvalMain perturb [--seed N] [--verbose]   (perturbed UN names; seed 1 tunes, 2 is held out)
 *   java -cp ... io.interdict.bench.EvalMain disguise [--seed N] [--people N] [--verbose]   (disguised UN names and
 *       strangers: look-alike letters, digits, invisible characters; seed 1 tunes, 2 is held out)
 *   java -cp ... io.interdict.bench.EvalMain press [--tuning-only] [--verbose]   (listed parties searched by the names the press writes
 *       for them, press-names.csv: even CRC-32 of the query tunes, odd is held out)
 *   java -cp ... io.interdict.bench.EvalMain publishers [--tuning-only] [--verbose]   (one party as two publishers write it: OFAC,
 *       UN and UK entries linked by documents and UN references, each one's names searched in the other's list)
 *   java -cp ... io.interdict.bench.EvalMain crossscript [--tuning-only] [--verbose]  (names in two scripts: the UN list's, and our own pairs)
 *   java -cp ... io.interdict.bench.EvalMain world [--seed 7|8] [--people N] [--verbose]  (synthetic people from around the world, all lists)
 *   java -cp ... io.interdict.bench.EvalMain address [--seed 1|2] [--people N] [--verbose]  (UN names and synthetic people with an address after the name)
 *   java -cp ... io.interdict.bench.EvalMain companies [--seed 7|9|8] [--companies N] [--verbose]  (synthetic companies from around the world, all lists)
 *   java -cp ... io.interdict.bench.EvalMain screening [--sample N] [--rounds N] [--warmup-passes N] [--verbose] [--dump FILE] [--no-warm-up]
 *       (UN recall, 50k negatives FP rate, index build and rebuild, heap, speed: a first pass, warm-up passes
 *       until the JIT settles (at most --warmup-passes, default 6; each printed with its JIT time), then the
 *       median of --rounds further passes, default 3)
 *   java -cp ... io.interdict.bench.EvalMain ownpairs [--verbose] [--tuning-only]
 *       (labelled name pairs written for Interdict in the labelled sets' manner: own-pairs-people.csv and
 *       own-pairs-orgs.csv split by CRC-32, own-pairs-fresh*.csv wholly held out, own-pairs-deviations*.csv wholly
 *       tuning data; --verbose lists tuning errors only)
 *   java -cp ... io.interdict.bench.EvalMain collisions [--verbose] [--tuning-only]
 *       (different persons of the DPRK sanctions whose names meet: OFAC tunes, the UK's 2018 list is held out)
 * </pre>
 * The commands that search lists (perturb, crossscript, world, address, companies, screening, romanised) search the
 * product's entities: the embedded snapshot's, as {@code interdict match} searches them ({@link EvalEntities}). With
 * {@code --raw-lists}, every bundled list record as imported instead, as the harness did until session 60.
 * Shared data is read relative to the repository root: {@code ../shared/data/lists/...}.
 */
public final class EvalMain {
    static final String EVAL = "../shared/data/lists/name_matching_eval/";
    static final String NOMENKLATURA = EVAL + "nomenklatura/name_bench_cases_public_half.csv";
    static final String WATCHMAN = EVAL + "watchman/cascade-name-pairs.csv";

    private EvalMain() {
    }

    public static void main(String[] args) throws Exception {
        String cmd = args.length == 0 ? "pairs" : args[0];
        boolean verbose = List.of(args).contains("--verbose");
        double threshold = MatchSettings.DEFAULTS.reviewThreshold();
        String algorithm = stringOption(args, "--algorithm", io.interdict.core.match.fuzzy.InterdictV2.NAME);
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--threshold")) {
                threshold = Double.parseDouble(args[i + 1]);
            }
        }
        switch (cmd) {
            case "pairs" -> {
                for (String[] set : new String[][]{{"nomenklatura", NOMENKLATURA}, {"watchman", WATCHMAN}}) {
                    List<PairEvaluation.Case> cases = read(Path.of(set[1]));
                    // --verbose lists wrong pairs of the tuning half only: the whole set and the held-out half
                    // print totals, so listing errors never shows a held-out example.
                    // --tuning-only prints the tuning half alone: held-out figures are not seen while tuning.
                    boolean tuningOnly = List.of(args).contains("--tuning-only");
                    if (!tuningOnly) {
                        pairs(set[0], cases, threshold, false, algorithm);
                    }
                    pairs(set[0] + " tuning half", PairEvaluation.part(cases, true), threshold, verbose, algorithm);
                    if (!tuningOnly) {
                        pairs(set[0] + " HELD-OUT half", PairEvaluation.part(cases, false), threshold, false, algorithm);
                    }
                }
            }
            case "ownpairs" -> ownPairs(args, threshold, verbose, algorithm);
            case "screening" -> ScreeningEvaluation.main(args);
            case "collisions" -> ListCollisions.main(args);
            case "romanised" -> RomanisedEvaluation.main(args);
            case "listforms" -> ListFormsEvaluation.main(args, algorithm);
            case "perturb", "disguise", "crossscript", "world", "address", "companies", "press", "publishers" -> WiderEvaluations.main(cmd, args, algorithm);
            default -> throw new IllegalArgumentException("unknown command '" + cmd + "' (pairs, ownpairs, screening, perturb, disguise, crossscript, world, address, companies, collisions, romanised, listforms)");
        }
    }

    /** Our own labelled pair files: the first two split into tuning and held-out halves, the last held out whole. */
    static final List<String> OWN_SPLIT_PAIRS = List.of("/eval/own-pairs-people.csv", "/eval/own-pairs-orgs.csv");
    static final String OWN_FRESH_PAIRS = "/eval/own-pairs-fresh.csv";
    /** Session 36's, 37's, 38's and 65's fresh held-out sets, written blind by helper sessions and measured once (never
     *  read). */
    static final List<String> OWN_FRESH2_PAIRS = List.of("/eval/own-pairs-fresh2-people.csv", "/eval/own-pairs-fresh2-orgs.csv",
            "/eval/own-pairs-fresh3-people.csv", "/eval/own-pairs-fresh3-orgs.csv", "/eval/own-pairs-payments-heldout.csv",
            "/eval/own-pairs-fresh4-people.csv", "/eval/own-pairs-fresh4-orgs.csv",
            "/eval/own-pairs-fresh5-people.csv", "/eval/own-pairs-fresh5-orgs.csv",
            "/eval/own-pairs-fresh6-people.csv", "/eval/own-pairs-fresh6-orgs.csv");
    /** Pairs in the manner of the public set's "LLM-proposed deviation" groups (session 32): every error read, tuning data. */
    static final List<String> OWN_DEVIATION_PAIRS = List.of("/eval/own-pairs-deviations-people.csv",
            "/eval/own-pairs-deviations-orgs.csv", "/eval/own-pairs-deviations2-people.csv",
            "/eval/own-pairs-deviations2-orgs.csv", "/eval/own-pairs-deviations2-categories.csv",
            "/eval/own-pairs-deviations2-person-categories.csv", "/eval/own-pairs-deviations3-people.csv",
            "/eval/own-pairs-deviations3-orgs.csv", "/eval/own-pairs-compound-people.csv",
            "/eval/own-pairs-languages-orgs.csv", "/eval/own-pairs-payments-people.csv", "/eval/own-pairs-payments-orgs.csv",
            "/eval/own-pairs-deviations4-people.csv", "/eval/own-pairs-deviations4-orgs.csv",
            "/eval/own-pairs-deviations5-people.csv", "/eval/own-pairs-deviations5-orgs.csv");

    static void ownPairs(String[] args, double threshold, boolean verbose, String algorithm) throws IOException {
        boolean tuningOnly = List.of(args).contains("--tuning-only");
        List<PairEvaluation.Case> tuning = new java.util.ArrayList<>();
        List<PairEvaluation.Case> heldOut = new java.util.ArrayList<>();
        for (String resource : OWN_SPLIT_PAIRS) {
            List<PairEvaluation.Case> cases = resource(resource);
            tuning.addAll(PairEvaluation.part(cases, true));
            heldOut.addAll(PairEvaluation.part(cases, false));
        }
        pairs("own pairs, tuning halves", tuning, threshold, verbose, algorithm);
        for (String resource : OWN_DEVIATION_PAIRS) {
            pairs("own deviation pairs " + resource.substring(resource.indexOf("own-pairs-") + "own-pairs-".length()) + ", tuning (read whole)",
                    resource(resource), threshold, verbose, algorithm);
        }
        if (!tuningOnly) {
            pairs("own pairs, HELD-OUT halves", heldOut, threshold, false, algorithm);
            pairs("own fresh pairs, HELD-OUT", resource(OWN_FRESH_PAIRS), threshold, false, algorithm);
            for (String resource : OWN_FRESH2_PAIRS) {
                pairs("own fresh pairs " + resource.substring(resource.indexOf("own-pairs-") + "own-pairs-".length()) + ", HELD-OUT", resource(resource),
                        threshold, false, algorithm);
            }
        }
    }

    static List<PairEvaluation.Case> resource(String name) throws IOException {
        java.io.InputStream in = EvalMain.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("evaluation resource " + name + " is missing");
        }
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            return PairEvaluation.read(r);
        }
    }

    static List<PairEvaluation.Case> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return PairEvaluation.read(r);
        }
    }

    static String stringOption(String[] args, String name, String otherwise) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    static PairEvaluation.Result pairs(String set, List<PairEvaluation.Case> cases, double threshold, boolean verbose,
                                       String algorithm) {
        PairEvaluation.Result res = PairEvaluation.evaluate(set, cases, threshold, algorithm);
        System.out.printf(Locale.ROOT, "== %s, %s (%d pairs, threshold %.2f)%n%s%n", set, algorithm, cases.size(), threshold,
                res.confusion().table());
        System.out.printf(Locale.ROOT, "  STRONG pairs wrong: %d%n", res.strongWrong().size());
        for (PairEvaluation.Outcome o : res.strongWrong()) {
            System.out.printf(Locale.ROOT, "    %.3f %s | %s (expected %s)%n", o.score(), o.pair().name1(),
                    o.pair().name2(), o.pair().match());
        }
        StringBuilder sweep = new StringBuilder("  F1 by threshold:");
        // Integer steps: 0.60 + 8 x 0.025 summed in doubles is 0.8000000000000002, which would drop scores of exactly 0.80.
        for (int k = 0; k <= 14; k++) {
            double t = (600 + 25 * k) / 1000.0;
            sweep.append(String.format(Locale.ROOT, " %.3f=%.3f", t, PairEvaluation.evaluate(set, cases, t, algorithm).confusion().f1()));
        }
        System.out.println(sweep);
        if (List.of(System.getProperty("dump", "")).contains("all")) {
            for (PairEvaluation.Outcome o : res.outcomes()) {
                System.out.printf(Locale.ROOT, "  ALL %s %.3f %s | %s%n", o.pair().match(), o.score(), o.pair().name1(), o.pair().name2());
            }
        }
        if (verbose) {
            for (PairEvaluation.Outcome o : res.outcomes()) {
                if (o.wrong()) {
                    System.out.printf(Locale.ROOT, "  %s %.3f %s | %s [%s]%n", o.pair().match() ? "FN" : "FP",
                            o.score(), o.pair().name1(), o.pair().name2(), o.pair().quality());
                }
            }
        }
        return res;
    }
}
