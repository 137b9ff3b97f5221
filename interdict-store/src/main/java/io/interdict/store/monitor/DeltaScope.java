package io.interdict.store.monitor;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.Matchers;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The monitored parties a list delta can affect: those whose last hits were on a changed, removed or
 * no-longer-targeted entity, plus those the configured matcher, run over just the added, changed and
 * newly targeted entities, finds. A delta that cannot be bounded this way (measures or relations
 * changed, more entities than {@code maxDelta}) means everyone, and {@link #reason} says why.
 * Shared by {@code interdict rescreen} (the store) and the stream's rescreening.
 *
 * @param full         every party is a candidate
 * @param hitEntities  a party whose last hits include one of these is a candidate
 * @param deltaMatcher a party this matcher finds anything for is a candidate; null = none
 */
public record DeltaScope(boolean full, String reason, Set<String> hitEntities, PartyMatcher deltaMatcher) {

    public static DeltaScope everyone(String reason) {
        return new DeltaScope(true, reason, Set.of(), null);
    }

    /** The scope of {@code delta} on the snapshot {@code now}, screened by {@code screener}'s matcher and policy. */
    public static DeltaScope of(SnapshotDelta delta, Snapshot now, Screener screener, int maxDelta) {
        if (delta.relationsChanged() || !delta.measuresChanged().isEmpty()) {
            return everyone("measures or relations changed (" + new TreeSet<>(delta.measuresChanged()) + ")");
        }
        if (delta.entityChanges() > maxDelta) {
            return everyone(delta.entityChanges() + " entities changed, above the delta limit of " + maxDelta);
        }
        List<Entity> probe = new ArrayList<>(delta.added());
        probe.addAll(delta.changed());
        // An existing entity newly targeted: the parties matching it are affected too.
        delta.targetsAdded().stream().filter(id -> probe.stream().noneMatch(e -> e.id().equals(id)))
                .map(now::entity).flatMap(Optional::stream).forEach(probe::add);
        Set<String> entities = new HashSet<>();
        delta.changed().forEach(e -> entities.add(e.id()));
        entities.addAll(delta.removed());
        entities.addAll(delta.targetsRemoved());
        PartyMatcher matcher = probe.isEmpty() ? null
                : Matchers.byName(screener.matcher().algorithm()).build(probe, screener.policy().match());
        String reason = "list delta: " + delta.added().size() + " added, " + delta.changed().size() + " changed, "
                + delta.removed().size() + " removed" + (delta.targetsAdded().isEmpty() && delta.targetsRemoved().isEmpty() ? ""
                : ", " + delta.targetsAdded().size() + " newly and " + delta.targetsRemoved().size() + " no longer targeted");
        return new DeltaScope(false, reason, Set.copyOf(entities), matcher);
    }

    /** Whether {@code party}, whose last screening hit {@code lastHitEntities}, must be rescreened. */
    public boolean affects(MonitoredParty party, Set<String> lastHitEntities) {
        if (full) {
            return true;
        }
        for (String e : lastHitEntities) {
            if (hitEntities.contains(e)) {
                return true;
            }
        }
        return matches(party);
    }

    /** Whether the delta matcher finds anything for the party (the part that needs no hit index). */
    public boolean matches(MonitoredParty party) {
        return deltaMatcher != null && !deltaMatcher.match(party.party()).isEmpty();
    }
}
