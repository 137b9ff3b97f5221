package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import io.interdict.core.tx.Traits;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluations issue 11 asked for, each reported as tuning and held-out parts:
 * <ul>
 *   <li>{@code perturb}: perturbed UN names found in the UN list ({@link PerturbationEvaluation}), seeds 1 and 2;</li>
 *   <li>{@code disguise}: disguised UN names found, and disguised strangers not flagged ({@link DisguiseEvaluation}),
 *   seeds 1 and 2;</li>
 *   <li>{@code crossscript}: names in two scripts: the UN list's original-script names searched in the UN list
 *   with every non-Latin name taken out, and our own pairs (cross-script-pairs.csv), each split by CRC-32;
 *   the fresh pairs (cross-script-pairs-fresh.csv .. -fresh4.csv, exposed, now tuning), and the fifth and sixth fresh
 *   pairs (cross-script-pairs-fresh5.csv, -fresh6.csv), all held out, their errors listed only with
 *   --held-out-errors;</li>
 *   <li>{@code press}: listed parties searched by the names the English-language press writes for them
 *   ({@link PressNamesEvaluation}), split by CRC-32 of the query;</li>
 *   <li>{@code publishers}: one party as two publishers write it ({@link PublishersEvaluation}): the OFAC, UN and UK
 *   lists' entries linked by documents and UN references, each one's names searched in the other's list; split by
 *   CRC-32 of the party;</li>
 *   <li>{@code world}: synthetic people from around the world ({@link WorldPeople}) against every list,
 *   by name alone and with birth date and nationality; seed 7 tunes, seed 8 is held out.</li>
 *   <li>{@code address}: the UN list's Latin names with a postal address written after them ({@link Addresses}),
 *   searched in every list, by the address's format; and the synthetic people with addresses, flagged against every
 *   list; address seed 1 (people seed 7) tunes, 2 (people 8) is held out.</li>
 * </ul>
 */
final class WiderEvaluations {
    private WiderEvaluations() {
    }

    static void main(String cmd, String[] args, String algorithm) throws IOException {
        boolean verbose = List.of(args).contains("--verbose");
        List<Entity> entities = EvalEntities.of(args);
        System.out.println("entities: " + EvalEntities.described(args));
        switch (cmd) {
            case "perturb" -> perturb(entities, algorithm, args, verbose);
            case "disguise" -> disguise(entities, algorithm, args, verbose);
            case "crossscript" -> crossScript(entities, algorithm, args, verbose);
            case "address" -> address(entities, algorithm, args, verbose);
            case "companies" -> companies(entities, algorithm, args, verbose);
            case "press" -> PressNamesEvaluation.run(new FuzzyMatcher(entities, MatchSettings.DEFAULTS, algorithm), entities,
                    List.of(args).contains("--tuning-only"), verbose);
            case "publishers" -> PublishersEvaluation.run(new FuzzyMatcher(entities, MatchSettings.DEFAULTS, algorithm),
                    EvalEntities.rawLists(), entities, List.of(args).contains("--tuning-only"), verbose);
            default -> world(entities, algorithm, args, verbose);
        }
    }

