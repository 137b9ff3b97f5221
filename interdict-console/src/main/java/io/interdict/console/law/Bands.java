package io.interdict.console.law;

import io.interdict.core.measure.Event;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.screen.MeasureStatus;
import io.interdict.core.screen.Timeline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A measure's status bands, one row per clause: the interval from signing to the end of the view is
 * cut at every date on which a status could change (effective dates, the start and day after the end
 * of each covered interval, deadlines), and each piece takes the status the core's {@link Timeline}
 * gives on its first day, so the picture can never disagree with what screening decides.
 */
public final class Bands {
    private Bands() {
    }

    /** One stretch of one status; {@code to} is exclusive. */
    public record Band(LocalDate from, LocalDate to, String status) {
        public String label() {
            return status.replace('_', ' ') + ": " + from + " – " + to.minusDays(1);
        }

        /** The CSS class: the status word without an obligation's deadline date. */
        public String css() {
            return "st-" + status.split(" ")[0].replace('_', '-');
        }
    }

    public record Row(String clause, List<Band> bands) {
    }

    /** The first day to draw: signing, or the earliest event if the measure has no signing. */
    public static LocalDate start(Measure m, LocalDate knownAt) {
        Optional<LocalDate> signed = Timeline.signed(m, knownAt).filter(d -> !d.equals(LocalDate.MIN));
        LocalDate earliest = m.events().stream().map(Event::effective).min(LocalDate::compareTo).orElse(null);
        if (signed.isPresent()) {
            return earliest != null && earliest.isBefore(signed.get()) ? earliest : signed.get();
        }
        return earliest;
    }

    public static List<Row> rows(Measure m, LocalDate from, LocalDate to, LocalDate knownAt) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(from);
        for (Event e : m.events()) {
            add(cuts, e.effective(), from, to);
            add(cuts, e.coversFrom(), from, to);
            if (e.coversTo() != null) {
                add(cuts, e.coversTo().plusDays(1), from, to);
            }
        }
        for (Obligation o : m.obligations()) {
            add(cuts, o.from(), from, to);
            add(cuts, o.deadline(), from, to);
        }
        List<LocalDate> days = new ArrayList<>(cuts);
        List<String> clauses = MeasureStatus.of(m, from, knownAt).clauses().stream().map(MeasureStatus.Clause::id).toList();
        List<List<Band>> perClause = new ArrayList<>();
        clauses.forEach(c -> perClause.add(new ArrayList<>()));
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            LocalDate end = i + 1 < days.size() ? days.get(i + 1) : to.plusDays(1);
            List<MeasureStatus.Clause> st = MeasureStatus.of(m, d, knownAt).clauses();
            for (int c = 0; c < clauses.size(); c++) {
                List<Band> bands = perClause.get(c);
                String status = st.get(c).status();
                if (!bands.isEmpty() && bands.get(bands.size() - 1).status().equals(status)) {
                    Band last = bands.remove(bands.size() - 1);
                    bands.add(new Band(last.from(), end, status));
                } else {
                    bands.add(new Band(d, end, status));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < clauses.size(); c++) {
            rows.add(new Row(clauses.get(c), perClause.get(c)));
        }
        return rows;
    }

    private static void add(TreeSet<LocalDate> cuts, LocalDate d, LocalDate from, LocalDate to) {
        if (d != null && d.isAfter(from) && !d.isAfter(to)) {
            cuts.add(d);
        }
    }

    /** Where two views of the same clause disagree: {@code to} is inclusive. */
    public record Difference(String clause, LocalDate from, LocalDate to, String before, String after) {
    }

    /**
     * The stretches where the rows of {@code a} and {@code b} (the same measure drawn as known on two
     * dates, over the same interval) give a clause different statuses.
     */
    public static List<Difference> differences(List<Row> a, List<Row> b) {
        List<Difference> out = new ArrayList<>();
        for (int c = 0; c < Math.min(a.size(), b.size()); c++) {
            List<Band> x = a.get(c).bands();
            List<Band> y = b.get(c).bands();
            if (x.isEmpty() || y.isEmpty()) {
                continue;
            }
            TreeSet<LocalDate> cuts = new TreeSet<>();
            x.forEach(band -> cuts.add(band.from()));
            y.forEach(band -> cuts.add(band.from()));
            LocalDate end = x.get(x.size() - 1).to();
            List<LocalDate> days = new ArrayList<>(cuts);
            Difference open = null;
            for (int i = 0; i < days.size(); i++) {
                LocalDate d = days.get(i);
                LocalDate next = i + 1 < days.size() ? days.get(i + 1) : end;
                String sx = at(x, d);
                String sy = at(y, d);
                if (sx.equals(sy)) {
                    if (open != null) {
                        out.add(open);
                        open = null;
                    }
                } else if (open != null && open.before().equals(sx) && open.after().equals(sy)) {
                    open = new Difference(open.clause(), open.from(), next.minusDays(1), sx, sy);
                } else {
                    if (open != null) {
                        out.add(open);
                    }
                    open = new Difference(a.get(c).clause(), d, next.minusDays(1), sx, sy);
                }
            }
            if (open != null) {
                out.add(open);
            }
        }
        return out;
    }

    private static String at(List<Band> bands, LocalDate d) {
        for (Band b : bands) {
            if (!d.isBefore(b.from()) && d.isBefore(b.to())) {
                return b.status();
            }
        }
        return "";
    }

    /** Days between two dates, for the drawing's scale. */
    public static long days(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }
}
