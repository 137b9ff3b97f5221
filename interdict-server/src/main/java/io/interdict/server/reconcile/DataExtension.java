package io.interdict.server.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Entity;
import io.interdict.server.Engine;
import io.interdict.server.http.ApiError;
import io.interdict.server.http.JsonFields;
import io.interdict.server.http.Requests;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Data extension ("add columns from reconciled values"): {@code {"ids":[…],"properties":[{"id":"country"}]}}
 * → {@code {"meta":[{"id","name"}],"rows":{id:{property:[{"str"}|{"id","name"}]}}}}. An id we do not
 * hold and a property we do not know give empty cells, never a failed request.
 */
final class DataExtension {
    private DataExtension() {
    }

    static ObjectNode extend(Engine e, String text, int maxIds) {
        JsonNode q = JsonFields.object(Requests.json(text), "extend");
        JsonNode ids = q.get("ids");
        JsonNode props = q.get("properties");
        if (ids == null || !ids.isArray()) {
            throw ApiError.badRequest("'extend.ids': expected an array of entity ids, found " + JsonFields.type(ids));
        }
        if (props == null || !props.isArray()) {
            throw ApiError.badRequest("'extend.properties': expected an array of {\"id\": …}, found " + JsonFields.type(props));
        }
        if (ids.size() > maxIds) {
            throw ApiError.tooLarge("'extend.ids': " + ids.size() + " ids exceed the limit of " + maxIds);
        }
        List<String> wanted = new ArrayList<>();
        ObjectNode out = Requests.JSON.createObjectNode();
        ArrayNode meta = out.putArray("meta");
        for (JsonNode p : props) {
            String id = p.isTextual() ? p.asText() : p.path("id").asText("");
            if (id.isEmpty() || wanted.contains(id)) {
                continue;
            }
            wanted.add(id);
            ObjectNode m = meta.addObject();
            m.put("id", id);
            m.put("name", ReconcileProperties.LABELS.getOrDefault(id, id));
        }
        ObjectNode rows = out.putObject("rows");
        for (JsonNode idNode : ids) {
            String id = idNode.asText();
            ObjectNode row = rows.putObject(id);
            Optional<Entity> en = e.snapshot().entity(id);
            for (String p : wanted) {
                ArrayNode cells = row.putArray(p);
                if (en.isEmpty()) {
                    continue;
                }
                for (ReconcileProperties.Value v : ReconcileProperties.values(e, en.get(), p)) {
                    ObjectNode c = cells.addObject();
                    if (v.id() != null) {
                        c.put("id", v.id());
                        c.put("name", v.name());
                    } else {
                        c.put("str", v.str());
                    }
                }
            }
        }
        return out;
    }
}
