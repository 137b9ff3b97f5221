package io.interdict.server.reconcile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.server.Api;
import io.interdict.server.Engine;
import io.interdict.server.auth.Role;
import io.interdict.server.http.ApiError;
import io.interdict.server.http.Param;
import io.interdict.server.http.Requests;
import io.interdict.server.http.Route;
import io.interdict.server.search.Candidate;
import io.interdict.server.search.SearchQuery;
import io.interdict.server.yente.FtmTypes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reconciliation services around the main endpoint, as the manifest announces them: suggest for
 * entities, properties and types (OpenRefine's autocomplete), property proposals (data extension),
 * a preview (OpenRefine's hover card) and a view page (the link on a reconciled cell). They run in the
 * user's browser, which sends no headers: the API key rides in the URL ({@code api_key}), which the
 * manifest puts there when it was itself asked for with a key. They need the {@code screen} role: the
 * view shows the published list data, not the raw source record ({@code /v1/entities}, role review).
 */
final class ReconcileServices {
    static final int SUGGEST_LIMIT = 10;

    private final Api api;

    ReconcileServices(Api api) {
        this.api = api;
    }

    List<Route> routes() {
        String base = "/reconcile/{dataset}";
        return List.of(
                new Route(HandlerType.GET, base + "/suggest/entity", Role.SCREEN, "reconciliation", "Suggest entities by name prefix (autocomplete)",
                        List.of(Param.required("prefix", "string", "what the user typed"), Param.of("type", "string", "restrict to this type"),
                                Param.of("cursor", "integer", "skip this many results"), ReconcileApi.callback(), ReconcileApi.key()),
                        null, "SuggestEntities", this::suggestEntity),
                new Route(HandlerType.GET, base + "/suggest/property", Role.SCREEN, "reconciliation", "Suggest properties by prefix",
                        List.of(Param.required("prefix", "string", "what the user typed"), Param.of("cursor", "integer", "skip this many results"),
                                ReconcileApi.callback(), ReconcileApi.key()),
                        null, "SuggestProperties", this::suggestProperty),
                new Route(HandlerType.GET, base + "/suggest/type", Role.SCREEN, "reconciliation", "Suggest types (FtM schemata) by prefix",
                        List.of(Param.required("prefix", "string", "what the user typed"), Param.of("cursor", "integer", "skip this many results"),
                                ReconcileApi.callback(), ReconcileApi.key()),
                        null, "SuggestTypes", this::suggestType),
                new Route(HandlerType.GET, base + "/properties", Role.SCREEN, "reconciliation", "Data extension: properties proposed for a type",
                        List.of(Param.of("type", "string", "the type of the reconciled column"), Param.of("limit", "integer", "most properties"),
                                ReconcileApi.callback(), ReconcileApi.key()),
                        null, "PropertyProposals", this::properties),
                new Route(HandlerType.GET, base + "/preview", Role.SCREEN, "reconciliation", "HTML preview card of one entity",
                        List.of(Param.required("id", "string", "entity id"), ReconcileApi.key()), null, "html", this::preview),
                new Route(HandlerType.GET, base + "/view/<id>", Role.SCREEN, "reconciliation", "HTML page of one entity (the manifest's view URL)",
                        List.of(ReconcileApi.key()), null, "html", this::view));
    }

    static String description(Engine e, Entity en) {
        return en.kind().wire() + " · " + String.join(", ", e.datasets().of(en));
    }

    private static int cursor(Context ctx) {
        return Requests.integer(Requests.param(ctx, "cursor"), "cursor", 0, 0, 10_000);
    }

    private void suggestEntity(Context ctx) {
        Engine e = api.engine();
        String ds = ReconcileApi.dataset(ctx, e);
        String prefix = Requests.param(ctx, "prefix");
        String type = Requests.param(ctx, "type");
        Set<EntityKind> kinds = type == null || type.isBlank() ? EnumSet.allOf(EntityKind.class) : FtmTypes.kinds(type);
        int cursor = cursor(ctx);
        ObjectNode out = Requests.JSON.createObjectNode();
        ArrayNode result = out.putArray("result");
        if (kinds != null && prefix != null && !prefix.isBlank()) {
            Predicate<Entity> inDs = e.datasets().anyOf(List.of(ds));
            String p = prefix.trim().toLowerCase(Locale.ROOT);
            List<Entity> hits = new ArrayList<>();
            // Names that start with the prefix first (autocomplete), then fuzzy matches of what is typed so far.
            for (Entity x : e.snapshot().entities()) {
                if (inDs.test(x) && kinds.contains(x.kind()) && x.names().stream().anyMatch(n -> n.value().toLowerCase(Locale.ROOT).startsWith(p))) {
                    hits.add(x);
                    if (hits.size() >= cursor + SUGGEST_LIMIT) {
                        break;
                    }
                }
            }
            if (hits.size() < cursor + SUGGEST_LIMIT) {
                for (Candidate c : e.search().search(SearchQuery.name(prefix.trim(), x -> inDs.test(x) && kinds.contains(x.kind()), cursor + SUGGEST_LIMIT))) {
                    e.snapshot().entity(c.entityId()).filter(x -> !hits.contains(x)).ifPresent(hits::add);
                }
            }
            for (int i = cursor; i < Math.min(hits.size(), cursor + SUGGEST_LIMIT); i++) {
                Entity en = hits.get(i);
                ObjectNode o = result.addObject();
                o.put("id", en.id());
                o.put("name", en.caption());
                o.put("description", description(e, en));
                ObjectNode t = o.putArray("notable").addObject();
                t.put("id", FtmTypes.schemaOf(en));
                t.put("name", FtmTypes.LABELS.get(FtmTypes.schemaOf(en)));
            }
        }
        Jsonp.answer(ctx, out);
    }

    private void suggestProperty(Context ctx) {
        ReconcileApi.dataset(ctx, api.engine());
        suggest(ctx, ReconcileProperties.LABELS);
    }

    private void suggestType(Context ctx) {
        ReconcileApi.dataset(ctx, api.engine());
        suggest(ctx, FtmTypes.LABELS);
    }

    /** Entries whose id or label contains the prefix, those starting with it first. */
    private static void suggest(Context ctx, Map<String, String> labels) {
        String p = Requests.param(ctx, "prefix");
        String prefix = p == null ? "" : p.trim().toLowerCase(Locale.ROOT);
        int cursor = cursor(ctx);
        List<Map.Entry<String, String>> starts = new ArrayList<>();
        List<Map.Entry<String, String>> contains = new ArrayList<>();
        for (Map.Entry<String, String> en : labels.entrySet()) {
            String id = en.getKey().toLowerCase(Locale.ROOT);
            String label = en.getValue().toLowerCase(Locale.ROOT);
            if (id.startsWith(prefix) || label.startsWith(prefix)) {
                starts.add(en);
            } else if (id.contains(prefix) || label.contains(prefix)) {
                contains.add(en);
            }
        }
        starts.addAll(contains);
        ObjectNode out = Requests.JSON.createObjectNode();
        ArrayNode result = out.putArray("result");
        for (int i = cursor; i < Math.min(starts.size(), cursor + SUGGEST_LIMIT); i++) {
            ObjectNode o = result.addObject();
            o.put("id", starts.get(i).getKey());
            o.put("name", starts.get(i).getValue());
        }
        Jsonp.answer(ctx, out);
    }

    private void properties(Context ctx) {
        ReconcileApi.dataset(ctx, api.engine());
        String type = Requests.param(ctx, "type");
        int limit = Requests.integer(Requests.param(ctx, "limit"), "limit", ReconcileProperties.LABELS.size(), 0, 1000);
        ObjectNode out = Requests.JSON.createObjectNode();
        out.put("type", type == null ? "Thing" : type);
        ArrayNode props = out.putArray("properties");
        for (Map.Entry<String, String> en : ReconcileProperties.LABELS.entrySet()) {
            if (props.size() >= limit) {
                break;
            }
            ObjectNode o = props.addObject();
            o.put("id", en.getKey());
            o.put("name", en.getValue());
        }
        out.put("limit", limit);
        Jsonp.answer(ctx, out);
    }

    private Entity entity(Context ctx, String id) {
        return api.engine().snapshot().entity(id).orElseThrow(() -> ApiError.notFound("no entity '" + Requests.shorten(id) + "'"));
    }

    private void preview(Context ctx) {
        Engine e = api.engine();
        ReconcileApi.dataset(ctx, e);
        Entity en = entity(ctx, Requests.param(ctx, "id"));
        ctx.contentType("text/html; charset=utf-8").result("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + Html.escape(en.caption()) + "</title></head><body style=\"margin:0;font:13px sans-serif\">" + card(e, en) + "</body></html>");
    }

    private void view(Context ctx) {
        Engine e = api.engine();
        ReconcileApi.dataset(ctx, e);
        Entity en = entity(ctx, ctx.pathParam("id"));
        ctx.contentType("text/html; charset=utf-8").result("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + Html.escape(en.caption()) + " · Interdict</title></head><body style=\"font:15px sans-serif;max-width:50em;margin:2em auto\">"
                + "<h1>" + Html.escape(en.caption()) + "</h1>" + card(e, en) + "</body></html>");
    }

    /** The entity's published list data as a definition list, every value escaped. */
    private static String card(Engine e, Entity en) {
        StringBuilder sb = new StringBuilder("<dl>");
        row(sb, "Id", List.of(en.id()));
        row(sb, "Type", List.of(FtmTypes.LABELS.get(FtmTypes.schemaOf(en))));
        for (Map.Entry<String, String> p : ReconcileProperties.LABELS.entrySet()) {
            List<String> vs = ReconcileProperties.values(e, en, p.getKey()).stream()
                    .map(v -> v.str() != null ? v.str() : v.name()).toList();
            if (!p.getKey().equals("name")) {
                row(sb, p.getValue(), vs);
            }
        }
        return sb.append("</dl>").toString();
    }

    private static void row(StringBuilder sb, String label, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sb.append("<dt><b>").append(Html.escape(label)).append("</b></dt><dd>");
        sb.append(String.join("; ", values.stream().map(Html::escape).toList())).append("</dd>");
    }
}
