package io.interdict.streams.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Entity;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.store.monitor.SnapshotDelta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A list delta as an event: which entities were added, changed and removed between two snapshots
 * (ids only; the entities themselves travel in the snapshot {@code to}), and whether measures or
 * relations changed. Published with the snapshot, one copy per partition of the delta topic, so that
 * every task holding monitored parties sees it. {@code everyone}, when set, says why every party must
 * be rescreened (no earlier snapshot to compare with).
 */
public record DeltaEvent(String from, String to, List<String> added, List<String> changed, List<String> removed,
                         List<String> targetsAdded, List<String> targetsRemoved, List<String> measuresChanged,
                         boolean relationsChanged, String everyone) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static DeltaEvent of(String from, String to, SnapshotDelta d) {
        return new DeltaEvent(from, to, ids(d.added()), ids(d.changed()), List.copyOf(d.removed()),
                List.copyOf(d.targetsAdded()), List.copyOf(d.targetsRemoved()), List.copyOf(d.measuresChanged()),
                d.relationsChanged(), null);
    }

    /** A delta that rescreens every party, for the reason given. */
    public static DeltaEvent everyone(String from, String to, String reason) {
        return new DeltaEvent(from, to, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, reason);
    }

    private static List<String> ids(Collection<Entity> es) {
        return es.stream().map(Entity::id).toList();
    }

    /**
     * The delta again, with the added and changed entities taken from {@code to} (the snapshot they are
     * in). An entity missing from it means the event does not belong to that snapshot.
     */
    public SnapshotDelta resolve(Snapshot to) {
        if (!to.hash().equals(this.to)) {
            throw new IllegalArgumentException("delta to " + this.to + " resolved against " + to.hash());
        }
        return new SnapshotDelta(entities(to, added), List.copyOf(removed), entities(to, changed), Set.copyOf(measuresChanged),
                relationsChanged, Set.copyOf(targetsAdded), Set.copyOf(targetsRemoved));
    }

    private static List<Entity> entities(Snapshot s, List<String> ids) {
        List<Entity> out = new ArrayList<>();
        for (String id : ids) {
            Optional<Entity> e = s.entity(id);
            out.add(e.orElseThrow(() -> new IllegalArgumentException("entity " + id + " of the delta is not in " + s.hash())));
        }
        return out;
    }

    public byte[] toBytes() {
        ObjectNode o = JSON.createObjectNode();
        o.put("from", from);
        o.put("to", to);
        o.set("added", JSON.valueToTree(added));
        o.set("changed", JSON.valueToTree(changed));
        o.set("removed", JSON.valueToTree(removed));
        o.set("targets_added", JSON.valueToTree(targetsAdded));
        o.set("targets_removed", JSON.valueToTree(targetsRemoved));
        o.set("measures_changed", JSON.valueToTree(measuresChanged));
        o.put("relations_changed", relationsChanged);
        o.put("everyone", everyone);
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static DeltaEvent parse(byte[] bytes) {
        try {
            JsonNode o = JSON.readTree(bytes);
            return new DeltaEvent(o.path("from").asText(null), text(o, "to"), list(o, "added"), list(o, "changed"), list(o, "removed"),
                    list(o, "targets_added"), list(o, "targets_removed"), list(o, "measures_changed"),
                    o.path("relations_changed").asBoolean(false), o.path("everyone").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable list delta event: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode o, String f) {
        JsonNode n = o.get(f);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException("list delta event: field '" + f + "' is required");
        }
        return n.asText();
    }

    private static List<String> list(JsonNode o, String f) {
        Set<String> out = new LinkedHashSet<>();
        o.path(f).forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
