package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The adversarial set: names written to look the same to a reader and slip past a matcher ({@link Disguiser}).
 * <ul>
 *   <li>Positives: every primary Latin name of the UN list, disguised in each {@link Disguiser.Kind} once, searched in
 *   that list; found when the entity is a hit at or above the review threshold (as {@link PerturbationEvaluation}).</li>
 *   <li>Negatives: synthetic people from around the world ({@link WorldPeople}), as written and disguised in each kind,
 *   searched in every list: how many are flagged. A disguise must not make a stranger a match.</li>
 * </ul>
 * Disguise seed 1 with people seed 7 tunes; disguise seed 2 with people seed 8 is held out (misses never listed).
 */
public final class DisguiseEvaluation {
    public static final long TUNING_SEED = 1;
    public static final long HELD_OUT_SEED = 2;

    /** Per kind: found and tried (positives), flagged and tried (negatives); flagged as written; the tuning misses. */
    public record Result(long seed, Map<Disguiser.Kind, int[]> found, Map<Disguiser.Kind, int[]> flagged,
                         int plainFlagged, int people, List<String> misses) {
        public double recall() {
            int f = 0;
            int t = 0;
            for (int[] c : found.values()) {
                f += c[0];
                t += c[1];
            }
            return t == 0 ? 0 : (double) f / t;
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            int f = 0;
            int t = 0;
            int nf = 0;
            int nt = 0;
            for (Disguiser.Kind k : Disguiser.Kind.values()) {
                int[] c = found.get(k);
                int[] n = flagged.get(k);
                f += c[0];
                t += c[1];
                nf += n[0];
                nt += n[1];
                sb.append(String.format(Locale.ROOT, "  %-17s found %4d/%-4d recall %.4f   strangers flagged %3d/%-5d %.3f%%%n",
                        k, c[0], c[1], c[1] == 0 ? 0.0 : (double) c[0] / c[1], n[0], n[1], n[1] == 0 ? 0.0 : 100.0 * n[0] / n[1]));
            }
            sb.append(String.format(Locale.ROOT, "  all kinds: recall %.4f of %d; strangers flagged %.3f%% of %d disguised (%.3f%% of %d as written)",
                    t == 0 ? 0.0 : (double) f / t, t, nt == 0 ? 0.0 : 100.0 * nf / nt, nt, people == 0 ? 0.0 : 100.0 * plainFlagged / people, people));
            return sb.toString();
        }
    }

    private DisguiseEvaluation() {
    }

    public static Result run(FuzzyMatcher matcher, List<Entity> entities, String source, long seed, long peopleSeed, int people) {
        Disguiser disguiser = new Disguiser(seed);
        Map<Disguiser.Kind, int[]> found = new EnumMap<>(Disguiser.Kind.class);
        Map<Disguiser.Kind, int[]> flagged = new EnumMap<>(Disguiser.Kind.class);
        for (Disguiser.Kind k : Disguiser.Kind.values()) {
            found.put(k, new int[2]);
            flagged.put(k, new int[2]);
        }
        List<String> misses = new ArrayList<>();
        for (Entity e : entities) {
            if (!e.source().equals(source) || !e.caption().chars().allMatch(c -> c < 0x250)) {
                continue;   // Latin names only
            }
            for (Disguiser.Kind kind : Disguiser.Kind.values()) {
                String q = disguiser.disguise(e.caption(), kind);
                if (q == null) {
                    continue;
                }
                List<SearchHit> hits = matcher.search(q, source, 5);
                int[] c = found.get(kind);
                c[1]++;
                if (PerturbationEvaluation.found(hits, e.id())) {
                    c[0]++;
                } else {
                    misses.add(String.format(Locale.ROOT, "%s %s <- %s : %s", kind, q, e.caption(),
                            PerturbationEvaluation.bestHit(hits, e.id())));
                }
            }
        }
        int plain = 0;
        for (WorldPeople.Person p : WorldPeople.generate(peopleSeed, people)) {
            plain += flags(matcher, p.name()) ? 1 : 0;
            for (Disguiser.Kind kind : Disguiser.Kind.values()) {
                String q = disguiser.disguise(p.name(), kind);
                if (q == null) {
                    continue;
                }
                int[] c = flagged.get(kind);
                c[1]++;
                if (flags(matcher, q)) {
                    c[0]++;
                    misses.add(String.format(Locale.ROOT, "FLAGGED %s %s (as written \"%s\")", kind, q, p.name()));
                }
            }
        }
        return new Result(seed, found, flagged, plain, people, misses);
    }

    private static boolean flags(FuzzyMatcher matcher, String name) {
        List<SearchHit> a = matcher.search(name, null, 1);
        return !a.isEmpty() && a.get(0).match();
    }
}
