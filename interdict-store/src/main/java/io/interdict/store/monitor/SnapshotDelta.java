package io.interdict.store.monitor;

import io.interdict.core.entity.Entity;
import io.interdict.core.measure.Measure;
import io.interdict.core.snapshot.Snapshot;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two snapshots, as far as screening can tell: entities added, removed or changed
 * (by id; changed = names, identifiers, countries or kind differ), measures changed, relations changed.
 * Computed here because the lists module's ListDiff was not available to this module; it compares
 * whole snapshots by entity id, which is the same question.
 */
public record SnapshotDelta(List<Entity> added, List<String> removed, List<Entity> changed, Set<String> measuresChanged,
                            boolean relationsChanged, Set<String> targetsAdded, Set<String> targetsRemoved) {
    public static SnapshotDelta between(Snapshot before, Snapshot after) {
        List<Entity> added = new ArrayList<>();
        List<Entity> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Entity e : after.entities()) {
            Optional<Entity> old = before.entity(e.id());
            if (old.isEmpty()) {
                added.add(e);
            } else if (!sameForScreening(old.get(), e)) {
                changed.add(e);
            }
        }
        for (Entity e : before.entities()) {
            if (after.entity(e.id()).isEmpty()) {
                removed.add(e.id());
            }
        }
        Set<String> measures = new HashSet<>();
        Set<String> targetsAdded = new HashSet<>();
        Set<String> targetsRemoved = new HashSet<>();
        for (Measure m : after.measures()) {
            Optional<Measure> old = before.measure(m.id());
            if (old.isEmpty()) {
                measures.add(m.id());
            } else if (!m.equals(old.get())) {
                // A sanctions list is a measure whose targets are its entries: an entry added or removed
                // changes only the targets, which the entity delta covers. Anything else is a real change.
                if (sameApartFromTargets(old.get(), m)) {
                    Set<String> was = targets(old.get());
                    Set<String> is = targets(m);
                    is.stream().filter(t -> !was.contains(t)).forEach(targetsAdded::add);
                    was.stream().filter(t -> !is.contains(t)).forEach(targetsRemoved::add);
                } else {
                    measures.add(m.id());
                }
            }
        }
        for (Measure m : before.measures()) {
            if (after.measure(m.id()).isEmpty()) {
                measures.add(m.id());
            }
        }
        boolean relations = !new HashSet<>(before.relations()).equals(new HashSet<>(after.relations()));
        return new SnapshotDelta(added, removed, changed, measures, relations, targetsAdded, targetsRemoved);
    }

    private static Set<String> targets(Measure m) {
        Set<String> out = new HashSet<>();
        m.prohibitions().forEach(p -> out.addAll(p.targets()));
        m.obligations().forEach(o -> out.addAll(o.targets()));
        return out;
    }

    private static boolean sameApartFromTargets(Measure a, Measure b) {
        if (!equalExcept(a, b, Set.of("prohibitions", "obligations"))
                || a.prohibitions().size() != b.prohibitions().size() || a.obligations().size() != b.obligations().size()) {
            return false;
        }
        for (int i = 0; i < a.prohibitions().size(); i++) {
            if (!equalExcept(a.prohibitions().get(i), b.prohibitions().get(i), Set.of("targets"))) {
                return false;
            }
        }
        for (int i = 0; i < a.obligations().size(); i++) {
            if (!equalExcept(a.obligations().get(i), b.obligations().get(i), Set.of("targets"))) {
                return false;
            }
        }
        return true;
    }

    /** Component-wise equality of two records of the same type, skipping the named components. */
    private static boolean equalExcept(Record a, Record b, Set<String> skip) {
        try {
            for (RecordComponent rc : a.getClass().getRecordComponents()) {
                if (!skip.contains(rc.getName()) && !Objects.equals(rc.getAccessor().invoke(a), rc.getAccessor().invoke(b))) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            return false;    // cannot tell: treat as changed, which means a full rescreen
        }
    }

    private static boolean sameForScreening(Entity a, Entity b) {
        return a.kind() == b.kind() && a.names().equals(b.names()) && a.identifiers().equals(b.identifiers())
                && a.countries().equals(b.countries()) && Objects.equals(a.unconfirmed(), b.unconfirmed());
    }

    public int entityChanges() {
        return added.size() + removed.size() + changed.size() + targetsAdded.size() + targetsRemoved.size();
    }

    public boolean isEmpty() {
        return entityChanges() == 0 && measuresChanged.isEmpty() && !relationsChanged;
    }
}
