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
 * yente-compatible {@code POST /match/{dataset}} and {@code GET /search/{dataset}}, following yente's
 * own routers and models (opensanctions/yente: yente/routers/match.py, search.py, data/common.py): a
 * client written for yente points here unchanged. docs/http-api.md lists what is honoured.
 */
public final class YenteApi implements Api.Endpoints {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(YenteApi.class);
    /** yente's defaults and bounds (yente/settings.py): 5 results per query, a match at 0.7. */
    static final int MATCH_LIMIT = 5;
    static final int MAX_MATCHES = 500;
    static final int SEARCH_LIMIT = 10;
    static final int MAX_PAGE = 500;
    static final int MAX_OFFSET = 9999 - MAX_PAGE;
    static final int MAX_EXCLUDED_IDS = 50;
    static final double THRESHOLD = 0.7;
    /** yente's algorithm names; any of them (case-insensitive) is answered by the configured matcher. */
    static final Set<String> YENTE_ALGORITHMS = Set.of("best", "logic-v1", "logic-v2", "ofac", "name-based",
            "name-qualified", "regression-v1", "er-unstable");
    /** yente's changed_since pattern (routers/util.py TS_PATTERN). */
    static final String TS_PATTERN = "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?$";
    /** Topics an Interdict entity carries: every entry of a measure is a sanctions target. */
    static final String SANCTION = "sanction";

    private final Api api;

    public YenteApi(Api api) {
        this.api = api;
    }

