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
import java.net.URLEncoder;
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
 * W3C Reconciliation Service API 0.2, as OpenRefine speaks it. {@code /reconcile} (or
 * {@code /reconcile/{dataset}}) is the service: without parameters the manifest; with {@code queries}
 * (query parameter, or form field of a POST) a batch of reconciliation queries; with {@code extend}
 * a data extension. Suggest, property proposals, preview and view live under
 * {@code /reconcile/{dataset}/…} ({@link ReconcileServices}). Types are FollowTheMoney schemata.
 *
 * <p>A batch never fails for one query the server cannot fully use: an unknown property, a value that
 * is no identifier, an unknown type or a blank cell each give that query what can be answered (often no
 * candidates), so OpenRefine does not mark the whole batch as failed. Only a batch that is not JSON, not
 * an object, or too large is refused.
 */
public final class ReconcileApi implements Api.Endpoints {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReconcileApi.class);
    static final int DEFAULT_LIMIT = 5;

    private final Api api;
    private final ReconcileServices services;

    public ReconcileApi(Api api) {
        this.api = api;
        this.services = new ReconcileServices(api);
    }

    static Param key() {
        return Param.of("api_key", "string", "API key, for clients that cannot send headers (OpenRefine); the manifest then carries it in its service URLs");
    }

    static Param callback() {
        return Param.of("callback", "string", "JSONP: wrap the JSON answer in a call to this JavaScript function");
    }

    @Override
    public List<Route> routes() {
        List<Route> out = new ArrayList<>();
        for (String path : List.of("/reconcile", "/reconcile/{dataset}")) {
            out.add(new Route(HandlerType.GET, path, null, "reconciliation",
                    "Service manifest; with 'queries' a reconciliation batch, with 'extend' a data extension (both need the screen role)",
                    List.of(Param.of("queries", "string", "a JSON batch of reconciliation queries"),
                            Param.of("extend", "string", "a JSON data extension query {ids, properties}"), callback(), key()),
                    null, "ReconcileGet", this::get));
            out.add(new Route(HandlerType.POST, path, Role.SCREEN, "reconciliation",
                    "Reconciliation batch (form field 'queries') or data extension (form field 'extend'), application/x-www-form-urlencoded",
                    List.of(key()), "form", "ReconcilePost", this::post));
        }
        out.addAll(services.routes());
        return out;
    }

    static String dataset(Context ctx, Engine e) {
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
        String extend = Requests.param(ctx, "extend");
        if (queries != null && extend != null) {
            throw ApiError.badRequest("give 'queries' or 'extend', not both");
        }
        if (queries == null && extend == null) {
            Jsonp.answer(ctx, manifest(ctx, ds));
            return;
        }
        api.authorize(ctx, Role.SCREEN);
        Jsonp.answer(ctx, queries != null ? answer(e, ds, queries) : DataExtension.extend(e, extend, api.settings().maxBatch()));
    }

    private void post(Context ctx) {
        Engine e = api.engine();
        String ds = dataset(ctx, e);
        String type = ctx.header("Content-Type");
        if (type != null && !type.isBlank() && !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new ApiError(415, "Content-Type '" + Requests.shorten(type) + "' is not accepted here; send a form "
                    + "(application/x-www-form-urlencoded) with the field 'queries' or 'extend'");
        }
        Map<String, String> form = form(Requests.body(ctx, api.settings().maxBodyBytes()));
        String queries = form.get("queries");
        String extend = form.get("extend");
        if ((queries == null) == (extend == null)) {
            throw ApiError.badRequest("form field 'queries' or 'extend' is required (one of them)");
        }
        ctx.contentType("application/json").result((queries != null ? answer(e, ds, queries)
                : DataExtension.extend(e, extend, api.settings().maxBatch())).toString());
    }

    /** A form body: fields other than queries, extend and api_key are refused by name (a misspelt 'querys'). */
    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
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
            if (!Set.of("queries", "extend", "api_key").contains(k)) {
                throw ApiError.badRequest("unknown form field '" + Requests.shorten(k) + "'; accepted: queries, extend, api_key");
            }
            if (out.put(k, v) != null) {
                throw ApiError.badRequest("form field '" + k + "' given more than once");
            }
        }
        return out;
    }

    /** Base URL of this server as the client reached it, and the key suffix for service URLs. */
    record Base(String url, String key) {
        /** {@code path} with the client's api_key appended, when the manifest was asked for with one. */
        String withKey(String path) {
            return key == null ? path : path + (path.contains("?") ? "&" : "?") + "api_key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        }
    }

    static Base base(Context ctx, Api api) {
        // An HTTP/1.0 client may send no Host; fall back to the bound address rather than "null".
        String host = ctx.host() == null || ctx.host().isBlank() ? api.settings().host() + ":" + ctx.port() : ctx.host();
        return new Base(ctx.scheme() + "://" + host, Requests.param(ctx, "api_key"));
    }

    private ObjectNode manifest(Context ctx, String ds) {
        Base b = base(ctx, api);
        String svc = "/reconcile/" + ds;
        ObjectNode m = Requests.JSON.createObjectNode();
        m.putArray("versions").add("0.2");
        m.put("name", "Interdict" + ("default".equals(ds) ? "" : " (" + ds + ")"));
        m.put("identifierSpace", b.url() + "/entities/");
        m.put("schemaSpace", "https://followthemoney.tech/explorer/schemata/");
        m.put("documentation", b.url() + "/docs");
        // OpenRefine asks the user for a key and sends it as the api_key query parameter.
        ObjectNode auth = m.putObject("authentication");
        auth.put("type", "apiKey");
        auth.put("name", "api_key");
        auth.put("in", "query");
        auth.put("description", "An Interdict API key with the screen role (interdict keys create --role screen)");
        m.putObject("view").put("url", b.url() + b.withKey(svc + "/view/{{id}}"));
        ObjectNode preview = m.putObject("preview");
        preview.put("url", b.url() + b.withKey(svc + "/preview?id={{id}}"));
        preview.put("width", 400);
        preview.put("height", 200);
        ObjectNode suggest = m.putObject("suggest");
        for (String kind : List.of("entity", "property", "type")) {
            ObjectNode s = suggest.putObject(kind);
            s.put("service_url", b.url());
            s.put("service_path", b.withKey(svc + "/suggest/" + kind));
        }
        ObjectNode extend = m.putObject("extend");
        ObjectNode propose = extend.putObject("propose_properties");
        propose.put("service_url", b.url());
        propose.put("service_path", b.withKey(svc + "/properties"));
        extend.putArray("property_settings");
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
        ObjectNode out = Requests.JSON.createObjectNode();
        for (var it = batch.fields(); it.hasNext(); ) {
            var q = it.next();
            ArrayNode result = out.putObject(q.getKey()).putArray("result");
            SearchQuery sq = query(e, ds, q.getValue(), q.getKey());
            if (sq == null) {
                continue;
            }
            for (Candidate c : e.search().search(sq)) {
                Entity en = e.snapshot().entity(c.entityId()).orElseThrow();
                ObjectNode r = result.addObject();
                r.put("id", en.id());
                r.put("name", en.caption());
                r.put("description", ReconcileServices.description(e, en));
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

    /**
     * One query, read with what can be used; null when nothing can (no text and no identifier, or only
     * an unknown type): that query then gets an empty result. What is ignored is logged by name.
     */
    private SearchQuery query(Engine e, String ds, JsonNode q, String key) {
        if (q == null || !q.isObject()) {
            LOG.debug("reconcile: query '{}' is not an object; answered with no candidates", Requests.shorten(key));
            return null;
        }
        List<String> names = new ArrayList<>();
        JsonNode text = q.get("query");
        if (text != null && (text.isTextual() || text.isNumber()) && !text.asText().isBlank()) {
            names.add(text.asText().trim());
        }
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        boolean typed = false;
        for (String t : lenientTexts(q.get("type"))) {
            typed = true;
            Set<EntityKind> k = FtmTypes.kinds(t);
            if (k == null) {
                LOG.debug("reconcile: query '{}': unknown type '{}'", Requests.shorten(key), Requests.shorten(t));
            } else {
                kinds.addAll(k);
            }
        }
        if (typed && kinds.isEmpty()) {
            return null;
        }
        int limit = DEFAULT_LIMIT;
        JsonNode lim = q.get("limit");
        if (lim != null && lim.isNumber() && lim.asDouble() >= 1) {
            limit = (int) Math.min(lim.asDouble(), api.settings().maxMatchLimit());
        }
        String country = null;
        List<Identifier> ids = new ArrayList<>();
        JsonNode props = q.get("properties");
        if (props != null && props.isArray()) {
            for (JsonNode p : props) {
                String pid = p.path("pid").asText("");
                if (!ReconcileProperties.QUERY.contains(pid)) {
                    io.interdict.server.http.IgnoredInputs.note("reconciliation query property", pid);
                    continue;
                }
                for (String v : values(p.get("v"))) {
                    if (v.isBlank()) {
                        continue;
                    }
                    try {
                        switch (pid) {
                            case "country" -> country = country == null ? v.trim().toUpperCase(Locale.ROOT) : country;
                            case "alias" -> names.add(v.trim());
                            case "identifier" -> ids.add(Identifier.parse(v.trim()));
                            default -> ids.add(new Identifier(FtmTypes.ID_SCHEMES.get(pid), v.trim()));
                        }
                    } catch (IllegalArgumentException ex) {
                        LOG.debug("reconcile: query '{}': '{}' value ignored: {}", Requests.shorten(key), pid, ex.getMessage());
                    }
                }
            }
        }
        if (names.isEmpty() && ids.isEmpty()) {
            return null;
        }
        Predicate<Entity> inDs = e.datasets().anyOf(List.of(ds));
        Set<EntityKind> k = kinds.isEmpty() ? EnumSet.allOf(EntityKind.class) : kinds;
        return new SearchQuery(names, ids, null, country, x -> inDs.test(x) && k.contains(x.kind()), limit);
    }

    private static List<String> lenientTexts(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isTextual()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            v.forEach(x -> {
                if (x.isTextual()) {
                    out.add(x.asText());
                }
            });
        }
        return out;
    }

    /** A property value: string, number, boolean, {id, name} (a reconciled entity: its id), or an array of these. */
    private static List<String> values(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
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
            }
        }
        return out;
    }
}
