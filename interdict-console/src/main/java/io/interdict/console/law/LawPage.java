package io.interdict.console.law;

import io.interdict.console.ConsoleContext;
import io.interdict.console.screen.DecisionView;
import io.interdict.console.web.Frame;
import io.interdict.console.web.Routes;
import io.interdict.console.web.Routes.BadInput;
import io.interdict.console.web.Routes.NotFound;
import io.interdict.core.measure.Citation;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.Measure;
import io.interdict.core.screen.MeasureStatus;
import io.interdict.server.auth.Role;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The law over time: every measure with its status today; one measure's timeline (status bands per
 * clause from signing to today, every event linked to its source), its status on a chosen date (a
 * slider and a date field; htmx swaps the answer in, and the same URL renders the whole page without
 * JavaScript), and the difference between what was known on two dates.
 */
public final class LawPage {
    /** Width of the drawing area in SVG user units (the SVG scales with the page). */
    public static final int WIDTH = 900;
    public static final int LABEL_W = 150;
    public static final int ROW_H = 30;

    public record Summary(String id, String title, String authority, String status, String next) {
    }

    public record Index(List<Summary> measures, String today) {
    }

    public record Src(String text, String url) {
    }

    public record EventView(String id, String type, String issued, String effective, String covers, String clauses, String text,
                            List<Src> sources, boolean unconfirmed, boolean derived, boolean changesStatus, int x, String link) {
    }

    /** A drawn band: x and width in SVG units. */
    public record Drawn(int x, int w, Bands.Band band) {
    }

    public record DrawnRow(String clause, int y, List<Drawn> bands) {
    }

    /** The status of every clause on {@code date}, as known on {@code knownAt}. */
    public record StatusOn(String date, String knownAt, List<MeasureStatus.Clause> clauses, String summary, String next, int day) {
    }

    public record Chart(String knownAt, List<DrawnRow> rows, int height, List<Bands.Row> bands) {
    }

    public record Diff(String a, String b, Chart chartA, Chart chartB, List<EventView> learned, List<Bands.Difference> differences) {
    }

    public record Detail(String id, String title, String fullTitle, String authority, List<Src> citations, List<String> notes,
                         String start, String end, int totalDays, Chart chart, List<EventView> events, StatusOn status,
                         Diff diff, List<Tick> ticks) {
    }

    public record Tick(int x, String label) {
    }

    private final ConsoleContext cx;
    private final Routes routes;

    public LawPage(ConsoleContext cx, Routes routes) {
        this.cx = cx;
        this.routes = routes;
    }

    public void mount() {
        routes.get("/law", Role.SCREEN, "law", "The law over time", this::index);
        routes.get("/law/{id}", Role.SCREEN, "law", "Measure timeline", this::detail);
        routes.get("/law/{id}/status", Role.SCREEN, "law", "Status on a date", this::status);
    }

    private void index(Context ctx, Frame frame) {
        LocalDate today = cx.today();
        List<Summary> out = new ArrayList<>();
        for (Measure m : cx.engine().snapshot().measures()) {
            MeasureStatus s = MeasureStatus.of(m, today, null);
            out.add(new Summary(m.id(), m.shortTitle(), m.authority(), s.summary(),
                    s.next() == null ? "" : s.next().date() + " " + s.next().what()));
        }
        out.sort(Comparator.comparing(Summary::title, String.CASE_INSENSITIVE_ORDER));
        routes.render(ctx, "lawindex.jte", frame, new Index(out, today.toString()));
    }

    private Measure measure(Context ctx) {
        String id = ctx.pathParam("id");
        return cx.engine().snapshot().measure(id).orElseThrow(() -> new NotFound("no measure " + id));
    }

    private record Span(LocalDate start, LocalDate end) {
        int x(LocalDate d) {
            long total = Math.max(1, Bands.days(start, end.plusDays(1)));
            long off = Math.max(0, Math.min(total, Bands.days(start, d)));
            return LABEL_W + (int) (off * (WIDTH - LABEL_W) / total);
        }
    }

    private Span span(Measure m) {
        LocalDate today = cx.today();
        LocalDate start = Bands.start(m, null);
        if (start == null) {
            start = today.minusYears(1);
        }
        LocalDate end = today;
        for (Event e : m.events()) {
            // Dated events after today (a deadline, a scheduled effective date) stay in view.
            for (LocalDate d : new LocalDate[] {e.effective(), e.coversTo()}) {
                if (d != null && d.isAfter(end)) {
                    end = d.plusDays(30);
                }
            }
        }
        return new Span(start, end);
    }

