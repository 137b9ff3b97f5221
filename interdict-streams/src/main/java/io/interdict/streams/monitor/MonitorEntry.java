package io.interdict.streams.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Identifier;
import io.interdict.store.monitor.MonitorRegistry;
import io.interdict.store.monitor.MonitoredParty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A monitored party as kept in the state store: the party, and its last screening (outcome, the
 * snapshot it used, the entities it hit, which the rescreen scope needs).
 */
public record MonitorEntry(MonitoredParty party, String outcome, String snapshot, Set<String> hitEntities) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A party from a record of the monitored topic: the JSON object of {@code interdict monitor import}
     * ({@code id, name, country, ids, kind, jurisdiction}); the record key is the id when the value has none.
     */
    public static MonitoredParty party(String key, byte[] value) {
        JsonNode o;
        try {
            o = JSON.readTree(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getMessage().split("\n")[0], e);
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        List<Identifier> ids = new ArrayList<>();
        JsonNode idn = o.path("ids");
        for (int i = 0; i < idn.size(); i++) {
            try {
                ids.add(Identifier.parse(idn.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field 'ids[" + i + "]': " + e.getMessage(), e);
            }
        }
        String id = o.hasNonNull("id") ? o.get("id").asText() : key;
        return MonitorRegistry.make(id, text(o, "name"), text(o, "country"), ids, text(o, "kind"), text(o, "jurisdiction"));
    }

    private static String text(JsonNode o, String f) {
        JsonNode n = o.get(f);
        return n == null || n.isNull() ? null : n.asText();
    }

    public byte[] toBytes() {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode p = o.putObject("party");
        p.put("id", party.id());
        p.put("name", party.name());
        p.put("country", party.country());
        ArrayNode ids = p.putArray("ids");
        party.ids().forEach(i -> ids.add(i.toString()));
        p.put("kind", party.kind().wire());
        p.put("jurisdiction", party.jurisdiction());
        o.put("outcome", outcome);
        o.put("snapshot", snapshot);
        ArrayNode hits = o.putArray("hit_entities");
        hitEntities.forEach(hits::add);
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static MonitorEntry parse(byte[] bytes) {
        try {
            JsonNode o = JSON.readTree(bytes);
            MonitoredParty p = party(null, JSON.writeValueAsBytes(o.get("party")));
            Set<String> hits = new LinkedHashSet<>();
            o.path("hit_entities").forEach(n -> hits.add(n.asText()));
            return new MonitorEntry(p, o.path("outcome").asText(null), o.path("snapshot").asText(null), Set.copyOf(hits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
