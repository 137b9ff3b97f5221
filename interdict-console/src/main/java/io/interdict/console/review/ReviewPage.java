package io.interdict.console.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.console.ConsoleContext;
import io.interdict.console.screen.DecisionView;
import io.interdict.console.web.Frame;
import io.interdict.console.web.Routes;
import io.interdict.console.web.Routes.BadInput;
import io.interdict.console.web.Routes.NotFound;
import io.interdict.core.tx.Transaction;
import io.interdict.server.auth.Role;
import io.interdict.store.audit.AuditRecord;
import io.interdict.store.audit.TransactionJson;
import io.interdict.store.review.Alert;
import io.interdict.store.review.AlertQueue;
import io.interdict.store.review.ReviewService;
import io.interdict.store.suppress.Suppression;
import io.interdict.store.suppress.SuppressionService;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The review pages: the alert queue (filtered, keyset-paginated), one alert with its decision,
 * transaction, audit history and actions, replay, and suppressions. Every action is taken as the
 * signed-in identity; four-eyes is enforced by the store ({@link ReviewService#approve} refuses the
 * proposer), the page only explains it.
 */
public final class ReviewPage {
    public static final int PAGE_SIZE = 50;
    /** An age filter: its value in the URL, its label, and the alert's age bounds in days (null = open). */
    public record Choice(String value, String label, Integer minDays, Integer maxDays) {
    }

    static final List<Choice> AGE_CHOICES = List.of(new Choice("today", "opened in the last day", null, 1),
            new Choice("week", "opened in the last 7 days", null, 7), new Choice("older-7", "older than 7 days", 7, null),
            new Choice("older-30", "older than 30 days", 30, null));

    public record Filters(String state, String outcome, String measure, String assignee, String age) {
        public String query() {
            StringBuilder sb = new StringBuilder();
            add(sb, "state", state);
            add(sb, "outcome", outcome);
            add(sb, "measure", measure);
            add(sb, "assignee", assignee);
            add(sb, "age", age);
            return sb.toString();
        }

        private static void add(StringBuilder sb, String k, String v) {
            if (v != null && !v.isEmpty()) {
                sb.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
    }

    public record Queue(Filters filters, List<AlertQueue.Row> rows, Long next, boolean first, List<String> measures,
                        List<String> assignees, List<String> states, List<Choice> ages) {
    }

    public record Detail(Alert alert, List<Alert.Event> events, AuditRecord record, String input, DecisionView decision,
                         boolean proposer, List<Suppression> suppressions, Replay.Result replay, String defaultExpiry) {
        public boolean open() {
            return alert.state() == Alert.State.OPEN || alert.state() == Alert.State.ESCALATED;
        }

        public boolean pending() {
            return alert.state() == Alert.State.PENDING_APPROVAL;
        }

        public boolean closedFalsePositive() {
            return alert.state() == Alert.State.CLOSED && alert.resolution() == Alert.Resolution.FALSE_POSITIVE;
        }
    }

    public record SuppressionList(List<Suppression> all, String today) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConsoleContext cx;
    private final Routes routes;

    public ReviewPage(ConsoleContext cx, Routes routes) {
        this.cx = cx;
        this.routes = routes;
    }

    public void mount() {
        routes.get("/alerts", Role.REVIEW, "alerts", "Alerts", this::queue);
        routes.get("/alerts/{id}", Role.REVIEW, "alerts", "Alert", (ctx, f) -> detail(ctx, f, false));
        routes.get("/alerts/{id}/replay", Role.REVIEW, "alerts", "Alert replay", (ctx, f) -> detail(ctx, f, true));
        routes.post("/alerts/{id}/assign", Role.REVIEW, "alerts", "Alert", (ctx, f) -> {
            review().assign(id(ctx), f.who().person(), required(ctx, "assignee"));
            done(ctx, "assigned");
        });
        routes.post("/alerts/{id}/comment", Role.REVIEW, "alerts", "Alert", (ctx, f) -> {
            review().comment(id(ctx), f.who().person(), required(ctx, "comment"));
            done(ctx, "commented");
        });
        routes.post("/alerts/{id}/propose", Role.REVIEW, "alerts", "Alert", (ctx, f) -> {
            Alert.Resolution r;
            try {
                r = Alert.Resolution.of(required(ctx, "resolution"));
            } catch (IllegalArgumentException e) {
                throw new BadInput("field 'resolution': " + e.getMessage());
            }
            review().propose(id(ctx), f.who().person(), r, required(ctx, "reason"));
            done(ctx, r == Alert.Resolution.ESCALATE ? "escalated" : "proposed");
        });
        routes.post("/alerts/{id}/approve", Role.REVIEW, "alerts", "Alert", (ctx, f) -> {
            review().approve(id(ctx), f.who().person(), ctx.formParam("comment"));
            done(ctx, "approved");
        });
        routes.post("/alerts/{id}/reject", Role.REVIEW, "alerts", "Alert", (ctx, f) -> {
            review().reject(id(ctx), f.who().person(), required(ctx, "reason"));
            done(ctx, "rejected");
        });
        routes.post("/alerts/{id}/suppress", Role.REVIEW, "alerts", "Alert", (ctx, f) -> {
            String entity = ctx.formParam("entity");
            suppressions().fromAlert(id(ctx), entity == null || entity.isBlank() ? null : entity,
                    new SuppressionService.Request(required(ctx, "reason"), required(ctx, "owner"), date(ctx, "expires"), f.who().actor()));
            done(ctx, "suppressed");
        });
        routes.get("/suppressions", Role.REVIEW, "suppressions", "Suppressions", (ctx, f) ->
                routes.render(ctx, "suppressions.jte", f, new SuppressionList(suppressions().list(false), cx.today().toString())));
        routes.post("/suppressions/{id}/revoke", Role.REVIEW, "suppressions", "Suppressions", (ctx, f) -> {
            suppressions().revoke(id(ctx), f.who().actor());
            ctx.redirect("/suppressions?done=revoked");
        });
    }

    private ReviewService review() {
        return cx.store().review();
    }

    private SuppressionService suppressions() {
        return cx.store().suppressions();
    }

    private static void done(Context ctx, String what) {
        ctx.redirect("/alerts/" + ctx.pathParam("id") + "?done=" + what);
    }

    private void queue(Context ctx, Frame frame) {
        Filters f = new Filters(choice(ctx, "state"), choice(ctx, "outcome"), choice(ctx, "measure"), choice(ctx, "assignee"),
                choice(ctx, "age"));
        Alert.State state = null;
        if (f.state() != null) {
            try {
                state = Alert.State.valueOf(f.state().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInput("filter 'state': '" + f.state() + "' is not one of " + states());
            }
        }
        String outcome = f.outcome() == null ? null : f.outcome().toUpperCase(Locale.ROOT);
        if (outcome != null && !outcome.equals("REVIEW") && !outcome.equals("BLOCK")) {
            throw new BadInput("filter 'outcome': '" + f.outcome() + "' is not one of REVIEW, BLOCK");
        }
        Choice age = new Choice("", "any", null, null);
        if (f.age() != null) {
            age = AGE_CHOICES.stream().filter(c -> c.value().equals(f.age())).findFirst().orElseThrow(() -> new BadInput(
                    "filter 'age': '" + f.age() + "' is not one of " + AGE_CHOICES.stream().map(Choice::value).toList()));
        }
        Long before = null;
        String b = ctx.queryParam("before");
        if (b != null && !b.isBlank()) {
            try {
                before = Long.parseLong(b.trim());
            } catch (NumberFormatException e) {
                throw new BadInput("'before' must be an alert number");
            }
        }
        AlertQueue q = new AlertQueue(cx.store().database(), cx.clock());
        AlertQueue.Page page = q.page(new AlertQueue.Query(state, outcome, f.measure(), f.assignee(), age.minDays(), age.maxDays(), before, PAGE_SIZE));
        routes.render(ctx, "alerts.jte", frame, new Queue(f, page.rows(), page.next(), before == null, measureIds(), q.assignees(),
                states(), AGE_CHOICES));
    }

    /** The filter's choices: every measure of the active snapshot (a DISTINCT over 100,000 alerts' measures costs more than the page). */
    private List<String> measureIds() {
        return cx.engine().snapshot().measures().stream().map(io.interdict.core.measure.Measure::id).sorted().toList();
    }

    private static List<String> states() {
        return java.util.Arrays.stream(Alert.State.values()).map(Enum::name).toList();
    }

    private void detail(Context ctx, Frame frame, boolean replay) throws Exception {
        long id = id(ctx);
        Alert.Detail d = review().show(id).orElseThrow(() -> new NotFound("no alert " + id));
        AuditRecord r = cx.store().audit().bySeq(d.alert().decisionSeq()).orElseThrow(() -> new NotFound("decision missing"));
        Transaction tx = r.input().equals("{}") ? null : TransactionJson.read(r.input());
        String input = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(r.input()));
        DecisionView view = DecisionView.of(JSON.readTree(r.decision()), tx, cx.engine().snapshot());
        boolean proposer = frame.who().actor().equals(d.alert().resolvedBy());
        List<Suppression> sup = suppressions().list(false).stream().filter(s -> s.alertId() != null && s.alertId() == id).toList();
        routes.render(ctx, "alert.jte", frame, new Detail(d.alert(), d.events(), r, input, view, proposer, sup,
                replay ? Replay.of(r, cx) : null, cx.today().plusDays(90).toString()));
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFound("no such number: " + ctx.pathParam("id"));
        }
    }

    private static String choice(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String required(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            throw new BadInput("field '" + field + "' is required");
        }
        return v.trim();
    }

    private static LocalDate date(Context ctx, String field) {
        String v = required(ctx, field);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadInput("field '" + field + "': '" + v + "' is not a date (YYYY-MM-DD)");
        }
    }
}