    static Param key() {
        return Param.of("api_key", "string", "API key, as the hosted OpenSanctions API takes it (kept out of logs)");
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(HandlerType.POST, "/match/{dataset}", Role.SCREEN, "yente",
                        "yente query-by-example matching: a batch of FollowTheMoney entity queries",
                        List.of(Param.of("limit", "integer", "results per query (default 5, at most 500)"),
                                Param.of("threshold", "number", "score at or above which a result is a match (default 0.7)"),
                                Param.of("cutoff", "number", "only results scoring strictly above this are returned (default: the threshold; never above it)"),
                                Param.of("algorithm", "string", "yente's names (best, logic-v2, logic-v1, name-based…) or ours; the configured matcher scores"),
                                Param.many("include_dataset", "string", "only results in these datasets"),
                                Param.many("exclude_dataset", "string", "no results in these datasets"),
                                Param.many("exclude_schema", "string", "no results of these schemata"),
                                Param.many("exclude_entity_ids", "string", "no results with these ids (at most 50)"),
                                Param.many("topics", "string", "only results with any of these topics (every entry carries 'sanction')"),
                                Param.of("changed_since", "string", "accepted and validated, not applied (no change history)"),
                                key(),
                                Param.others("other parameters (fuzzy, partition, index_type…) are ignored and logged by name")),
                        "{\"queries\":{\"key\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"…\"]}}},\"weights\":{},\"config\":{}}",
                        "EntityMatchResponse", this::match),
                new Route(HandlerType.GET, "/search/{dataset}", Role.SCREEN, "yente", "yente simple text search",
                        List.of(Param.of("q", "string", "query text (a name); empty lists the dataset"),
                                Param.of("schema", "string", "FtM schema results must fit (default Thing)"),
                                Param.many("countries", "string", "only entities of these countries"),
                                Param.many("topics", "string", "only entities with these topics"),
                                Param.many("datasets", "string", "only entities in these datasets"),
                                Param.many("include_dataset", "string", "only entities in these datasets"),
                                Param.many("exclude_dataset", "string", "no entities in these datasets"),
                                Param.many("exclude_schema", "string", "no entities of these schemata"),
                                Param.of("limit", "integer", "page size (default 10, at most 500)"),
                                Param.of("offset", "integer", "start at this result"),
                                Param.of("fuzzy", "boolean", "accepted; matching is what the configured matcher does"),
                                Param.of("simple", "boolean", "accepted, not applied"),
                                Param.many("sort", "string", "accepted, not applied (best first)"),
                                Param.of("target", "boolean", "only (or no) sanctions targets"),
                                Param.many("facets", "string", "countries, datasets, topics (the default), schema"),
                                Param.many("filter", "string", "field:value; validated, not applied"),
                                Param.of("filter_op", "string", "OR (default) or AND: how several countries/topics/datasets combine"),
                                Param.of("changed_since", "string", "accepted and validated, not applied"),
                                key(),
                                Param.others("other parameters are ignored and logged by name")),
                        null, "SearchResponse", this::search));
    }

    /** The path's dataset; yente answers an unknown one with 404 "No such dataset." */
    private static void dataset(Context ctx, Engine e) {
        String ds = ctx.pathParam("dataset");
        if (!e.datasets().exists(ds)) {
            throw ApiError.notFound("No such dataset: " + Requests.shorten(ds));
        }
    }

    /** Dataset filters: a name we do not hold is logged and matches nothing (as in yente, no error). */
    private static List<String> datasetsParam(Context ctx, Engine e, String name) {
        List<String> v = Requests.params(ctx, name);
        for (String d : v) {
            if (!e.datasets().exists(d)) {
                io.interdict.server.http.IgnoredInputs.note("dataset (matches nothing) in '" + name + "'", d);
            }
        }
        return v;
    }

    static List<String> topics(Engine e, Entity x) {
        return e.datasets().isTarget(x) ? List.of(SANCTION) : List.of();
    }

    /** Entities the request may return: in the path dataset, included/not excluded, not of an excluded schema. */
    private static Predicate<Entity> filter(Context ctx, Engine e, List<String> include) {
        String ds = ctx.pathParam("dataset");
        List<String> exclude = datasetsParam(ctx, e, "exclude_dataset");
        Set<String> excludedSchemata = new HashSet<>(Requests.params(ctx, "exclude_schema"));
        Set<String> topics = new HashSet<>(Requests.params(ctx, "topics"));
        Predicate<Entity> in = e.datasets().anyOf(List.of(ds));
        Predicate<Entity> inc = include.isEmpty() ? x -> true : x -> include.stream().anyMatch(d -> e.datasets().exists(d) && e.datasets().contains(d, x));
        Predicate<Entity> exc = exclude.isEmpty() ? x -> false : x -> exclude.stream().anyMatch(d -> e.datasets().exists(d) && e.datasets().contains(d, x));
        return x -> in.test(x) && inc.test(x) && !exc.test(x) && !excludedSchemata.contains(Ftm.schemaOf(x))
                && (topics.isEmpty() || topics(e, x).stream().anyMatch(topics::contains));
    }

    /** A number parameter as FastAPI reads it: anything unparsable is 422. */
    private static double number(Context ctx, String name, double dflt) {
        String v = Requests.param(ctx, name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException ex) {
            throw new ApiError(422, "'" + name + "': '" + Requests.shorten(v) + "' is not a number");
        }
    }

    private static int integer(Context ctx, String name, int dflt, int max) {
        String v = Requests.param(ctx, name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        int i;
        try {
            i = Integer.parseInt(v.trim());
        } catch (NumberFormatException ex) {
            throw new ApiError(422, "'" + name + "': '" + Requests.shorten(v) + "' is not an integer");
        }
        if (i > max) {
            throw new ApiError(422, "'" + name + "': must be at most " + max);
        }
        return Math.max(i, 0);
    }

    /** A boolean parameter as FastAPI reads it (true/false, 1/0, yes/no, on/off, any case); anything else is 422. */
    static Boolean bool(Context ctx, String name) {
        String v = Requests.param(ctx, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "t", "y" -> Boolean.TRUE;
            case "false", "0", "no", "off", "f", "n" -> Boolean.FALSE;
            default -> throw new ApiError(422, "'" + name + "': '" + Requests.shorten(v) + "' is not a boolean");
        };
    }

    private static void checkTimestamp(String v) {
        if (v != null && !v.matches(TS_PATTERN)) {
            throw new ApiError(422, "'changed_since': '" + Requests.shorten(v) + "' does not match " + TS_PATTERN);
        }
    }

    /** yente's algorithm check: an unknown name is 400 "Invalid algorithm". */
    static void algorithm(String algorithm, Engine e) {
        if (algorithm == null) {
            return;
        }
        String a = algorithm.trim().toLowerCase(Locale.ROOT);
        if (!YENTE_ALGORITHMS.contains(a) && !a.equals(e.search().algorithm().toLowerCase(Locale.ROOT))) {
            throw ApiError.badRequest("Invalid algorithm: " + Requests.shorten(algorithm));
        }
    }

    private void match(Context ctx) {
        Engine e = api.engine();
        dataset(ctx, e);
        int limit = integer(ctx, "limit", MATCH_LIMIT, MAX_MATCHES);
        double threshold = number(ctx, "threshold", THRESHOLD);
        // yente: cutoff defaults to the threshold and is never above it; results must score strictly above it.
        double cutoff = Math.min(number(ctx, "cutoff", threshold), threshold);
        algorithm(Requests.param(ctx, "algorithm"), e);
        checkTimestamp(Requests.param(ctx, "changed_since"));
        List<String> excludedIdList = Requests.params(ctx, "exclude_entity_ids");
        if (excludedIdList.size() > MAX_EXCLUDED_IDS) {
            throw new ApiError(422, "'exclude_entity_ids': at most " + MAX_EXCLUDED_IDS + " ids");
        }
        Predicate<Entity> base = filter(ctx, e, datasetsParam(ctx, e, "include_dataset"));
        Set<String> excludedIds = Set.copyOf(excludedIdList);

        JsonNode body = Requests.json(Requests.jsonBody(ctx, api.settings().maxBodyBytes()));
        if (!body.isObject()) {
            throw new ApiError(422, "body: expected an object with 'queries', found " + JsonFields.type(body));
        }
        for (var it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("queries", "weights", "config", "params").contains(f)) {
                LOG.debug("ignored body field '{}'", Requests.shorten(f));
            }
        }
        JsonNode weights = body.get("weights");
        if (weights != null && !weights.isNull()) {
            if (!weights.isObject()) {
                throw new ApiError(422, "'weights': expected an object of numbers, found " + JsonFields.type(weights));
            }
            weights.fields().forEachRemaining(w -> {
                if (!w.getValue().isNumber()) {
                    throw new ApiError(422, "'weights." + Requests.shorten(w.getKey()) + "': expected a number");
                }
            });
        }
        JsonNode config = body.get("config");
        if (config != null && !config.isNull()) {
            if (!config.isObject()) {
                throw new ApiError(422, "'config': expected an object, found " + JsonFields.type(config));
            }
            if (config.size() > 0) {
                // yente refuses configuration its algorithm does not define; ours defines none.
                throw ApiError.badRequest("Invalid configuration parameter: " + Requests.shorten(config.fieldNames().next())
                        + " for algorithm " + e.search().algorithm() + " (it has no configuration parameters)");
            }
        }
        JsonNode queries = body.get("queries");
        if (queries == null || !queries.isObject()) {
            throw new ApiError(422, "'queries': required, an object of named queries (found " + JsonFields.type(queries) + ")");
        }
        if (queries.size() > api.settings().maxBatch()) {
            throw ApiError.badRequest("Too many queries in one batch (limit: " + api.settings().maxBatch() + ")");
        }
        Map<String, Ftm.Example> examples = new LinkedHashMap<>();
        for (var it = queries.fields(); it.hasNext(); ) {
            var q = it.next();
            if (!q.getValue().isNull()) {
                examples.put(q.getKey(), Ftm.example(q.getValue(), "queries." + q.getKey()));
            }
        }
        if (examples.isEmpty()) {
            throw ApiError.badRequest("No queries provided.");
        }
        // As yente: score a wider set of candidates than asked for, at least 20, at most 500 (or the limit).
        int candidates = Math.min(Math.max(20, Math.min(9999, limit * 10)), Math.max(MAX_MATCHES, limit));
        ObjectNode out = Requests.JSON.createObjectNode();
        ObjectNode responses = out.putObject("responses");
        for (Map.Entry<String, Ftm.Example> q : examples.entrySet()) {
            Ftm.Example ex = q.getValue();
            Set<EntityKind> kinds = ex.kinds();
            Predicate<Entity> f = x -> base.test(x) && kinds.contains(x.kind()) && !excludedIds.contains(x.id());
            List<Candidate> found = ex.names().isEmpty() && ex.ids().isEmpty() || kinds.isEmpty() ? List.of()
                    : e.search().search(new SearchQuery(ex.names(), ex.ids(), null, ex.country(), f, candidates, ex.traits()));
            ObjectNode r = responses.putObject(q.getKey());
            r.put("status", 200);
            ArrayNode results = r.putArray("results");
            int matches = 0;
            for (Candidate c : found) {
                double score = MatchApi.round(c.score());
                if (score <= cutoff) {
                    continue;
                }
                boolean match = score >= threshold;
                matches += match ? 1 : 0;
                if (results.size() >= limit) {
                    continue;
                }
                results.add(scored(e, c, score, match));
            }
            ObjectNode t = r.putObject("total");
            t.put("value", matches);
            t.put("relation", "eq");
            r.set("query", ex.echo());
            LOG.debug("/match/{} schema={} results={} threshold={} limit={} ignored_properties={}", ctx.pathParam("dataset"),
                    ex.schema(), matches, threshold, limit, ex.ignored());
        }
        out.put("limit", limit);
        ctx.header("x-batch-size", Integer.toString(examples.size()));
        ctx.contentType("application/json").result(out.toString());
    }

    /** yente's ScoredEntityResponse: the entity, its score, explanations (feature → detail, score, query, candidate) and match. */
    static ObjectNode scored(Engine e, Candidate c, double score, boolean match) {
        Entity en = e.snapshot().entity(c.entityId()).orElseThrow();
        ObjectNode j = Ftm.entity(e, en);
        j.put("score", score);
        ObjectNode expl = j.putObject("explanations");
        for (Feature feat : c.features()) {
            ObjectNode fe = expl.putObject(feat.name());
            if (feat.detail() == null) {
                fe.putNull("detail");
            } else {
                fe.put("detail", feat.detail());
            }
            fe.put("score", MatchApi.round(feat.value()));
            fe.put("query", c.query());
            fe.put("candidate", c.candidate());
        }
        if (expl.isEmpty()) {
            ObjectNode fe = expl.putObject(c.matchedOn() == io.interdict.core.match.MatchedOn.IDENTIFIER ? "identifier_match" : "name_match");
            fe.put("detail", "matched on " + c.matchedOn().wire());
            fe.put("score", score);
            fe.put("query", c.query());
            fe.put("candidate", c.candidate());
        }
        j.put("match", match);
        return j;
    }

    private void search(Context ctx) {
        Engine e = api.engine();
        int limit = integer(ctx, "limit", SEARCH_LIMIT, MAX_PAGE);
        int offset = integer(ctx, "offset", 0, MAX_OFFSET);
        dataset(ctx, e);
        String q = Requests.param(ctx, "q");
        String schema = Requests.param(ctx, "schema");
        if (schema != null && !FtmSchemata.known(schema)) {
            throw ApiError.badRequest("Invalid schema");
        }
        Set<EntityKind> kinds = FtmSchemata.kinds(schema == null ? "Thing" : schema);
        Set<EntityKind> searchKinds = kinds == null ? Set.of() : kinds;
        Boolean target = bool(ctx, "target");
        bool(ctx, "fuzzy");
        bool(ctx, "simple");
        checkTimestamp(Requests.param(ctx, "changed_since"));
        for (String flt : Requests.params(ctx, "filter")) {
            if (flt.indexOf(':') < 0) {
                throw ApiError.badRequest("Invalid filter: '" + Requests.shorten(flt) + "'");
            }
        }
        for (String facet : Requests.params(ctx, "facets")) {
            if (!Set.of("datasets", "schema", "countries", "identifiers", "topics", "genders").contains(facet)) {
                throw new ApiError(422, "'facets': '" + Requests.shorten(facet) + "' is not one of datasets, schema, countries, identifiers, topics, genders");
            }
        }
        String op = Requests.param(ctx, "filter_op");
        if (op != null && !op.equals("OR") && !op.equals("AND")) {
            throw new ApiError(422, "'filter_op': expected OR or AND");
        }
        boolean and = "AND".equals(op);
        Set<String> countries = new HashSet<>();
        for (String c : Requests.params(ctx, "countries")) {
            String cc = Countries.code(c);
            countries.add(cc == null ? c.trim().toLowerCase(Locale.ROOT) : cc);
        }
        List<String> facetDatasets = datasetsParam(ctx, e, "datasets");
        List<String> include = datasetsParam(ctx, e, "include_dataset");
        Predicate<Entity> base = filter(ctx, e, include);
        Predicate<Entity> f = x -> base.test(x) && searchKinds.contains(x.kind())
                && matches(countries, x.countries().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(), and)
                && matches(new HashSet<>(facetDatasets), e.datasets().of(x), and)
                && (target == null || e.datasets().isTarget(x) == target);
        List<Entity> hits = new ArrayList<>();
        boolean capped = false;
        if (q == null || q.isBlank()) {
            for (Entity x : e.snapshot().entities()) {
                if (f.test(x)) {
                    hits.add(x);
                }
            }
        } else if (!searchKinds.isEmpty()) {
            // Not just offset + limit: total must count every hit, up to yente's own window of 10,000.
            int want = Math.min(Math.max(offset + limit, 1000), 10_000);
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
        List<String> wanted = Requests.params(ctx, "facets").isEmpty() ? List.of("countries", "topics", "datasets") : Requests.params(ctx, "facets");
        for (String fc : wanted) {
            switch (fc) {
                case "countries" -> facet(facets, "countries", "Countries", hits, x -> x.countries().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
                case "datasets" -> facet(facets, "datasets", "Data sources", hits, x -> e.datasets().of(x));
                case "topics" -> facet(facets, "topics", "Topics", hits, x -> topics(e, x));
                case "schema" -> facet(facets, "schema", "Entity types", hits, x -> List.of(Ftm.schemaOf(x)));
                default -> facet(facets, fc, fc, List.of(), x -> List.of());
            }
        }
        ObjectNode total = out.putObject("total");
        total.put("value", hits.size());
        total.put("relation", capped ? "gte" : "eq");
        out.put("limit", limit);
        out.put("offset", offset);
        ctx.contentType("application/json").result(out.toString());
    }

    /** One filter field: OR wants any of the values, AND all of them; no values accept everything. */
    private static boolean matches(Set<String> wanted, List<String> has, boolean and) {
        if (wanted.isEmpty()) {
            return true;
        }
        return and ? has.containsAll(wanted) : has.stream().anyMatch(wanted::contains);
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
