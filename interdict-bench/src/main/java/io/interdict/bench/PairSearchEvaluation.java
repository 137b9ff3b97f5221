package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cross-script pairs searched, not compared: a pair comparison says whether two names are one, but screening finds a
 * listed name by searching for it, and a name the comparison matches is found only if the search also reads the query
 * in a form that reaches it. Every Latin name of a set (its second column) is listed as an entity of the pair's schema
 * and no other attribute; each first-column name is searched with no schema (as a screened party's name is), limit 5.
 * A same-person pair is found when its Latin name's entity is a hit at or above the review threshold; a
 * different-person pair is matched when it is.
 */
final class PairSearchEvaluation {
    private PairSearchEvaluation() {
    }

    /** Found (same-person) and matched (different-person) counts, per script; the same-person pairs not found. */
    record Result(int found, int same, int matched, int different, Map<String, int[]> perScript, List<String> missed) {
        String line(String title) {
            return String.format(Locale.ROOT,
                    "== %s: %d/%d same-person pairs found, %d/%d different-person pairs found as a match",
                    title, found, same, matched, different);
        }
    }

    static Result run(List<PairEvaluation.Case> cases, String algorithm) {
        return run(cases, algorithm, List.of());
    }

    /** {@link #run(List, String)} with {@code others} listed too (the bundled lists' entities: names that compete for
     *  the candidates' cut); only the pairs' own entities count. */
    static Result run(List<PairEvaluation.Case> cases, String algorithm, List<Entity> others) {
        Map<String, Entity> listed = new LinkedHashMap<>();
        for (PairEvaluation.Case c : cases) {
            listed.computeIfAbsent(key(c), k -> new Entity("pairs:" + listed.size(), kind(c.schema()),
                    List.of(Name.primary(c.name2())), List.of(), List.of(), null, false, null));
        }
        List<Entity> all = new ArrayList<>(others);
        all.addAll(listed.values());
        FuzzyMatcher m = new FuzzyMatcher(all, MatchSettings.DEFAULTS, algorithm);
        int found = 0;
        int same = 0;
        int matched = 0;
        int different = 0;
        Map<String, int[]> perScript = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (PairEvaluation.Case c : cases) {
            String id = listed.get(key(c)).id();
            List<SearchHit> hits = m.search(c.name1(), null, others.isEmpty() ? 5 : 40);
            SearchHit hit = hits.stream().filter(h -> h.entityId().equals(id)).findFirst().orElse(null);
            boolean match = hit != null && hit.match();
            int[] t = perScript.computeIfAbsent(c.quality(), k -> new int[4]);
            if (c.match()) {
                same++;
                found += match ? 1 : 0;
                t[0] += match ? 1 : 0;
                t[1]++;
                if (!match) {
                    missed.add(String.format(Locale.ROOT, "%s | %s | %s -> %s", c.quality(), c.name1(), c.name2(),
                            hit == null ? "-"
                                    : String.format(Locale.ROOT, "%.3f %s", hit.score(), hit.explanation().pairs())));
                }
            } else {
                different++;
                matched += match ? 1 : 0;
                t[2] += match ? 1 : 0;
                t[3]++;
            }
        }
        return new Result(found, same, matched, different, perScript, missed);
    }

    /** Prints the result's line and its per-script counts, and the pairs not found when {@code listMisses}. */
    static void report(String title, List<PairEvaluation.Case> cases, String algorithm, boolean listMisses) {
        report(title, cases, algorithm, List.of(), listMisses);
    }

    /** {@link #report(String, List, String, boolean)} with {@code others} listed too ({@link #run(List, String, List)}). */
    static void report(String title, List<PairEvaluation.Case> cases, String algorithm, List<Entity> others,
                       boolean listMisses) {
        Result r = run(cases, algorithm, others);
        System.out.println(r.line(title));
        StringBuilder same = new StringBuilder("   same-person pairs found per script:");
        r.perScript().forEach((k, t) -> {
            if (t[1] > 0) {
                same.append(' ').append(k).append(' ').append(t[0]).append('/').append(t[1]);
            }
        });
        System.out.println(same);
        if (listMisses) {
            r.missed().forEach(x -> System.out.println("  NOT FOUND " + x));
        }
    }

    private static String key(PairEvaluation.Case c) {
        return c.schema() + "\t" + c.name2();
    }

    private static EntityKind kind(String schema) {
        Schema s = Schema.of(schema);
        return s.isPerson() ? EntityKind.PERSON : s == Schema.VESSEL ? EntityKind.VESSEL : EntityKind.ORGANIZATION;
    }
}
