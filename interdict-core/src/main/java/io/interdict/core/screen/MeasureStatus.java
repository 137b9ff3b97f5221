package io.interdict.core.screen;

import io.interdict.core.measure.Event;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A measure's status on a date, clause by clause, independent of any transaction, and the next dated
 * event after the date (what will change, and when).
 */
public record MeasureStatus(Measure measure, List<Clause> clauses, NextEvent next) {
    public record Clause(String id, String status) {
    }

    public record NextEvent(LocalDate date, String what) {
    }

    public static MeasureStatus of(Measure m, LocalDate d, LocalDate knownAt) {
        List<Clause> clauses = new ArrayList<>();
        Optional<LocalDate> signed = Timeline.signed(m, knownAt);
        for (Prohibition p : m.prohibitions()) {
            clauses.add(new Clause(p.clause(), Timeline.prohibition(m, p, d, knownAt).map(s -> s.status().wire())
                    .orElse(absent(m, p.clause(), signed, d, knownAt))));
        }
        for (Obligation o : m.obligations()) {
            clauses.add(new Clause(o.id(), Timeline.obligation(m, o, d, knownAt).map(s -> s.status().wire() + " " + s.effective())
                    .orElse(absent(m, o.id(), signed, d, knownAt))));
        }
        return new MeasureStatus(m, clauses, next(m, d, knownAt));
    }

    private static String absent(Measure m, String clause, Optional<LocalDate> signed, LocalDate d, LocalDate knownAt) {
        if (signed.isEmpty() || d.isBefore(signed.get())) {
            return "not_signed";
        }
        boolean revoked = m.events().stream().anyMatch(e -> e.type() == EventType.REVOKED && e.knownAt(knownAt)
                && e.appliesTo(clause) && !d.isBefore(e.effective()));
        return revoked ? "revoked" : "not_yet_in_scope";
    }

    /** Distinct clause statuses, in clause order; measures with no clauses report their signing. */
    public String summary() {
        if (clauses.isEmpty()) {
            return "no clauses (events only)";
        }
        Set<String> s = new LinkedHashSet<>();
        for (Clause c : clauses) {
            s.add(c.status().split(" ")[0]);
        }
        return String.join(", ", s);
    }

    static NextEvent next(Measure m, LocalDate d, LocalDate knownAt) {
        NextEvent best = null;
        for (Event e : m.events()) {
            if (!e.knownAt(knownAt) || !e.type().changesStatus()) {
                continue;
            }
            String by = e.by() != null ? " (" + e.by() + ")" : e.court() != null ? " (" + e.court() + ")" : "";
            String clauses = e.clauses().isEmpty() ? "" : " " + e.clauses();
            best = earlier(best, e.effective(), d, e.type().wire() + clauses + by);
            if (e.coversTo() != null) {
                best = earlier(best, e.coversTo().plusDays(1), d, "end of " + e.type().wire() + clauses + by);
            }
        }
        for (Obligation o : m.obligations()) {
            Optional<ClauseStatus> st = Timeline.obligation(m, o, d, knownAt);
            if (st.isPresent()) {
                best = earlier(best, st.get().effective(), d, "deadline " + o.id());
            }
        }
        return best;
    }

    private static NextEvent earlier(NextEvent best, LocalDate date, LocalDate d, String what) {
        if (date == null || !date.isAfter(d) || date.equals(LocalDate.MIN)) {
            return best;
        }
        if (best == null || date.isBefore(best.date())) {
            return new NextEvent(date, what);
        }
        return best;
    }
}
