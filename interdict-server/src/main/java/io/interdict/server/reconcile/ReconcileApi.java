package io.interdict.server.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.match.Feature;
import io.interdict.server.Api;
import io.interdict.server.Engine;
import io.interdict.server.auth.Role;
import io.interdict.server.http.ApiError;
import io.interdict.server.http.JsonFields;
import io.interdict.server.http.Param;
import io.interdict.server.http.Requests;
import io.interdict.server.http.Route;
import io.interdict.server.search.Candidate;
import io.interdict.server.search.MatchApi;
import io.interdict.server.search.SearchQuery;
import io.interdict.server.yente.FtmTypes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * W3C Reconciliation Service API 0.2, as OpenRefine speaks it: {@code GET /reconcile} is the service
 * manifest; {@code queries} (query parameter or form field of a POST) is a batch of queries answered
 * with candidates. Types are FollowTheMoney schemata; properties {@code country} and identifiers refine.
 */
public final class ReconcileApi implements Api.Endpoints {
    static final int DEFAULT_LIMIT = 5;
    static final Set<String> QUERY_FIELDS = Set.of("query", "type", "limit", "properties", "type_strict");
    /** Property ids a query may use; identifier properties carry FtM names or {@code identifier} (scheme:value). */
    static final Set<String> PROPERTY_IDS = Set.of("country", "identifier", "alias", "imoNumber", "leiCode", "swiftBic",
            "dunsCode", "website");

    private final Api api;

    public ReconcileApi(Api api) {
        this.api = api;
    }

    @Override
    public List<Route> routes() {
        List<Param> params = List.of(Param.of("queries", "string", "a JSON batch of reconciliation queries"),
                Param.of("api_key", "string", "API key, for clients that cannot send headers (OpenRefine)"));
        List<Route> out = new ArrayList<>();
        for (String path : List.of("/reconcile", "/reconcile/{dataset}")) {
            out.add(new Route(HandlerType.GET, path, null, "reconciliation",
                    "Service manifest; with 'queries', a reconciliation batch (needs the screen role)",
                    params, null, "manifest, or {\"q0\":{\"result\":[…]}}", this::get));
            out.add(new Route(HandlerType.POST, path, Role.SCREEN, "reconciliation",
                    "Reconciliation batch as a form field 'queries' (application/x-www-form-urlencoded)",
                    List.of(params.get(1)), "queries=<JSON batch>", "{\"q0\":{\"result\":[…]}}", this::post));
        }
        return out;
    }

    private String dataset(Context ctx, Engine e) {
        String ds = ctx.pathParamMap().getOrDefault("dataset", "default");
        if (!e.datasets().exists(ds)) {
            throw ApiError.notFound("Dataset not found: " + Requests.shorten(ds));
        }
        return ds;
    }

    private void get(Context ctx) {
        Engine e = api.engine();
        String ds = dataset(ctx, e);
        String queries = Requests.param(ctx, "queries");
        if (queries == null) {
            ctx.contentType("application/json").result(manifest(ctx, ds).toString());
            return;
        }
        api.authorize(ctx, Role.SCREEN);
        ctx.contentType("application/json").result(answer(e, ds, queries).toString());
    }

