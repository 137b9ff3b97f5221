package io.interdict.server.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Entity;
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
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code /v1/match}: name search without screening rules, in the DESIGN.md {@code interdict match} shape. */
public final class MatchApi implements Api.Endpoints {
    private static final Set<String> QUERY_FIELDS = Set.of("name", "list", "limit", "ids", "country");
    static final int DEFAULT_LIMIT = 10;

    private final Api api;

    public MatchApi(Api api) {
        this.api = api;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/v1/match", Role.SCREEN, "search", "Name search across the snapshot",
                        List.of(Param.required("name", "string", "the name to look for"),
                                Param.many("list", "string", "restrict to a source (ofac-sdn) or measure id; repeatable"),
                                Param.of("limit", "integer", "most candidates (default 10)")),
                        null, "{\"query\":…,\"candidates\":[{\"entity\",\"name\",\"score\",\"match\",…}]}", this::get),
                new Route(HandlerType.POST, "/v1/match", Role.SCREEN, "search", "Batch name search",
                        List.of(), "{\"queries\":[{\"name\":\"…\",\"list\":\"…\"|[…],\"limit\":n,\"ids\":[…],\"country\":\"CC\"}]}",
                        "{\"results\":[one result per query, in order]}", this::post));
    }

    private void get(Context ctx) {
        Engine e = api.engine();
        String name = Requests.param(ctx, "name");
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest("query parameter 'name' is empty");
        }
        List<String> lists = Requests.params(ctx, "list");
        checkLists(e, lists, "list");
        int limit = Requests.integer(Requests.param(ctx, "limit"), "limit", DEFAULT_LIMIT, 1, api.settings().maxMatchLimit());
        ObjectNode out = result(e, name, new SearchQuery(List.of(name), List.of(), null, null, e.datasets().anyOf(lists), limit));
        ctx.contentType("application/json").result(out.toString());
    }

    private void post(Context ctx) {
        Engine e = api.engine();
        JsonNode body = JsonFields.object(Requests.json(Requests.jsonBody(ctx, api.settings().maxBodyBytes())), "body");
        JsonFields.onlyKnown(body, Set.of("queries"), "");
        JsonNode qs = body.get("queries");
        if (qs == null || !qs.isArray()) {
            throw ApiError.badRequest("field 'queries': expected an array of queries, found " + JsonFields.type(qs));
        }
        if (qs.size() > api.settings().maxBatch()) {
            throw ApiError.tooLarge("batch of " + qs.size() + " queries exceeds the limit of " + api.settings().maxBatch());
        }
        List<SearchQuery> parsed = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            String where = "queries[" + i + "].";
            JsonNode q = JsonFields.object(qs.get(i), "queries[" + i + "]");
            JsonFields.onlyKnown(q, QUERY_FIELDS, where);
            String name = JsonFields.text(q, "name", where, false);
            List<Identifier> ids = new ArrayList<>();
            for (String id : JsonFields.texts(q.get("ids"), where + "ids")) {
                try {
                    ids.add(Identifier.parse(id));
                } catch (IllegalArgumentException ex) {
                    throw ApiError.badRequest("'" + where + "ids': " + ex.getMessage());
                }
            }
            if ((name == null || name.isBlank()) && ids.isEmpty()) {
                throw ApiError.badRequest("'" + where + "name': a query needs a name or ids");
            }
            List<String> lists = JsonFields.texts(q.get("list"), where + "list");
            checkLists(e, lists, where + "list");
            Integer limit = JsonFields.integer(q, "limit", where);
            int l = limit == null ? DEFAULT_LIMIT : limit;
            if (l < 1) {
                throw ApiError.badRequest("'" + where + "limit': must be at least 1");
            }
            if (l > api.settings().maxMatchLimit()) {
                throw ApiError.tooLarge("'" + where + "limit': " + l + " exceeds the maximum of " + api.settings().maxMatchLimit());
            }
            parsed.add(new SearchQuery(name == null ? List.of() : List.of(name), ids, null,
                    JsonFields.text(q, "country", where, false), e.datasets().anyOf(lists), l));
            names.add(name);
        }
        ObjectNode out = Requests.JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        for (int i = 0; i < parsed.size(); i++) {
            results.add(result(e, names.get(i), parsed.get(i)));
        }
        ctx.contentType("application/json").result(out.toString());
    }

    static void checkLists(Engine e, List<String> lists, String field) {
        for (String l : lists) {
            if (!e.datasets().exists(l)) {
                throw ApiError.badRequest("'" + field + "': unknown list '" + Requests.shorten(l) + "' (see GET /v1/lists)");
            }
        }
    }

    private static ObjectNode result(Engine e, String name, SearchQuery q) {
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("query", name);
        o.put("algorithm", e.search().algorithm());
        ArrayNode cands = o.putArray("candidates");
        for (Candidate c : e.search().search(q)) {
            ObjectNode j = cands.addObject();
            j.put("entity", c.entityId());
            j.put("name", e.snapshot().entity(c.entityId()).map(Entity::caption).orElse(c.entityId()));
            j.put("score", round(c.score()));
            j.put("match", c.score() >= e.search().matchThreshold());
            j.put("matched_on", c.matchedOn().wire());
            j.put("candidate", c.candidate());
            ArrayNode fs = j.putArray("features");
            for (Feature f : c.features()) {
                ObjectNode fj = fs.addObject();
                fj.put("name", f.name());
                fj.put("value", round(f.value()));
                if (f.detail() != null) {
                    fj.put("detail", f.detail());
                }
            }
        }
        return o;
    }

    public static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