    static void perturb(List<Entity> entities, String algorithm, String[] args, boolean verbose) {
        FuzzyMatcher m = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, algorithm);
        int seed = ScreeningEvaluation.option(args, "--seed", -1);
        for (long s : seed >= 0 ? new long[]{seed} : new long[]{PerturbationEvaluation.TUNING_SEED, PerturbationEvaluation.HELD_OUT_SEED}) {
            PerturbationEvaluation.Result r = PerturbationEvaluation.run(m, entities, "un-sc", s);
            System.out.printf(Locale.ROOT, "== perturbed UN names, %s, seed %d (%s)%n%s%n", algorithm, s,
                    s == PerturbationEvaluation.TUNING_SEED ? "tuning" : "HELD-OUT", r.table());
            // --verbose lists the misses of the tuning seed only (or of the seed asked for): a held-out seed prints its
            // totals, so that listing misses never shows a held-out example.
            if (verbose && (seed >= 0 || s == PerturbationEvaluation.TUNING_SEED)) {
                r.misses().forEach(x -> System.out.println("  MISS " + x));
            }
        }
    }

    /** Disguised names ({@link DisguiseEvaluation}): UN names found, and strangers not flagged, when written to look the
     *  same with look-alike letters, digits, invisible characters or letters spaced out; seed 1 tunes, 2 is held out. */
    static void disguise(List<Entity> entities, String algorithm, String[] args, boolean verbose) {
        FuzzyMatcher m = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, algorithm);
        int seed = ScreeningEvaluation.option(args, "--seed", -1);
        int people = ScreeningEvaluation.option(args, "--people", 5_000);
        for (long s : seed >= 0 ? new long[]{seed} : new long[]{DisguiseEvaluation.TUNING_SEED, DisguiseEvaluation.HELD_OUT_SEED}) {
            boolean tuning = s != DisguiseEvaluation.HELD_OUT_SEED;
            DisguiseEvaluation.Result r = DisguiseEvaluation.run(m, entities, "un-sc", s,
                    tuning ? WorldPeople.TUNING_SEED : WorldPeople.HELD_OUT_SEED, people);
            System.out.printf(Locale.ROOT, "== disguised names (UN names found; %d synthetic people flagged), %s, seed %d (%s)%n%s%n",
                    people, algorithm, s, tuning ? "tuning" : "HELD-OUT", r.table());
            // the held-out seed prints its totals only
            if (verbose && tuning) {
                r.misses().forEach(x -> System.out.println("  MISS " + x));
            }
        }
    }

    static void crossScript(List<Entity> entities, String algorithm, String[] args, boolean verbose) throws IOException {
        // 0. Every list's non-Latin names, in all lists without them, per script.
        ListScriptEvaluation.run(entities, algorithm, List.of(args).contains("--tuning-only"), verbose);
        // 1. The UN list's own: original-script name -> the entity, in a UN list without non-Latin names.
        List<Entity> un = entities.stream().filter(e -> e.source().equals("un-sc")).toList();
        List<Entity> latinOnly = new ArrayList<>();
        List<String[]> queries = new ArrayList<>();
        for (Entity e : un) {
            for (Name n : e.names()) {
                if (ListScriptEvaluation.nonLatin(n.value())) {
                    ListScriptEvaluation.Mixed mixed = ListScriptEvaluation.mixed(n.value());
                    queries.add(new String[]{mixed != null ? mixed.original() : n.value(), e.id(), e.caption()});
                }
            }
            latinOnly.add(ListScriptEvaluation.latinOnly(e));
        }
        FuzzyMatcher m = new FuzzyMatcher(latinOnly, MatchSettings.DEFAULTS, algorithm);
        boolean[] parts = List.of(args).contains("--tuning-only") ? new boolean[]{true} : new boolean[]{true, false};
        for (boolean tuning : parts) {
            int found = 0;
            int tried = 0;
            for (String[] q : queries) {
                if (tuning != even(q[1])) {
                    continue;
                }
                tried++;
                List<SearchHit> hits = m.search(q[0], "un-sc", 5);
                if (hits.stream().anyMatch(h -> h.match() && h.entityId().equals(q[1]))) {
                    found++;
                } else if (verbose && tuning) {
                    System.out.printf(Locale.ROOT, "  MISS %s (%s) -> %s%n", q[0], q[2], hits.isEmpty() ? "-" : hits.get(0).name() + " " + hits.get(0).score());
                }
            }
            System.out.printf(Locale.ROOT, "== UN original-script names found in the UN list without them, %s, %s: %d/%d = %.4f%n",
                    algorithm, tuning ? "tuning" : "HELD-OUT", found, tried, tried == 0 ? 0.0 : (double) found / tried);
        }
        // 2. Our own pairs, pairwise.
        List<PairEvaluation.Case> cases = crossScriptPairs();
        for (boolean tuning : parts) {
            reportPairs("own cross-script pairs, " + algorithm + ", " + (tuning ? "tuning" : "HELD-OUT"),
                    PairEvaluation.part(cases, tuning), algorithm, verbose && tuning);
        }
        // T. Tuning pair files: the first fresh pairs (exposed since: their misses were studied, now tuning data) and
        //    the pairs written for tuning the script readings (cross-script-pairs-tuning.csv, -tuning2.csv), and foreign names transcribed (-transcribed.csv). Their errors
        //    are listed.
        for (String resource : TUNING_PAIRS) {
            reportPairs("(T) tuning pairs " + resource.substring(resource.lastIndexOf('/') + 1) + ", " + algorithm,
                    crossScriptPairs(resource), algorithm, verbose);
        }
        // 8. Organisations' names in their own script against their English names (and against other bodies' English
        //    names sharing generic words), split by CRC-32: the held-out half's errors are listed only with
        //    --held-out-errors.
        //    (9): a second such set, more scripts (Greek, Hebrew, Armenian, Georgian, Indic, Thai, Burmese, Khmer) and
        //    less-known bodies, written later by another helper; split the same way.
        //    (10): Chinese, Korean and Japanese people's names as Russian writes them (Palladius, Kontsevich, Polivanov)
        //    against their Latin names and other people's, by a helper who saw neither the tables nor the matcher.
        String[][] translatedSets = {{"(8) organisations' names translated", TRANSLATED_ORG_PAIRS},
                {"(9) organisations' names translated, second set", TRANSLATED_ORG_PAIRS_2},
                {"(10) East Asian names in Cyrillic", CYRILLIC_EAST_ASIAN_PAIRS}};
        for (String[] set : translatedSets) {
            if (WiderEvaluations.class.getResource(set[1]) == null) {
                continue;
            }
            List<PairEvaluation.Case> translated = crossScriptPairs(set[1]);
            for (boolean tuning : parts) {
                reportPairs(set[0] + ", " + algorithm + ", " + (tuning ? "tuning" : "HELD-OUT"),
                        PairEvaluation.part(translated, tuning), algorithm,
                        tuning ? verbose : List.of(args).contains("--held-out-errors"));
            }
        }
        // 10L. The East Asian names in Cyrillic searched among the bundled lists with the set's Latin names added as
        //    entities of their own: the lists' many Kims, Lis and Satos compete for the candidates' cut, which a search
        //    among the set's own Latin names (S) never reaches. Same-person pairs found at the review threshold; the
        //    tuning half's misses listed with --verbose.
        if (WiderEvaluations.class.getResource(CYRILLIC_EAST_ASIAN_PAIRS) != null) {
            List<PairEvaluation.Case> cyrillic = crossScriptPairs(CYRILLIC_EAST_ASIAN_PAIRS);
            for (boolean tuning : parts) {
                PairSearchEvaluation.Result r = PairSearchEvaluation.run(PairEvaluation.part(cyrillic, tuning), algorithm, entities);
                System.out.println(r.line("(10L) East Asian names in Cyrillic searched among the bundled lists, " + algorithm
                        + ", " + (tuning ? "tuning" : "HELD-OUT")));
                if (verbose && tuning) {
                    r.missed().forEach(x -> System.out.println("  NOT FOUND " + x));
                }
            }
        }
        // 7. The fifth fresh pairs: all held out, written blind on 2026-12-01 after the second, third and fourth
        //    (cross-script-pairs-fresh2.csv .. -fresh4.csv) had been exposed and became tuning data. Their errors are
        //    listed only when asked for (--held-out-errors): the figures are reported, the pairs are not read by whoever
        //    changes the matcher. Checked against every older set before the harness read it, so (7) and (7') count the
        //    same pairs unless a later tuning file repeats one of its names.
        // S. The same pairs searched, not compared (PairSearchEvaluation): the tuning files' pairs, their Latin names
        //    listed together, their misses listed; and the fifth fresh pairs, held out, totals only.
        List<PairEvaluation.Case> tuningCases = new ArrayList<>();
        for (String resource : TUNING_PAIRS) {
            tuningCases.addAll(crossScriptPairs(resource));
        }
        PairSearchEvaluation.report("(S) tuning pair files searched among their own Latin names, " + algorithm,
                tuningCases, algorithm, verbose);
        // SL. The same searched among the bundled lists with the files' Latin names added (as 10L): the lists' names in
        //    the query's own script (the UN's original-script names) compete for the candidates' cut with the Latin
        //    names the query's reading meets. (S) and the list-wide evaluation leave every non-Latin name out.
        PairSearchEvaluation.report("(SL) tuning pair files searched among the bundled lists and their own Latin names, "
                + algorithm, tuningCases, algorithm, entities, verbose);
        if (!List.of(args).contains("--tuning-only") && WiderEvaluations.class.getResource(FRESH5_PAIRS) != null) {
            boolean listHeldOut = List.of(args).contains("--held-out-errors");
            java.util.Set<String> tuningNames = tuningNames(cases);
            reportPairs("(7) fresh5 pairs, all held out (written 2026-12-01, never tuned on), " + algorithm,
                    crossScriptPairs(FRESH5_PAIRS), algorithm, listHeldOut);
            reportPairs("(7') fresh5 pairs sharing no name with a tuning pair, " + algorithm,
                    disjoint(crossScriptPairs(FRESH5_PAIRS), tuningNames), algorithm, listHeldOut);
            PairSearchEvaluation.report("(7S) fresh5 pairs searched among their own Latin names, HELD-OUT, "
                    + algorithm, crossScriptPairs(FRESH5_PAIRS), algorithm, listHeldOut);
            PairSearchEvaluation.report("(7SL) fresh5 pairs searched among the bundled lists and their own Latin names, "
                    + "HELD-OUT, " + algorithm, crossScriptPairs(FRESH5_PAIRS), algorithm, entities, listHeldOut);
        }
        // 11. The sixth fresh pairs (session 65): all held out, written blind by a helper that read no matcher code, docs
        //    or results, after everything before them had been measured; reported as (7) is, errors only when asked.
        if (!List.of(args).contains("--tuning-only") && WiderEvaluations.class.getResource(FRESH6_PAIRS) != null) {
            boolean listHeldOut = List.of(args).contains("--held-out-errors");
            reportPairs("(11) fresh6 pairs, all held out (written 2026-12-06, never tuned on), " + algorithm,
                    crossScriptPairs(FRESH6_PAIRS), algorithm, listHeldOut);
            PairSearchEvaluation.report("(11S) fresh6 pairs searched among their own Latin names, HELD-OUT, "
                    + algorithm, crossScriptPairs(FRESH6_PAIRS), algorithm, listHeldOut);
            PairSearchEvaluation.report("(11SL) fresh6 pairs searched among the bundled lists and their own Latin names, "
                    + "HELD-OUT, " + algorithm, crossScriptPairs(FRESH6_PAIRS), algorithm, entities, listHeldOut);
        }
    }

    /** Every name of a pair anyone tuned on: the own pairs' tuning half and the tuning pair files, compared folded. */
    private static java.util.Set<String> tuningNames(List<PairEvaluation.Case> ownPairs) throws IOException {
        java.util.Set<String> names = new java.util.HashSet<>();
        List<PairEvaluation.Case> tuned = new ArrayList<>(PairEvaluation.part(ownPairs, true));
        for (String resource : TUNING_PAIRS) {
            tuned.addAll(crossScriptPairs(resource));
        }
        for (PairEvaluation.Case c : tuned) {
            names.add(folded(c.name1()));
            names.add(folded(c.name2()));
        }
        return names;
    }

    /** The pairs neither of whose names is among {@code names}. */
    static List<PairEvaluation.Case> disjoint(List<PairEvaluation.Case> cases, java.util.Set<String> names) {
        return cases.stream().filter(c -> !names.contains(folded(c.name1())) && !names.contains(folded(c.name2()))).toList();
    }

    private static String folded(String name) {
        return java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Scores the pairs, prints same-person found and different-person matched, in total and per script. */
    private static void reportPairs(String title, List<PairEvaluation.Case> cases, String algorithm, boolean listErrors) {
        PairEvaluation.Result r = PairEvaluation.evaluate("cross-script", cases, MatchSettings.DEFAULTS.reviewThreshold(), algorithm);
        System.out.printf(Locale.ROOT, "== %s: %d/%d same-person pairs match, %d/%d different-person pairs match%n",
                title, r.confusion().tp(), r.confusion().tp() + r.confusion().fn(),
                r.confusion().fp(), r.confusion().fp() + r.confusion().tn());
        java.util.Map<String, int[]> perScript = new java.util.TreeMap<>();
        for (PairEvaluation.Outcome o : r.outcomes()) {
            int[] t = perScript.computeIfAbsent(o.pair().quality(), k -> new int[4]);
            int kind = o.pair().match() ? 0 : 2;
            t[kind] += o.predicted() ? 1 : 0;
            t[kind + 1]++;
        }
        StringBuilder same = new StringBuilder("   same-person pairs per script:");
        StringBuilder different = new StringBuilder("   different-person pairs matched per script:");
        perScript.forEach((k, t) -> {
            if (t[1] > 0) {
                same.append(' ').append(k).append(' ').append(t[0]).append('/').append(t[1]);
            }
            if (t[3] > 0) {
                different.append(' ').append(k).append(' ').append(t[2]).append('/').append(t[3]);
            }
        });
        System.out.println(same);
        System.out.println(different);
        if (listErrors) {
            r.outcomes().stream().filter(PairEvaluation.Outcome::wrong).forEach(o -> System.out.printf(Locale.ROOT,
                    "  %s %.3f %s | %s%n", o.pair().match() ? "FN" : "FP", o.score(), o.pair().name1(), o.pair().name2()));
        }
    }

    /** The fresh held-out pairs (see eval/PROVENANCE.md). */
    static final String FRESH_PAIRS = "/eval/cross-script-pairs-fresh.csv";

    /** Pair files that are tuning data (see eval/PROVENANCE.md): the first fresh pairs, exposed since, the pairs
     *  written for tuning the script readings, and the second tuning pairs (ordinary names, weak scripts). */
    static final List<String> TUNING_PAIRS = List.of(FRESH_PAIRS, "/eval/cross-script-pairs-tuning.csv",
            WiderEvaluations.TUNING2_PAIRS, WiderEvaluations.TUNING3_PAIRS, WiderEvaluations.TRANSCRIBED_PAIRS,
            WiderEvaluations.THAI_PAIRS, WiderEvaluations.HANJA_PAIRS, WiderEvaluations.ORG_PAIRS,
            WiderEvaluations.FRESH2_PAIRS, WiderEvaluations.FRESH3_PAIRS, WiderEvaluations.FRESH4_PAIRS,
            WiderEvaluations.ARABIC_LIST_PAIRS);

    /** Tuning pairs of names in Arabic, Persian, Pashto and Urdu spelling against the Latin forms sanctions lists print,
     *  written 2026-12-04 and scored once before any change (see eval/PROVENANCE.md). */
    static final String ARABIC_LIST_PAIRS = "/eval/cross-script-pairs-arabic-lists.csv";

    /** Tuning pairs of European and American names transcribed into katakana, Hangul and Han (see eval/PROVENANCE.md). */
    static final String TRANSCRIBED_PAIRS = "/eval/cross-script-pairs-transcribed.csv";

    /** Tuning pairs of Thai people's names in Thai and as they spell them in Latin letters (see eval/PROVENANCE.md). */
    static final String THAI_PAIRS = "/eval/cross-script-pairs-thai.csv";

    /** Tuning pairs of Korean names in Hanja against their bearers' Latin spellings (see eval/PROVENANCE.md). */
    static final String HANJA_PAIRS = "/eval/cross-script-pairs-hanja.csv";

    /** The second tuning pairs: ordinary names, the weak scripts first (see eval/PROVENANCE.md). */
    static final String TUNING2_PAIRS = "/eval/cross-script-pairs-tuning2.csv";

    /** The third tuning pairs: ordinary names, the weak scripts, particles and romanisation styles (see
     *  eval/PROVENANCE.md). */
    static final String TUNING3_PAIRS = "/eval/cross-script-pairs-tuning3.csv";

    /** Tuning pairs of organisations (companies, banks, agencies, parties) in their own script and a Latin form (see
     *  eval/PROVENANCE.md). */
    static final String ORG_PAIRS = "/eval/cross-script-pairs-orgs.csv";

    /** The second fresh pairs, written blind after the first had been measured; held out until 2026-12-01, when their
     *  misses were read and they became tuning data (see eval/PROVENANCE.md). */
    static final String FRESH2_PAIRS = "/eval/cross-script-pairs-fresh2.csv";

    /** The third fresh pairs, written blind after the second had been measured; tuning data since 2026-12-01. */
    static final String FRESH3_PAIRS = "/eval/cross-script-pairs-fresh3.csv";

    /** The fourth fresh pairs, written blind after the third had been measured; tuning data since 2026-12-01. */
    static final String FRESH4_PAIRS = "/eval/cross-script-pairs-fresh4.csv";

    /** Organisations' names in their own script and their English names, and other bodies' (see eval/PROVENANCE.md). */
    static final String TRANSLATED_ORG_PAIRS = "/eval/cross-script-pairs-org-translated.csv";

    /** The second set of organisations' names translated: more scripts, less-known bodies (see eval/PROVENANCE.md). */
    static final String TRANSLATED_ORG_PAIRS_2 = "/eval/cross-script-pairs-org-translated-2.csv";
    static final String CYRILLIC_EAST_ASIAN_PAIRS = "/eval/cross-script-pairs-cyrillic-east-asian.csv";

    /** The fifth fresh held-out pairs, written blind after the second to fourth had become tuning data (see
     *  eval/PROVENANCE.md). */
    static final String FRESH5_PAIRS = "/eval/cross-script-pairs-fresh5.csv";
    /** The sixth fresh held-out pairs, written blind in session 65 (eval/PROVENANCE.md). */
    static final String FRESH6_PAIRS = "/eval/cross-script-pairs-fresh6.csv";

    static List<PairEvaluation.Case> crossScriptPairs() throws IOException {
        return crossScriptPairs("/eval/cross-script-pairs.csv");
    }

    /** Reads a pair file (schema,name1,name2,is_match,script) from the classpath. */
    static List<PairEvaluation.Case> crossScriptPairs(String resource) throws IOException {
        try (InputStream in = WiderEvaluations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no such resource: " + resource);
            }
            // The script column stands in the quality field: the per-script breakdown reads it there.
            List<PairEvaluation.Case> out = new ArrayList<>();
            for (java.util.Map<String, String> r : Csv.readMaps(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                out.add(new PairEvaluation.Case(r.get("schema"), r.get("name1"), r.get("name2"),
                        Boolean.parseBoolean(r.get("is_match").trim()), r.getOrDefault("script", "")));
            }
            return out;
        }
    }

    private static boolean even(String s) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    static void address(List<Entity> entities, String algorithm, String[] args, boolean verbose) {
        FuzzyMatcher m = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, algorithm);
        int only = ScreeningEvaluation.option(args, "--seed", -1);
        int n = ScreeningEvaluation.option(args, "--people", 20_000);
        List<Entity> un = entities.stream().filter(e -> e.source().equals("un-sc")).toList();
        for (long seed : only >= 0 ? new long[]{only} : new long[]{Addresses.TUNING_SEED, Addresses.HELD_OUT_SEED}) {
            boolean tuning = seed == Addresses.TUNING_SEED;
            Addresses addresses = new Addresses(seed);
            java.util.Map<Addresses.Format, int[]> counts = new java.util.EnumMap<>(Addresses.Format.class);
            for (Addresses.Format f : Addresses.Format.values()) {
                counts.put(f, new int[2]);
            }
            int foundBare = 0;
            int tried = 0;
            for (Entity e : un) {
                String name = e.caption();
                if (!name.chars().allMatch(c -> c < 0x250)) {
                    continue;
                }
                Addresses.Format f = addresses.nextFormat();
                String q = addresses.after(name, f);
                tried++;
                foundBare += m.search(name, null, 5).stream().anyMatch(h -> h.match() && h.entityId().equals(e.id())) ? 1 : 0;
                boolean found = m.search(q, null, 5).stream().anyMatch(h -> h.match() && h.entityId().equals(e.id()));
                int[] c = counts.get(f);
                c[1]++;
                c[0] += found ? 1 : 0;
                if (!found && verbose && tuning) {
                    System.out.printf(Locale.ROOT, "  MISS %s %s <- %s%n", f, q.replace('\n', '|'), e.id());
                }
            }
            int found = counts.values().stream().mapToInt(c -> c[0]).sum();
            StringBuilder table = new StringBuilder();
            for (var c : counts.entrySet()) {
                table.append(String.format(Locale.ROOT, " %s %d/%d", c.getKey(), c.getValue()[0], c.getValue()[1]));
            }
            System.out.printf(Locale.ROOT, "== UN names with an address after them, %s, seed %d (%s): found %d/%d = %.4f (the names alone: %d/%d = %.4f)%n  by format:%s%n",
                    algorithm, seed, tuning ? "tuning" : "HELD-OUT", found, tried, (double) found / tried, foundBare, tried,
                    (double) foundBare / tried, table);
            long peopleSeed = tuning ? WorldPeople.TUNING_SEED : WorldPeople.HELD_OUT_SEED;
            List<WorldPeople.Person> people = WorldPeople.generate(peopleSeed, n);
            int flaggedBare = 0;
            int flagged = 0;
            for (WorldPeople.Person p : people) {
                List<SearchHit> a = m.search(p.name(), null, 1);
                flaggedBare += !a.isEmpty() && a.get(0).match() ? 1 : 0;
                String q = addresses.after(p.name(), addresses.nextFormat());
                List<SearchHit> b = m.search(q, null, 1);
                if (verbose && tuning && !a.isEmpty() && a.get(0).match() && (b.isEmpty() || !b.get(0).match())) {
                    System.out.printf(Locale.ROOT, "  LOST %s -> %s%n", q.replace('\n', '|'), b.isEmpty() ? "-" : b.get(0).name() + " " + b.get(0).score());
                }
                if (!b.isEmpty() && b.get(0).match()) {
                    flagged++;
                    if (verbose && tuning && (a.isEmpty() || !a.get(0).match())) {
                        System.out.printf(Locale.ROOT, "  FP %s -> %s %s %.3f%n", q.replace('\n', '|'), b.get(0).entityId(), b.get(0).name(), b.get(0).score());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "== %d synthetic people with an address after their name, seed %d (%s): flagged %d = %.4f%% (their names alone: %d = %.4f%%)%n",
                    people.size(), peopleSeed, tuning ? "tuning" : "HELD-OUT", flagged, 100.0 * flagged / people.size(), flaggedBare,
                    100.0 * flaggedBare / people.size());
        }
    }

    /** Synthetic companies from around the world against all lists: how many a search flags ({@link WorldCompanies}). */
    static void companies(List<Entity> entities, String algorithm, String[] args, boolean verbose) {
        FuzzyMatcher m = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, algorithm);
        java.util.Map<String, Entity> byId = new java.util.HashMap<>();
        entities.forEach(e -> byId.putIfAbsent(e.id(), e));
        int n = ScreeningEvaluation.option(args, "--companies", 20_000);
        int only = ScreeningEvaluation.option(args, "--seed", -1);
        long[] seeds = only >= 0 ? new long[]{only}
                : new long[]{WorldCompanies.TUNING_SEEDS[0], WorldCompanies.TUNING_SEEDS[1], WorldCompanies.HELD_OUT_SEED};
        for (long seed : seeds) {
            boolean tuning = seed != WorldCompanies.HELD_OUT_SEED;
            int flagged = 0;
            for (WorldCompanies.Company c : WorldCompanies.generate(seed, n)) {
                List<SearchHit> a = m.search(c.name(), null, 1);
                if (!a.isEmpty() && a.get(0).match()) {
                    flagged++;
                    if (verbose && tuning) {
                        Entity e = byId.get(a.get(0).entityId());
                        System.out.printf(Locale.ROOT, "  FP %s (%s) -> %s %s %s %s %.3f %s%n", c.name(), c.locale(), a.get(0).entityId(),
                                e == null ? "?" : e.kind(), a.get(0).strength(), a.get(0).name(), a.get(0).score(),
                                a.get(0).explanation().features());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "== %d synthetic companies from around the world, %s, seed %d (%s): flagged %d = %.4f%%%n",
                    n, algorithm, seed, tuning ? "tuning" : "HELD-OUT", flagged, 100.0 * flagged / n);
        }
    }

    static void world(List<Entity> entities, String algorithm, String[] args, boolean verbose) {
        FuzzyMatcher m = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, algorithm);
        int n = ScreeningEvaluation.option(args, "--people", 20_000);
        int only = ScreeningEvaluation.option(args, "--seed", -1);
        for (long seed : only >= 0 ? new long[]{only} : new long[]{WorldPeople.TUNING_SEED, WorldPeople.HELD_OUT_SEED}) {
            List<WorldPeople.Person> people = WorldPeople.generate(seed, n);
            int byName = 0;
            int withTraits = 0;
            for (WorldPeople.Person p : people) {
                List<SearchHit> a = m.search(p.name(), null, 1);
                if (!a.isEmpty() && a.get(0).match()) {
                    byName++;
                    if (verbose && seed != WorldPeople.HELD_OUT_SEED) {
                        System.out.printf(Locale.ROOT, "  FP name %s (%s) -> %s %s %.3f%n", p.name(), p.locale(), a.get(0).entityId(), a.get(0).name(), a.get(0).score());
                    }
                }
                List<SearchHit> b = m.search(p.name(), Traits.of(p.birthDate(), p.nationality(), null, null), null, 1);
                if (!b.isEmpty() && b.get(0).match()) {
                    withTraits++;
                    if (verbose && seed != WorldPeople.HELD_OUT_SEED) {
                        System.out.printf(Locale.ROOT, "  FP traits %s %s %s -> %s %s %.3f %s%n", p.name(), p.birthDate(), p.nationality(),
                                b.get(0).entityId(), b.get(0).name(), b.get(0).score(), b.get(0).explanation().features());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "== %d synthetic people from around the world, %s, seed %d (%s): flagged by name %d = %.4f%%, with birth date and nationality %d = %.4f%%%n",
                    people.size(), algorithm, seed, seed == WorldPeople.HELD_OUT_SEED ? "HELD-OUT" : "tuning", byName,
                    100.0 * byName / people.size(), withTraits, 100.0 * withTraits / people.size());
        }
    }
}
