package io.interdict.store.monitor;

import io.interdict.core.entity.Entity;
import io.interdict.core.measure.Measure;
import io.interdict.core.snapshot.Snapshot;
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
                            boolean relationsChanged) {
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
        for (Measure m : after.measures()) {
            if (!before.measure(m.id()).map(m::equals).orElse(false)) {
                measures.add(m.id());
            }
        }
        for (Measure m : before.measures()) {
            if (after.measure(m.id()).isEmpty()) {
                measures.add(m.id());
            }
        }
        boolean relations = !new HashSet<>(before.relations()).equals(new HashSet<>(after.relations()));
        return new SnapshotDelta(added, removed, changed, measures, relations);
    }

    private static boolean sameForScreening(Entity a, Entity b) {
        return a.kind() == b.kind() && a.names().equals(b.names()) && a.identifiers().equals(b.identifiers())
                && a.countries().equals(b.countries()) && Objects.equals(a.unconfirmed(), b.unconfirmed());
    }

    public int entityChanges() {
        return added.size() + removed.size() + changed.size();
    }

    public boolean isEmpty() {
        return entityChanges() == 0 && measuresChanged.isEmpty() && !relationsChanged;
    }
}
