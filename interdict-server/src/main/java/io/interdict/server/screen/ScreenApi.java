package io.interdict.server.screen;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.core.entity.Identifier;
import io.interdict.core.json.DecisionJson;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.Equipment;
import io.interdict.core.tx.ParsedLine;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import io.interdict.core.tx.TransactionInput;
import io.interdict.core.tx.TransactionParser;
import io.interdict.server.Api;
import io.interdict.server.auth.Role;
import io.interdict.server.http.ApiError;
import io.interdict.server.http.Deadline;
import io.interdict.server.http.Param;
import io.interdict.server.http.Requests;
import io.interdict.server.http.Route;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code POST /v1/screen} and {@code GET /v1/check}: the DESIGN.md transaction and decision shapes over HTTP. */
public final class ScreenApi implements Api.Endpoints {
    private static final String NDJSON = "application/x-ndjson";
    private final Api api;
    private final TransactionParser parser = new TransactionParser();

    public ScreenApi(Api api) {
        this.api = api;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(HandlerType.POST, "/v1/screen", Role.SCREEN, "screening",
                        "Screen one transaction (a JSON object) or a batch (a JSON array, or JSON Lines / CSV with "
                                + "Content-Type application/x-ndjson / text/csv)", List.of(),
                        "A transaction in the DESIGN.md shape, an array of them, or JSON Lines/CSV",
                        "One decision for an object; an array of decisions (input order) for an array; JSON Lines for JSONL/CSV",
                        this::screen),
                new Route(HandlerType.GET, "/v1/check", Role.SCREEN, "screening", "Screen a one-party transaction given in the query",
                        List.of(Param.of("name", "string", "the counterparty's name (or give id)"),
                                Param.of("kind", "string", "transaction kind (default payment)"),
                                Param.of("date", "string", "transaction date YYYY-MM-DD (default today, UTC)"),
                                Param.of("known_at", "string", "judge with only the events issued by this date"),
                                Param.of("jurisdiction", "string", "ISO 3166 alpha-2, or ISO 3166-2 such as US-MT (default US)"),
                                Param.many("id", "string", "identifier scheme:value, repeatable"),
                                Param.of("country", "string", "the party's country"),
                                Param.of("network", "string", "equipment network for equipment_* kinds"),
                                Param.of("domain", "string", "equipment domain for equipment_* kinds"),
                                Param.of("device_owner", "string", "who owns the device: government or private")),
                        null, "A decision", this::check));
    }

    private void screen(Context ctx) {
        String body = Requests.body(ctx, api.settings().maxBodyBytes());
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        Screener screener = api.engine().screener();
        if (type.startsWith(NDJSON) || type.startsWith("application/jsonl") || type.startsWith("text/csv")) {
            lines(ctx, body, type.startsWith("text/csv") ? TransactionInput.Format.CSV : TransactionInput.Format.JSONL, screener);
            return;
        }
        Requests.requireJson(ctx);
        JsonNode node = Requests.json(body);
        if (node.isObject()) {
            ParsedLine p = parser.parseNode(node, 1);
            if (p.isError()) {
                throw ApiError.badRequest(stripLine(p.error()));
            }
            Decision d = screener.screen(p.transaction(), Deadline.of(ctx));
            if (d.error() != null) {
                throw ApiError.badRequest(d.error());    // a name over the limits: a bad request like any other
            }
            api.metrics().decision(d);
            ctx.contentType("application/json").result(DecisionJson.toJson(d));
        } else if (node.isArray()) {
            if (node.size() > api.settings().maxBatch()) {
                throw ApiError.tooLarge("batch of " + node.size() + " transactions exceeds the limit of " + api.settings().maxBatch());
            }
            StringWriter out = new StringWriter(256 * node.size() + 2);
            out.write('[');
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                Decision d;
                if (!item.isObject()) {
                    d = Decision.error(null, screener.snapshot().hash(), "transactions[" + i + "]: expected a JSON object");
                } else {
                    ParsedLine p = parser.parseNode(item, i + 1);
                    d = p.isError()
                            ? Decision.error(p.id(), screener.snapshot().hash(), "transactions[" + i + "]: " + stripLine(p.error()))
                            : screener.screen(p.transaction(), Deadline.of(ctx));
                }
                api.metrics().decision(d);
                if (i > 0) {
                    out.write(',');
                }
                DecisionJson.write(d, out, null);
            }
            out.write(']');
            ctx.contentType("application/json").result(out.toString());
        } else {
            throw ApiError.badRequest("expected a transaction object or an array of transactions, found " + kind(node));
        }
    }

    /** JSON Lines or CSV in, JSON Lines out: the batch file contract of the CLI, over HTTP. */
    private void lines(Context ctx, String body, TransactionInput.Format format, Screener screener) {
        TransactionInput in = new TransactionInput(new StringReader(body), format, (int) Math.min(Integer.MAX_VALUE, api.settings().maxBodyBytes()));
        StringWriter out = new StringWriter();
        int n = 0;
        List<Decision> decisions = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        while (in.hasNext()) {
            ParsedLine p = in.next();
            if (++n > api.settings().maxBatch()) {
                throw ApiError.tooLarge("batch exceeds the limit of " + api.settings().maxBatch() + " transactions");
            }
            decisions.add(p.isError() ? Decision.error(p.id(), screener.snapshot().hash(), p.error())
                    : screener.screen(p.transaction(), Deadline.of(ctx)));
            lines.add(p.line());
        }
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            api.metrics().decision(d);
            DecisionJson.write(d, out, d.error() != null ? lines.get(i) : null);
            out.write('\n');
        }
        ctx.contentType(NDJSON).result(out.toString());
    }

    private void check(Context ctx) {
        String name = Requests.param(ctx, "name");
        List<String> ids = Requests.params(ctx, "id");
        if ((name == null || name.isBlank()) && ids.isEmpty()) {
            throw ApiError.badRequest("give 'name' or at least one 'id'");
        }
        Transaction tx;
        try {
            List<Identifier> parsed = new ArrayList<>();
            for (String id : ids) {
                parsed.add(Identifier.parse(id));
            }
            String kindText = Requests.param(ctx, "kind");
            TxKind kind = TxKind.of(kindText == null ? "payment" : kindText);
            String network = Requests.param(ctx, "network");
            String domain = Requests.param(ctx, "domain");
            if ((network != null || domain != null) && !kind.isEquipment()) {
                throw new IllegalArgumentException("'network'/'domain' apply only to equipment_* kinds");
            }
            LocalDate date = Requests.date(Requests.param(ctx, "date"), "date");
            String j = Requests.param(ctx, "jurisdiction");
            String country = Requests.param(ctx, "country");
            if (country != null && !java.util.Set.of(Locale.getISOCountries()).contains(country.trim().toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("'country': '" + Requests.shorten(country) + "' is not an ISO 3166 alpha-2 code");
            }
            tx = new Transaction("check-1", date == null ? LocalDate.now(api.clock()) : date,
                    Requests.date(Requests.param(ctx, "known_at"), "known_at"), kind,
                    TransactionParser.jurisdiction(j == null ? "US" : j),
                    List.of(new Party("counterparty", name, country == null ? null : country.trim().toUpperCase(Locale.ROOT), parsed)),
                    network == null && domain == null ? null : equipment(network, domain), null, null, null,
                    deviceOwner(Requests.param(ctx, "device_owner")));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        Decision d = api.engine().screener().screen(tx, Deadline.of(ctx));
        if (d.error() != null) {
            throw ApiError.badRequest(d.error().replace("parties[0].name", "name"));
        }
        api.metrics().decision(d);
        ctx.contentType("application/json").result(DecisionJson.toJson(d));
    }

    private static String deviceOwner(String s) {
        if (s != null && !io.interdict.core.measure.Conditions.DEVICE_OWNERS.contains(s)) {
            throw new IllegalArgumentException("'device_owner': '" + Requests.shorten(s) + "' is not one of [government, private]");
        }
        return s;
    }

    private static Equipment equipment(String network, String domain) {
        if (network != null && !io.interdict.core.measure.Conditions.NETWORKS.contains(network)) {
            throw new IllegalArgumentException("'network': '" + Requests.shorten(network) + "' is not one of "
                    + io.interdict.core.measure.Conditions.NETWORKS);
        }
        if (domain != null && !io.interdict.core.measure.Conditions.DOMAINS.contains(domain)) {
            throw new IllegalArgumentException("'domain': '" + Requests.shorten(domain) + "' is not one of "
                    + io.interdict.core.measure.Conditions.DOMAINS);
        }
        return new Equipment(network, domain);
    }

    /** The parser names a line; a single HTTP body has none. */
    private static String stripLine(String error) {
        return error.replaceFirst("^line \\d+: ", "");
    }

    static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
