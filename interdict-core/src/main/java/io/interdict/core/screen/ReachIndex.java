package io.interdict.core.screen;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Relation;
import io.interdict.core.entity.RelationKind;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.measure.Reach;
import io.interdict.core.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For every clause of every measure, which entities it reaches and through which relations: built once
 * per snapshot by walking the relation graph forward from each clause's targets, so that screening is a
 * lookup. Validity dates stay on the recorded relations and are checked on the transaction's date.
 */
public final class ReachIndex {
    /** Paths longer than this are not followed: control chains in real data are short, cycles exist. */
    private static final int MAX_DEPTH = 6;

    /** A clause of a measure: exactly one of prohibition and obligation is set. */
    public record Clause(Measure measure, Prohibition prohibition, Obligation obligation) {
        public String id() {
            return prohibition != null ? prohibition.clause() : obligation.id();
        }

        Set<Reach> reach() {
            return prohibition != null ? prohibition.reach() : obligation.reach();
        }

        List<String> targets() {
            return prohibition != null ? prohibition.targets() : obligation.targets();
        }
    }

    /** How a clause reaches an entity: ids from the target, and the relations walked. */
    public record Path(Clause clause, List<String> ids, List<Relation> relations) {
        public boolean validOn(LocalDate d) {
            for (Relation r : relations) {
                if (!r.validOn(d)) {
                    return false;
                }
            }
            return true;
        }

        public boolean uncertain() {
            for (Relation r : relations) {
                if (r.unconfirmed()) {
                    return true;
                }
            }
            return false;
        }

        Path then(Relation r, String next) {
            List<String> ids2 = new ArrayList<>(ids);
            ids2.add(next);
            List<Relation> rels2 = new ArrayList<>(relations);
            rels2.add(r);
            return new Path(clause, List.copyOf(ids2), List.copyOf(rels2));
        }
    }

    private final Map<String, List<Path>> byEntity = new HashMap<>();
    /** List measures whose clauses target every entry of a source: source prefix -> clauses. */
    private final Map<String, List<Clause>> bySource = new HashMap<>();
    private final Map<String, List<Relation>> out = new HashMap<>();
    private final Map<String, List<Relation>> in = new HashMap<>();
    private final Snapshot snapshot;

    public ReachIndex(Snapshot snapshot) {
        this.snapshot = snapshot;
        for (Relation r : snapshot.relations()) {
            out.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            in.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
        }
        for (Measure m : snapshot.measures()) {
            List<Clause> clauses = new ArrayList<>();
            m.prohibitions().forEach(p -> clauses.add(new Clause(m, p, null)));
            m.obligations().forEach(o -> clauses.add(new Clause(m, null, o)));
            for (Clause c : clauses) {
                Collection<String> targets = c.targets();
                if (targets.isEmpty() && m.list()) {
                    bySource.computeIfAbsent(m.listSource(), k -> new ArrayList<>()).add(c);
                    // Only entries that take part in relations can reach further than themselves.
                    Set<String> related = new HashSet<>();
                    for (String id : out.keySet()) {
                        if (id.startsWith(m.listSource() + ":")) {
                            related.add(id);
                        }
                    }
                    for (String id : in.keySet()) {
                        if (id.startsWith(m.listSource() + ":")) {
                            related.add(id);
                        }
                    }
                    walk(c, related, false);
                } else {
                    walk(c, targets, true);
                }
            }
        }
    }

    private void add(String entity, Path p) {
        byEntity.computeIfAbsent(entity, k -> new ArrayList<>()).add(p);
    }

    private static boolean majority(Relation r) {
        return r.share() == null || r.share() >= 0.5;
    }

    private static boolean upward(Relation r) {
        return switch (r.kind()) {
            case DEVELOPED_BY, OPERATED_BY, CONTROLLED_BY, SUBSIDIARY_OF, FEATURE_OF -> true;
            case OWNED_BY -> majority(r);
        };
    }

    private static boolean subsidiary(Relation r) {
        return switch (r.kind()) {
            case SUBSIDIARY_OF, CONTROLLED_BY -> true;
            case OWNED_BY -> majority(r);
            default -> false;
        };
    }

