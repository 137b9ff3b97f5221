package io.interdict.server.yente;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
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
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * yente-compatible {@code POST /match/{dataset}} and {@code GET /search/{dataset}}: a client written for
 * yente (OpenSanctions) can point here unchanged. docs/http-api.md lists which parameters are honoured.
 */
public final class YenteApi implements Api.Endpoints {
    /** yente's defaults: 5 results per query, a match at 0.7. */
    static final int MATCH_LIMIT = 5;
    static final double THRESHOLD = 0.7;
    static final double CUTOFF = 0.5;
    /** Algorithm names yente clients may send; we always score with the configured matcher and say so. */
    static final Set<String> YENTE_ALGORITHMS = Set.of("best", "default", "logic-v1", "logic-v2", "name-based",
            "name-qualified", "regression-v1", "regression-v2", "regression-v3", "regression-v4");
    static final Map<String, String> FEATURE_DOCS = Map.of(
            "token_set_equal", "The query name and a candidate name have the same tokens after normalisation",
            "identifier_match", "An identifier (IMO, LEI, BIC, app id, domain…) of the query equals one of the candidate");

    private final Api api;

    public YenteApi(Api api) {
        this.api = api;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(HandlerType.POST, "/match/{dataset}", Role.SCREEN, "yente",
                        "yente query-by-example matching: a batch of FollowTheMoney entity queries",
                        List.of(Param.of("limit", "integer", "results per query (default 5)"),
                                Param.of("threshold", "number", "score at or above which a result is a match (default 0.7)"),
                                Param.of("cutoff", "number", "results below this score are dropped (default 0.5)"),
                                Param.of("algorithm", "string", "accepted for compatibility; the configured matcher is used"),
                                Param.many("include_dataset", "string", "only results in these datasets"),
                                Param.many("exclude_dataset", "string", "no results in these datasets"),
                                Param.many("exclude_schema", "string", "no results of these schemata"),
                                Param.many("exclude_entity_ids", "string", "no results with these ids"),
                                Param.many("topics", "string", "accepted, not applied (every entry is a sanctions target)"),
                                Param.of("changed_since", "string", "accepted, not applied (no change history)")),
                        "{\"queries\":{\"key\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"…\"]}}},\"weights\":{},\"config\":{}}",
                        "{\"responses\":{\"key\":{\"status\":200,\"results\":[…],\"total\":{…},\"query\":{…}}},\"matcher\":{…},\"limit\":5}",
                        this::match),
                new Route(HandlerType.GET, "/search/{dataset}", Role.SCREEN, "yente", "yente simple text search",
                        List.of(Param.of("q", "string", "query text (a name); empty lists the dataset"),
                                Param.of("schema", "string", "FtM schema results must fit (default Thing)"),
                                Param.many("countries", "string", "only entities of these countries"),
                                Param.many("topics", "string", "accepted, not applied"),
                                Param.many("datasets", "string", "only entities in these datasets"),
                                Param.many("include_dataset", "string", "only entities in these datasets"),
                                Param.many("exclude_dataset", "string", "no entities in these datasets"),
                                Param.many("exclude_schema", "string", "no entities of these schemata"),
                                Param.of("limit", "integer", "page size (default 10)"),
                                Param.of("offset", "integer", "start at this result"),
                                Param.of("fuzzy", "boolean", "accepted; matching is what the configured matcher does"),
                                Param.of("simple", "boolean", "accepted, not applied"),
                                Param.many("sort", "string", "accepted, not applied (best first)"),
                                Param.of("target", "boolean", "only (or no) sanctions targets"),
                                Param.many("facets", "string", "accepted; countries, datasets and topics facets are returned"),
                                Param.many("filter", "string", "accepted, not applied"),
                                Param.of("changed_since", "string", "accepted, not applied")),
                        null, "{\"results\":[…],\"facets\":{…},\"total\":{…},\"limit\":10,\"offset\":0}", this::search));
    }

    private Engine dataset(Context ctx, Engine e) {
        String ds = ctx.pathParam("dataset");
        if (!e.datasets().exists(ds)) {
            throw ApiError.notFound("Dataset not found: " + Requests.shorten(ds));
        }
        return e;
    }

    private List<String> datasetsParam(Context ctx, Engine e, String name) {
        List<String> v = Requests.params(ctx, name);
        for (String d : v) {
            if (!e.datasets().exists(d)) {
                throw ApiError.badRequest("'" + name + "': unknown dataset '" + Requests.shorten(d) + "'");
            }
        }
        return v;
    }

    private static List<String> schemataParam(Context ctx, String name) {
        List<String> v = Requests.params(ctx, name);
        for (String s : v) {
            if (!Ftm.SCHEMATA.containsKey(s)) {
                throw ApiError.badRequest("'" + name + "': unknown schema '" + Requests.shorten(s) + "'");
            }
        }
        return v;
    }

    /** Entities the request may return: in the path dataset, included/not excluded, not of an excluded schema. */
    private Predicate<Entity> filter(Context ctx, Engine e, List<String> include) {
        String ds = ctx.pathParam("dataset");
        List<String> exclude = datasetsParam(ctx, e, "exclude_dataset");
        Set<String> excludedSchemata = new HashSet<>(schemataParam(ctx, "exclude_schema"));
        Predicate<Entity> in = e.datasets().anyOf(List.of(ds));
        Predicate<Entity> inc = e.datasets().anyOf(include);
        Predicate<Entity> exc = exclude.isEmpty() ? x -> false : e.datasets().anyOf(exclude);
        return x -> in.test(x) && inc.test(x) && !exc.test(x) && !excludedSchemata.contains(Ftm.schemaOf(x));
    }

    private void match(Context ctx) {
        Engine e = dataset(ctx, api.engine());
        int limit = Requests.integer(Requests.param(ctx, "limit"), "limit", MATCH_LIMIT, 1, api.settings().maxMatchLimit());
        double threshold = Requests.number(Requests.param(ctx, "threshold"), "threshold", THRESHOLD, 0, 1);
        double cutoff = Math.min(Requests.number(Requests.param(ctx, "cutoff"), "cutoff", CUTOFF, 0, 1), threshold);
        String algorithm = Requests.param(ctx, "algorithm");
        if (algorithm != null && !YENTE_ALGORITHMS.contains(algorithm) && !algorithm.equals(e.search().algorithm())) {
            throw ApiError.badRequest("Invalid algorithm: " + Requests.shorten(algorithm));
        }
        checkTimestamp(Requests.param(ctx, "changed_since"));
        Predicate<Entity> base = filter(ctx, e, datasetsParam(ctx, e, "include_dataset"));
        Set<String> excludedIds = Set.copyOf(Requests.params(ctx, "exclude_entity_ids"));

        JsonNode body = JsonFields.object(Requests.json(Requests.body(ctx, api.settings().maxBodyBytes())), "body");
        JsonFields.onlyKnown(body, Set.of("queries", "weights", "config"), "");
        for (String f : List.of("weights", "config")) {
            if (body.has(f) && !body.get(f).isObject()) {
                throw ApiError.badRequest("field '" + f + "': expected an object, found " + JsonFields.type(body.get(f)));
            }
        }
        JsonNode queries = body.get("queries");
        if (queries == null || !queries.isObject()) {
            throw ApiError.badRequest("field 'queries': expected an object of named queries, found " + JsonFields.type(queries));
        }
        if (queries.isEmpty()) {
            throw ApiError.badRequest("No queries provided.");
        }
        if (queries.size() > api.settings().maxBatch()) {
            throw ApiError.tooLarge("Too many queries in one batch (limit: " + api.settings().maxBatch() + ")");
        }
        Map<String, Ftm.Example> examples = new LinkedHashMap<>();
        for (var it = queries.fields(); it.hasNext(); ) {
            var q = it.next();
            examples.put(q.getKey(), Ftm.example(q.getValue(), "queries." + q.getKey()));
        }
        ObjectNode out = Requests.JSON.createObjectNode();
        ObjectNode responses = out.putObject("responses");
        Set<String> featuresSeen = new java.util.TreeSet<>();
        for (Map.Entry<String, Ftm.Example> q : examples.entrySet()) {
            Ftm.Example ex = q.getValue();
            Set<EntityKind> kinds = ex.kinds();
            Predicate<Entity> f = x -> base.test(x) && kinds.contains(x.kind()) && !excludedIds.contains(x.id());
            List<Candidate> found = e.search().search(new SearchQuery(ex.names(), ex.ids(), null, ex.country(), f,
                    api.settings().maxMatchLimit(), ex.traits()));
            ObjectNode r = responses.putObject(q.getKey());
            r.put("status", 200);
            ArrayNode results = r.putArray("results");
            int total = 0;
            for (Candidate c : found) {
                if (c.score() < cutoff) {
                    continue;
                }
                total++;
                if (results.size() >= limit) {
                    continue;
                }
                Entity en = e.snapshot().entity(c.entityId()).orElseThrow();
                ObjectNode j = Ftm.entity(e, en);
                j.put("score", MatchApi.round(c.score()));
                ObjectNode feats = j.putObject("features");
                for (Feature feat : c.features()) {
                    feats.put(feat.name(), MatchApi.round(feat.value()));
                    featuresSeen.add(feat.name());
                }
                j.put("match", c.score() >= threshold);
                // Not in yente's shape; yente clients ignore unknown fields, and reviewers want the evidence.
                ObjectNode expl = j.putObject("explanation");
                expl.put("matched_on", c.matchedOn().wire());
                expl.put("query", c.query());
                expl.put("candidate", c.candidate());
                results.add(j);
            }
            ObjectNode t = r.putObject("total");
            t.put("value", total);
            t.put("relation", "eq");
            r.set("query", ex.echo());
        }
        ObjectNode matcher = out.putObject("matcher");
        for (String name : featuresSeen.isEmpty() ? new java.util.TreeSet<>(FEATURE_DOCS.keySet()) : featuresSeen) {
            ObjectNode d = matcher.putObject(name);
            d.put("description", FEATURE_DOCS.getOrDefault(name, "Feature of the " + e.search().algorithm() + " matcher"));
            d.put("coefficient", 1.0);
            d.put("url", "/openapi.json");
        }
        out.put("limit", limit);
        ctx.header("x-batch-size", Integer.toString(examples.size()));
        ctx.contentType("application/json").result(out.toString());
    }

    private void search(Context ctx) {
        Engine e = dataset(ctx, api.engine());
        String q = Requests.param(ctx, "q");
        String schema = Requests.param(ctx, "schema");
        if (schema != null && !Ftm.SCHEMATA.containsKey(schema)) {
            throw ApiError.badRequest("Invalid schema");
        }
        Set<EntityKind> kinds = Ftm.SCHEMATA.get(schema == null ? "Thing" : schema);
        int limit = Requests.integer(Requests.param(ctx, "limit"), "limit", 10, 0, api.settings().maxMatchLimit());
        int offset = Requests.integer(Requests.param(ctx, "offset"), "offset", 0, 0, 10_000);
        Boolean target = Requests.bool(Requests.param(ctx, "target"), "target");
        Requests.bool(Requests.param(ctx, "fuzzy"), "fuzzy");
        checkTimestamp(Requests.param(ctx, "changed_since"));
        Requests.bool(Requests.param(ctx, "simple"), "simple");
        Set<String> countries = new HashSet<>();
        for (String c : Requests.params(ctx, "countries")) {
            countries.add(c.trim().toUpperCase(Locale.ROOT));
        }
        List<String> include = new ArrayList<>(datasetsParam(ctx, e, "datasets"));
        include.addAll(datasetsParam(ctx, e, "include_dataset"));
        Predicate<Entity> base = filter(ctx, e, include);
        Predicate<Entity> f = x -> base.test(x) && kinds.contains(x.kind())
                && (countries.isEmpty() || x.countries().stream().anyMatch(c -> countries.contains(c.toUpperCase(Locale.ROOT))))
                && (target == null || e.datasets().isTarget(x) == target);
        List<Entity> hits = new ArrayList<>();
        boolean capped = false;
        if (q == null || q.isBlank()) {
            for (Entity x : e.snapshot().entities()) {
                if (f.test(x)) {
                    hits.add(x);
                }
            }
        } else {
            int want = Math.min(offset + Math.max(limit, 1), offset + api.settings().maxMatchLimit());
            List<Candidate> cs = e.search().search(new SearchQuery(List.of(q), List.of(), null, null, f, want));
            capped = cs.size() >= want;
            for (Candidate c : cs) {
                e.snapshot().entity(c.entityId()).ifPresent(hits::add);
            }
        }
        ObjectNode out = Requests.JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        for (int i = offset; i < Math.min(hits.size(), offset + limit); i++) {
            results.add(Ftm.entity(e, hits.get(i)));
        }
        ObjectNode facets = out.putObject("facets");
        facet(facets, "countries", "Countries", hits, x -> x.countries().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
        facet(facets, "datasets", "Data sources", hits, x -> e.datasets().of(x));
        facet(facets, "topics", "Topics", hits, x -> e.datasets().isTarget(x) ? List.of("sanction") : List.of());
        ObjectNode total = out.putObject("total");
        total.put("value", hits.size());
        total.put("relation", capped ? "gte" : "eq");
        out.put("limit", limit);
        out.put("offset", offset);
        ctx.contentType("application/json").result(out.toString());
    }

    /** yente takes an ISO date or timestamp; we do not apply it but still refuse garbage. */
    private static void checkTimestamp(String v) {
        if (v != null && !v.matches("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.+\\-Z]*)?")) {
            throw ApiError.badRequest("'changed_since': '" + Requests.shorten(v) + "' is not an ISO date or timestamp");
        }
    }

    private static void facet(ObjectNode facets, String key, String label, List<Entity> hits,
                              java.util.function.Function<Entity, List<String>> values) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Entity x : hits) {
            for (String v : new HashSet<>(values.apply(x))) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        ObjectNode fo = facets.putObject(key);
        fo.put("label", label);
        ArrayNode vs = fo.putArray("values");
        counts.forEach((name, n) -> {
            ObjectNode v = vs.addObject();
            v.put("name", name);
            v.put("label", name);
            v.put("count", n);
        });
    }
}
