package io.interdict.console.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.console.ConsoleContext;
import io.interdict.console.web.Frame;
import io.interdict.console.web.Routes;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.ParsedLine;
import io.interdict.core.tx.Transaction;
import io.interdict.core.tx.TransactionParser;
import io.interdict.server.auth.Role;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Screen one transaction from a form: the transaction is built as the JSON the API takes and read by
 * the same {@link TransactionParser}, so the same fields are checked with the same messages; the
 * decision honours active suppressions, is recorded in the audit trail (channel {@code console}, the
 * signed-in actor as caller) and opens an alert when it is REVIEW or BLOCK.
 */
public final class ScreenPage {
    public static final int PARTY_ROWS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    public record PartyForm(String role, String name, String country, String ids) {
    }

    public record Form(String id, String date, String knownAt, String jurisdiction, String kind, List<PartyForm> parties,
                       String network, String domain) {
    }

    public record Result(DecisionView decision, long decisionSeq, Long alertId) {
    }

    public record Model(Form form, List<String> kinds, Result result) {
    }

    private final ConsoleContext cx;
    private final Routes routes;

    public ScreenPage(ConsoleContext cx, Routes routes) {
        this.cx = cx;
        this.routes = routes;
    }

    public void mount() {
        routes.get("/screen", Role.SCREEN, "screen", "Screen a transaction", this::show);
        routes.post("/screen", Role.SCREEN, "screen", "Screen a transaction", this::screen);
    }

    private static List<String> kinds() {
        return Arrays.stream(TxKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
    }

    private void show(Context ctx, Frame frame) {
        List<PartyForm> parties = new ArrayList<>();
        for (int i = 0; i < PARTY_ROWS; i++) {
            parties.add(new PartyForm(i == 0 ? "counterparty" : "", "", "", ""));
        }
        Form f = new Form("", cx.today().toString(), "", "US", "payment", parties, "", "");
        routes.render(ctx, "screen.jte", frame, new Model(f, kinds(), null));
    }

    private void screen(Context ctx, Frame frame) {
        Form f = form(ctx);
        ParsedLine parsed = new TransactionParser().parseNode(json(f), 1);
        if (parsed.isError()) {
            ctx.status(400);
            routes.render(ctx, "screen.jte", frame.withError(parsed.error().replaceFirst("^line 1: ", "")), new Model(f, kinds(), null));
            return;
        }
        Transaction tx = parsed.transaction();
        cx.registerSnapshot();
        Screener base = cx.engine().screener();
        Decision d = cx.store().suppressing(base).screen(tx);
        long seq = cx.store().record(tx, d, frame.who().actor(), "console", cx.engineVersion(), base.matcher().algorithm());
        Long alert = new io.interdict.store.review.AlertQueue(cx.store().database(), cx.clock()).byDecision(seq).orElse(null);
        routes.render(ctx, "screen.jte", frame, new Model(f, kinds(),
                new Result(DecisionView.of(d, tx, cx.engine().snapshot()), seq, alert)));
    }

    private static Form form(Context ctx) {
        List<String> roles = ctx.formParams("party_role");
        List<String> names = ctx.formParams("party_name");
        List<String> countries = ctx.formParams("party_country");
        List<String> ids = ctx.formParams("party_ids");
        List<PartyForm> parties = new ArrayList<>();
        for (int i = 0; i < PARTY_ROWS; i++) {
            parties.add(new PartyForm(at(roles, i), at(names, i), at(countries, i), at(ids, i)));
        }
        return new Form(v(ctx.formParam("id")), v(ctx.formParam("date")), v(ctx.formParam("known_at")), v(ctx.formParam("jurisdiction")),
                v(ctx.formParam("kind")), parties, v(ctx.formParam("network")), v(ctx.formParam("domain")));
    }

    /** The transaction in the API's JSON shape; blank fields are left out so the parser names what is missing. */
    static ObjectNode json(Form f) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", f.id().isBlank() ? "console-" + java.util.UUID.randomUUID() : f.id());
        put(o, "date", f.date());
        put(o, "known_at", f.knownAt());
        put(o, "kind", f.kind());
        put(o, "jurisdiction", f.jurisdiction());
        ArrayNode ps = o.putArray("parties");
        for (PartyForm p : f.parties()) {
            if (p.name().isBlank() && p.ids().isBlank()) {
                continue;
            }
            ObjectNode n = ps.addObject();
            put(n, "role", p.role());
            put(n, "name", p.name());
            put(n, "country", p.country());
            if (!p.ids().isBlank()) {
                ArrayNode arr = n.putArray("ids");
                for (String id : p.ids().split("[\\s,;]+")) {
                    if (!id.isBlank()) {
                        arr.add(id);
                    }
                }
            }
        }
        if (!f.network().isBlank() || !f.domain().isBlank()) {
            ObjectNode e = o.putObject("equipment");
            put(e, "network", f.network());
            put(e, "domain", f.domain());
        }
        return o;
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value.trim());
        }
    }

    private static String at(List<String> l, int i) {
        return i < l.size() ? v(l.get(i)) : "";
    }

    private static String v(String s) {
        return s == null ? "" : s;
    }
}