    private void walk(Clause c, Collection<String> targets, boolean recordTargets) {
        Set<Reach> reach = c.reach();
        Map<String, Path> reached = new HashMap<>();
        for (String t : targets) {
            Path p = new Path(c, List.of(t), List.of());
            reached.put(t, p);
            if (recordTargets) {
                add(t, p);
            }
        }
        if (reach.contains(Reach.DEVELOPERS_AND_CONTROLLERS)) {
            expand(c, reached, true, ReachIndex::upward);
        }
        if (reach.contains(Reach.SUBSIDIARIES)) {
            expand(c, reached, false, ReachIndex::subsidiary);
        }
        if (reach.contains(Reach.OWNED_50_PERCENT)) {
            expand(c, reached, false, r -> r.kind() == RelationKind.OWNED_BY && r.share() != null && r.share() >= 0.5);
        }
    }

    /** Breadth-first over relations: forward along {@code out} (upward) or backward along {@code in}. */
    private void expand(Clause c, Map<String, Path> reached, boolean upward, java.util.function.Predicate<Relation> follow) {
        Deque<Path> queue = new ArrayDeque<>(reached.values());
        while (!queue.isEmpty()) {
            Path p = queue.poll();
            if (p.ids().size() > MAX_DEPTH) {
                continue;
            }
            String at = p.ids().get(p.ids().size() - 1);
            for (Relation r : (upward ? out : in).getOrDefault(at, List.of())) {
                if (!follow.test(r)) {
                    continue;
                }
                String next = upward ? r.to() : r.from();
                if (reached.containsKey(next)) {
                    continue;
                }
                Path np = p.then(r, next);
                reached.put(next, np);
                add(next, np);
                queue.add(np);
            }
        }
    }

    /**
     * Every path by which some clause reaches {@code entityId}, including, for an app or feature, the
     * paths to whoever develops or operates it: dealing with an app is dealing with its operator.
     * A direct hit on a target app under a developers-and-controllers clause is extended to the
     * developer it bites, so the explanation names who the prohibition is aimed at.
     */
    public List<Path> paths(String entityId) {
        List<Path> result = new ArrayList<>();
        Entity e = snapshot.entity(entityId).orElse(null);
        for (Path p : byEntity.getOrDefault(entityId, List.of())) {
            if (p.ids().size() == 1 && p.clause().reach().contains(Reach.DEVELOPERS_AND_CONTROLLERS)) {
                Path bitten = firstOperator(p, entityId);
                result.add(bitten != null ? bitten : p);
            } else {
                result.add(p);
            }
        }
        int sep = entityId.indexOf(':');
        for (Clause c : bySource.getOrDefault(entityId.substring(0, Math.max(sep, 0)), List.of())) {
            result.add(new Path(c, List.of(entityId), List.of()));
        }
        if (e != null && e.kind() == EntityKind.APP) {
            for (Relation r : out.getOrDefault(entityId, List.of())) {
                if (r.kind() == RelationKind.DEVELOPED_BY || r.kind() == RelationKind.OPERATED_BY || r.kind() == RelationKind.FEATURE_OF) {
                    for (Path p : byEntity.getOrDefault(r.to(), List.of())) {
                        if (!p.ids().contains(entityId)) {
                            result.add(p.then(r, entityId));
                        }
                    }
                }
            }
        }
        return result;
    }

    private Path firstOperator(Path p, String target) {
        for (Relation r : out.getOrDefault(target, List.of())) {
            if ((r.kind() == RelationKind.DEVELOPED_BY || r.kind() == RelationKind.OPERATED_BY
                    || r.kind() == RelationKind.CONTROLLED_BY) && !r.unconfirmed()) {
                // Explanation only: the target itself was matched, so the hit does not rest on this relation.
                List<String> ids = new ArrayList<>(p.ids());
                ids.add(r.to());
                return new Path(p.clause(), List.copyOf(ids), p.relations());
            }
        }
        return null;
    }
}
