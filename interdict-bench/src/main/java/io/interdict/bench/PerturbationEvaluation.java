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
 * Recall of perturbed list names: every primary name of a list (Latin script), changed in each
 * {@link Perturber.Kind} once, searched in that list; found when the entity is a hit at or above the
 * review threshold. Seed 1 is the tuning seed; seed 2 is held out (never looked at while tuning).
 */
public final class PerturbationEvaluation {
    public static final long TUNING_SEED = 1;
    public static final long HELD_OUT_SEED = 2;

    /** Found and tried per kind, and the misses (query, expected entity, best hit). */
    public record Result(long seed, Map<Perturber.Kind, int[]> counts, List<String> misses) {
        public double recall(boolean singleEditOnly) {
            int found = 0;
            int tried = 0;
            for (Map.Entry<Perturber.Kind, int[]> e : counts.entrySet()) {
                if (!singleEditOnly || e.getKey().singleEdit) {
                    found += e.getValue()[0];
                    tried += e.getValue()[1];
                }
            }
            return tried == 0 ? 0 : (double) found / tried;
        }

        public int tried(boolean singleEditOnly) {
            return counts.entrySet().stream().filter(e -> !singleEditOnly || e.getKey().singleEdit)
                    .mapToInt(e -> e.getValue()[1]).sum();
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<Perturber.Kind, int[]> e : counts.entrySet()) {
                int[] c = e.getValue();
                sb.append(String.format(Locale.ROOT, "  %-16s %5d/%-5d recall %.4f%s%n", e.getKey(), c[0], c[1],
                        c[1] == 0 ? 0.0 : (double) c[0] / c[1], e.getKey().singleEdit ? "" : "  (not a single edit)"));
            }
            sb.append(String.format(Locale.ROOT, "  single edits: recall %.4f of %d; all kinds: %.4f of %d",
                    recall(true), tried(true), recall(false), tried(false)));
            return sb.toString();
        }
    }

    private PerturbationEvaluation() {
    }

    public static Result run(FuzzyMatcher matcher, List<Entity> entities, String source, long seed) {
        Perturber perturber = new Perturber(seed);
        List<Entity> listed = entities.stream().filter(e -> e.source().equals(source)).toList();
        List<String> vocabulary = new ArrayList<>();
        for (Entity e : listed) {
            for (String w : e.caption().split("\\s+")) {
                if (w.length() >= 3 && w.chars().allMatch(Character::isLetter)) {
                    vocabulary.add(w);
                }
            }
        }
        Map<Perturber.Kind, int[]> counts = new EnumMap<>(Perturber.Kind.class);
        List<String> misses = new ArrayList<>();
        for (Perturber.Kind kind : Perturber.Kind.values()) {
            counts.put(kind, new int[2]);
        }
        for (Entity e : listed) {
            String name = e.caption();
            if (!name.chars().allMatch(c -> c < 0x250)) {
                continue;   // Latin names only: other scripts are the cross-script evaluation's
            }
            for (Perturber.Kind kind : Perturber.Kind.values()) {
                String q = perturber.perturb(name, kind, vocabulary);
                if (q == null) {
                    continue;
                }
                List<SearchHit> hits = matcher.search(q, source, 5);
                int[] c = counts.get(kind);
                c[1]++;
                if (found(hits, e.id())) {
                    c[0]++;
                } else {
                    misses.add(String.format(Locale.ROOT, "%s %s <- %s : %s", kind, q, name, bestHit(hits, e.id())));
                }
            }
        }
        return new Result(seed, counts, misses);
    }

    /** Whether the entity is among the hits at or above the review threshold. */
    static boolean found(List<SearchHit> hits, String entityId) {
        return hits.stream().anyMatch(h -> h.match() && h.entityId().equals(entityId));
    }

    /** The entity's hit, else the best hit, as "entity name score"; "-" when there is none. */
    static String bestHit(List<SearchHit> hits, String entityId) {
        SearchHit top = hits.isEmpty() ? null : hits.stream().filter(h -> h.entityId().equals(entityId)).findFirst()
                .orElse(hits.get(0));
        return top == null ? "-" : top.entityId() + " " + top.name() + " " + String.format(Locale.ROOT, "%.3f", top.score());
    }
}