    private void detail(Context ctx, Frame frame) {
        Measure m = measure(ctx);
        Span sp = span(m);
        LocalDate date = dateParam(ctx, "date", cx.today());
        LocalDate knownAt = dateParam(ctx, "known_at", null);
        Diff diff = null;
        LocalDate a = dateParam(ctx, "known_a", null);
        LocalDate b = dateParam(ctx, "known_b", null);
        if (a != null && b != null) {
            if (b.isBefore(a)) {
                LocalDate t = a;
                a = b;
                b = t;
            }
            LocalDate from = a;
            LocalDate to = b;
            List<EventView> learned = events(m, sp).stream()
                    .filter(e -> LocalDate.parse(e.issued()).isAfter(from) && !LocalDate.parse(e.issued()).isAfter(to)).toList();
            Chart ca = chart(m, sp, a);
            Chart cb = chart(m, sp, b);
            diff = new Diff(a.toString(), b.toString(), ca, cb, learned, Bands.differences(ca.bands(), cb.bands()));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int y = sp.start().getYear() + 1; y <= sp.end().getYear(); y++) {
            ticks.add(new Tick(sp.x(LocalDate.of(y, 1, 1)), Integer.toString(y)));
        }
        List<Src> cites = new ArrayList<>();
        for (Citation c : m.citations()) {
            cites.add(new Src(c.text() == null ? c.url() : c.text(), DecisionView.safeUrl(c.url())));
        }
        routes.render(ctx, "law.jte", frame, new Detail(m.id(), m.shortTitle(), m.title(), m.authority(), cites, m.notes(),
                sp.start().toString(), sp.end().toString(), (int) Bands.days(sp.start(), sp.end()), chart(m, sp, knownAt),
                events(m, sp), statusOn(m, sp, date, knownAt), diff, ticks));
    }

    /** The htmx fragment for the slider: {@code day} is days after the timeline's start, or {@code date} a date. */
    private void status(Context ctx, Frame frame) {
        Measure m = measure(ctx);
        Span sp = span(m);
        LocalDate date;
        String day = ctx.queryParam("day");
        if (day != null && !day.isBlank()) {
            try {
                date = sp.start().plusDays(Math.max(0, Math.min(Integer.parseInt(day.trim()), Bands.days(sp.start(), sp.end()))));
            } catch (NumberFormatException e) {
                throw new BadInput("'day' must be a whole number of days");
            }
        } else {
            date = dateParam(ctx, "date", cx.today());
        }
        routes.render(ctx, "lawstatus.jte", frame, statusOn(m, sp, date, dateParam(ctx, "known_at", null)));
    }

    private StatusOn statusOn(Measure m, Span sp, LocalDate date, LocalDate knownAt) {
        MeasureStatus s = MeasureStatus.of(m, date, knownAt);
        return new StatusOn(date.toString(), knownAt == null ? "" : knownAt.toString(), s.clauses(), s.summary(),
                s.next() == null ? "" : s.next().date() + ": " + s.next().what(),
                (int) Math.max(0, Math.min(Bands.days(sp.start(), date), Bands.days(sp.start(), sp.end()))));
    }

    private Chart chart(Measure m, Span sp, LocalDate knownAt) {
        List<DrawnRow> rows = new ArrayList<>();
        int y = 28;
        List<Bands.Row> bands = Bands.rows(m, sp.start(), sp.end(), knownAt);
        for (Bands.Row r : bands) {
            List<Drawn> ds = new ArrayList<>();
            for (Bands.Band b : r.bands()) {
                int x1 = sp.x(b.from());
                int x2 = sp.x(b.to());
                ds.add(new Drawn(x1, Math.max(1, x2 - x1), b));
            }
            rows.add(new DrawnRow(r.clause(), y, ds));
            y += ROW_H;
        }
        return new Chart(knownAt == null ? "" : knownAt.toString(), rows, y + 40, bands);
    }

    private List<EventView> events(Measure m, Span sp) {
        List<EventView> out = new ArrayList<>();
        List<Event> sorted = new ArrayList<>(m.events());
        sorted.sort(Comparator.comparing(Event::effective).thenComparing(Event::issued));
        for (Event e : sorted) {
            List<Src> src = new ArrayList<>();
            for (Citation c : e.sources()) {
                src.add(new Src(c.text() == null ? c.url() : c.text(), DecisionView.safeUrl(c.url())));
            }
            String covers = e.coversFrom() == null ? "" : e.coversFrom() + " – " + (e.coversTo() == null ? "open" : e.coversTo().toString());
            String link = src.stream().map(Src::url).filter(u -> u != null).findFirst().orElse("#ev-" + e.id());
            out.add(new EventView(e.id(), e.type().wire(), e.issued().toString(), e.effective().toString(), covers,
                    String.join(", ", e.clauses()), e.text() == null ? "" : e.text(), src, e.unconfirmed(), e.derived(),
                    e.type().changesStatus(), sp.x(e.effective()), link));
        }
        return out;
    }

    private static LocalDate dateParam(Context ctx, String name, LocalDate dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new BadInput("'" + name + "': '" + v + "' is not a date (YYYY-MM-DD)");
        }
    }
}