    private void post(Context ctx) {
        Engine e = api.engine();
        String ds = dataset(ctx, e);
        String body = Requests.body(ctx, api.settings().maxBodyBytes());
        String queries = null;
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k;
            String v;
            try {
                k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException ex) {
                throw ApiError.badRequest("malformed form body: " + ex.getMessage());
            }
            if (k.equals("queries")) {
                if (queries != null) {
                    throw ApiError.badRequest("form field 'queries' given more than once");
                }
                queries = v;
            } else if (!k.equals("api_key")) {
                throw ApiError.badRequest("unknown form field '" + Requests.shorten(k) + "'; accepted: queries");
            }
        }
        if (queries == null) {
            throw ApiError.badRequest("form field 'queries' is required");
        }
        ctx.contentType("application/json").result(answer(e, ds, queries).toString());
    }

    private ObjectNode manifest(Context ctx, String ds) {
        // An HTTP/1.0 client may send no Host; fall back to the bound address rather than "null".
        String host = ctx.host() == null || ctx.host().isBlank()
                ? api.settings().host() + ":" + ctx.port() : ctx.host();
        String base = ctx.scheme() + "://" + host;
        ObjectNode m = Requests.JSON.createObjectNode();
        m.putArray("versions").add("0.2");
        m.put("name", "Interdict" + ("default".equals(ds) ? "" : " (" + ds + ")"));
        m.put("identifierSpace", base + "/v1/entities/");
        m.put("schemaSpace", base + "/reconcile/types");
        m.put("documentation", base + "/docs");
        ObjectNode view = m.putObject("view");
        view.put("url", base + "/v1/entities/{{id}}");
        ArrayNode types = m.putArray("defaultTypes");
        for (Map.Entry<String, String> t : FtmTypes.LABELS.entrySet()) {
            ObjectNode o = types.addObject();
            o.put("id", t.getKey());
            o.put("name", t.getValue());
        }
        return m;
    }

    private ObjectNode answer(Engine e, String ds, String queriesText) {
        JsonNode batch = JsonFields.object(Requests.json(queriesText), "queries");
        if (batch.size() > api.settings().maxBatch()) {
            throw ApiError.tooLarge("batch of " + batch.size() + " queries exceeds the limit of " + api.settings().maxBatch());
        }
        Map<String, SearchQuery> parsed = new LinkedHashMap<>();
        for (var it = batch.fields(); it.hasNext(); ) {
            var q = it.next();
            parsed.put(q.getKey(), query(e, ds, q.getValue(), q.getKey()));
        }
        ObjectNode out = Requests.JSON.createObjectNode();
        for (Map.Entry<String, SearchQuery> q : parsed.entrySet()) {
            ArrayNode result = out.putObject(q.getKey()).putArray("result");
            for (Candidate c : e.search().search(q.getValue())) {
                Entity en = e.snapshot().entity(c.entityId()).orElseThrow();
                ObjectNode r = result.addObject();
                r.put("id", en.id());
                r.put("name", en.caption());
                r.put("description", en.kind().wire() + " · " + String.join(", ", e.datasets().of(en)));
                // Reconciliation scores are conventionally 0–100 (OpenRefine shows them as such).
                r.put("score", MatchApi.round(c.score() * 100));
                r.put("match", c.score() >= e.search().matchThreshold());
                ObjectNode type = r.putArray("type").addObject();
                type.put("id", FtmTypes.schemaOf(en));
                type.put("name", FtmTypes.LABELS.get(FtmTypes.schemaOf(en)));
                ArrayNode fs = r.putArray("features");
                for (Feature f : c.features()) {
                    ObjectNode fo = fs.addObject();
                    fo.put("id", f.name());
                    fo.put("value", MatchApi.round(f.value()));
                }
            }
        }
        return out;
    }

    private SearchQuery query(Engine e, String ds, JsonNode q, String key) {
        String where = key + ".";
        JsonFields.object(q, key);
        JsonFields.onlyKnown(q, QUERY_FIELDS, where);
        List<String> names = new ArrayList<>();
        String text = JsonFields.text(q, "query", where, false);
        if (text != null && !text.isBlank()) {
            names.add(text);
        }
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        for (String t : JsonFields.texts(q.get("type"), where + "type")) {
            Set<EntityKind> k = FtmTypes.kinds(t);
            if (k == null) {
                throw ApiError.badRequest("'" + where + "type': unknown type '" + Requests.shorten(t) + "' (accepted: "
                        + String.join(", ", FtmTypes.LABELS.keySet()) + ")");
            }
            kinds.addAll(k);
        }
        String strict = JsonFields.text(q, "type_strict", where, false);
        if (strict != null && !Set.of("any", "should", "all").contains(strict)) {
            throw ApiError.badRequest("'" + where + "type_strict': expected any, should or all");
        }
        JsonNode lim = q.get("limit");
        int limit = DEFAULT_LIMIT;
        if (lim != null && !lim.isNull()) {
            if (!lim.isNumber() || lim.asDouble() < 1 || lim.asDouble() != Math.floor(lim.asDouble())) {
                throw ApiError.badRequest("'" + where + "limit': expected a positive integer");
            }
            if (lim.asDouble() > api.settings().maxMatchLimit()) {
                throw ApiError.tooLarge("'" + where + "limit': exceeds the maximum of " + api.settings().maxMatchLimit());
            }
            limit = lim.asInt();
        }
        String country = null;
        List<Identifier> ids = new ArrayList<>();
        JsonNode props = q.get("properties");
        if (props != null && !props.isNull()) {
            if (!props.isArray()) {
                throw ApiError.badRequest("'" + where + "properties': expected an array, found " + JsonFields.type(props));
            }
            for (int i = 0; i < props.size(); i++) {
                String pw = where + "properties[" + i + "]";
                JsonNode p = JsonFields.object(props.get(i), pw);
                JsonFields.onlyKnown(p, Set.of("pid", "v"), pw + ".");
                String pid = JsonFields.text(p, "pid", pw + ".", true);
                if (!PROPERTY_IDS.contains(pid)) {
                    throw ApiError.badRequest("'" + pw + ".pid': unknown property '" + Requests.shorten(pid) + "' (accepted: "
                            + String.join(", ", new java.util.TreeSet<>(PROPERTY_IDS)) + ")");
                }
                for (String v : values(p.get("v"), pw + ".v")) {
                    if (v.isBlank()) {
                        continue;
                    }
                    try {
                        switch (pid) {
                            case "country" -> country = country == null ? v.trim().toUpperCase(Locale.ROOT) : country;
                            case "alias" -> names.add(v);
                            case "identifier" -> ids.add(Identifier.parse(v));
                            default -> ids.add(new Identifier(FtmTypes.ID_SCHEMES.get(pid), v));
                        }
                    } catch (IllegalArgumentException ex) {
                        throw ApiError.badRequest("'" + pw + ".v': " + ex.getMessage());
                    }
                }
            }
        }
        if (names.isEmpty() && ids.isEmpty()) {
            throw ApiError.badRequest("'" + key + "': a query needs 'query' text or identifier properties");
        }
        Predicate<Entity> inDs = e.datasets().anyOf(List.of(ds));
        Set<EntityKind> k = kinds.isEmpty() ? EnumSet.allOf(EntityKind.class) : kinds;
        return new SearchQuery(names, ids, null, country, x -> inDs.test(x) && k.contains(x.kind()), limit);
    }

    /** A property value: string, number, boolean, {id, name} (a reconciled entity: its id), or an array of these. */
    private static List<String> values(JsonNode v, String where) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            throw ApiError.badRequest("'" + where + "' is required");
        }
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        } else {
            items.add(v);
        }
        for (JsonNode i : items) {
            if (i.isTextual() || i.isNumber() || i.isBoolean()) {
                out.add(i.asText());
            } else if (i.isObject() && i.path("id").isTextual()) {
                out.add(i.get("id").asText());
            } else {
                throw ApiError.badRequest("'" + where + "': expected a string, number, boolean or {\"id\":…}, found " + JsonFields.type(i));
            }
        }
        return out;
    }
}
