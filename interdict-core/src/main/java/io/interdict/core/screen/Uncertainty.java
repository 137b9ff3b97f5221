package io.interdict.core.screen;

import io.interdict.core.measure.Event;
import io.interdict.core.measure.Measure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facts a clause's status on a date relies on that its sources leave unconfirmed. (A date only
 * derived by arithmetic from a sourced rule, "45 days after the order", is as good as the rule and
 * is not flagged; one the sources leave uncertain is.) "In force since 2025-01-19" on 2026-02-01 hides that the non-enforcement
 * period ended on 2026-01-23 only by a derived count of days; a decision must say so.
 *
 * <p>An event counts when it is known (issued by {@code knownAt}), applies to the clause, is marked
 * unconfirmed, and either decided the status or has a boundary date (effective, start or
 * end of the conduct it covers) from the start of the current status up to {@code d}: had that date
 * been different, the status on {@code d} could be too. Pure; no clock.
 */
public final class Uncertainty {
    private Uncertainty() {
    }

    public static List<String> of(Measure m, String clause, boolean clauseUnconfirmed, ClauseStatus s, LocalDate d,
                                  LocalDate knownAt) {
        List<String> out = new ArrayList<>();
        if (clauseUnconfirmed) {
            out.add(m.id() + " clause " + clause + ": its terms or dates are unconfirmed in the sources");
        }
        LocalDate since = s.decisive() != null && s.decisive().coversFrom() != null ? s.decisive().coversFrom()
                : s.effective() != null && !s.effective().isAfter(d) ? s.effective() : s.signed();
        for (Event e : m.events()) {
            if (!e.unconfirmed() || !e.knownAt(knownAt) || !e.appliesTo(clause)) {
                continue;
            }
            if (e.equals(s.decisive()) || boundaryWithin(e, since, d)) {
                out.add(describe(m, e));
            }
        }
        return out;
    }

    private static boolean boundaryWithin(Event e, LocalDate from, LocalDate to) {
        for (LocalDate b : new LocalDate[] {e.effective(), e.coversFrom(), e.coversTo()}) {
            if (b != null && (from == null || !b.isBefore(from)) && !b.isAfter(to)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Measure m, Event e) {
        String kind = e.type().name().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(m.id()).append(' ').append(kind);
        if (e.id() != null) {
            sb.append(" (").append(e.id()).append(')');
        }
        sb.append(" issued ").append(e.issued());
        if (e.coversTo() != null) {
            sb.append(", covering to ").append(e.coversTo());
        } else if (e.effective() != null) {
            sb.append(", effective ").append(e.effective());
        }
        sb.append(": unconfirmed in the sources").append(e.derived() ? " (date derived, not printed in a source)" : "");
        return sb.toString();
    }
}
