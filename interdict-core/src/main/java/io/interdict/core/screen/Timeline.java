package io.interdict.core.screen;

import io.interdict.core.measure.Event;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * Evaluates a clause's legal status on a date from the measure's bitemporal events: pure, no clock.
 *
 * <p>Rules, in order: nothing before signing or from a revocation's effective date on; then
 * enjoined (a court order covers the date) over not_enforced (a non-enforcement order or suspension
 * covers it) over pending (before the clause's effective date) over awaiting_scope (effective but not
 * yet identified) over in_force. Only events issued on or before {@code knownAt} count, when given.
 * Where several known events set a clause's effective date or an obligation's deadline, the one
 * issued last wins (a revision or extension supersedes what it revises).
 */
public final class Timeline {
    private Timeline() {
    }

    /** The first day the measure exists, as known on {@code knownAt}; empty if not yet known to exist. */
    public static Optional<LocalDate> signed(Measure m, LocalDate knownAt) {
        Optional<LocalDate> signed = m.events().stream()
                .filter(e -> e.type() == EventType.SIGNED && e.knownAt(knownAt))
                .map(Event::effective).min(Comparator.naturalOrder());
        if (signed.isPresent()) {
            return signed;
        }
        boolean hasSigning = m.events().stream().anyMatch(e -> e.type() == EventType.SIGNED);
        if (hasSigning) {
            return Optional.empty();    // signed, but not yet known on knownAt
        }
        // A list, or a measure dated only by its effective events: it exists from the first known one.
        Optional<LocalDate> first = m.events().stream()
                .filter(e -> e.type() == EventType.EFFECTIVE && e.knownAt(knownAt))
                .map(Event::effective).min(Comparator.naturalOrder());
        if (first.isPresent() || m.events().stream().noneMatch(e -> e.type() == EventType.EFFECTIVE)) {
            return first.or(() -> Optional.of(LocalDate.MIN));
        }
        return Optional.empty();
    }

    private static boolean revoked(Measure m, String clause, LocalDate d, LocalDate knownAt) {
        return m.events().stream().anyMatch(e -> e.type() == EventType.REVOKED && e.knownAt(knownAt)
                && e.appliesTo(clause) && !d.isBefore(e.effective()));
    }

    /** The known event of this type for the clause that was issued last (clause-specific wins a tie). */
    private static Optional<Event> latest(Measure m, EventType type, String clause, LocalDate knownAt) {
        Event best = null;
        for (Event e : m.events()) {
            if (e.type() != type || !e.knownAt(knownAt) || !e.appliesTo(clause)) {
                continue;
            }
            if (best == null || e.issued().isAfter(best.issued())
                    || (e.issued().equals(best.issued()) && (!e.clauses().isEmpty() || best.clauses().isEmpty()))) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean hasEvent(Measure m, EventType type, String clause) {
        return m.events().stream().anyMatch(e -> e.type() == type && e.appliesTo(clause));
    }

    private static Optional<Event> covering(Measure m, String clause, LocalDate d, LocalDate knownAt, EventType... types) {
        for (EventType t : types) {
            for (Event e : m.events()) {
                if (e.type() == t && e.knownAt(knownAt) && e.appliesTo(clause) && e.covers(d)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** Status of a prohibition on {@code d}; empty when the clause does not exist or no longer applies. */
    public static Optional<ClauseStatus> prohibition(Measure m, Prohibition p, LocalDate d, LocalDate knownAt) {
        Optional<LocalDate> signed = signed(m, knownAt);
        if (signed.isEmpty() || d.isBefore(signed.get()) || revoked(m, p.clause(), d, knownAt)) {
            return Optional.empty();
        }
        Optional<Event> effectiveEvent = latest(m, EventType.EFFECTIVE, p.clause(), knownAt);
        if (effectiveEvent.isEmpty() && hasEvent(m, EventType.EFFECTIVE, p.clause())) {
            // Dated only by events not yet issued on knownAt (a clause added by a later announcement):
            // the clause is not yet known, rather than in force since signing.
            return Optional.empty();
        }
        LocalDate effective = effectiveEvent.map(Event::effective).orElse(signed.get());
        Optional<Event> court = covering(m, p.clause(), d, knownAt, EventType.ENJOINED);
        if (court.isPresent()) {
            return Optional.of(new ClauseStatus(Status.ENJOINED, signed.get(), effective, court.get()));
        }
        Optional<Event> executive = covering(m, p.clause(), d, knownAt, EventType.NON_ENFORCEMENT, EventType.SUSPENDED);
        if (executive.isPresent()) {
            return Optional.of(new ClauseStatus(Status.NOT_ENFORCED, signed.get(), effective, executive.get()));
        }
        if (d.isBefore(effective)) {
            return Optional.of(new ClauseStatus(Status.PENDING, signed.get(), effective, null));
        }
        if (p.awaitingScope()) {
            Optional<Event> identified = latest(m, EventType.IDENTIFIED, p.clause(), knownAt).filter(e -> !d.isBefore(e.effective()));
            if (identified.isEmpty()) {
                return Optional.of(new ClauseStatus(Status.AWAITING_SCOPE, signed.get(), effective, null));
            }
        }
        return Optional.of(new ClauseStatus(Status.IN_FORCE, signed.get(), effective, null));
    }

    /** Status of an obligation on {@code d}; empty before the duty exists or once revoked. */
    public static Optional<ClauseStatus> obligation(Measure m, Obligation o, LocalDate d, LocalDate knownAt) {
        Optional<LocalDate> signed = signed(m, knownAt);
        if (signed.isEmpty() || revoked(m, o.id(), d, knownAt)) {
            return Optional.empty();
        }
        LocalDate from = o.from() != null && o.from().isAfter(signed.get()) ? o.from() : signed.get();
        if (d.isBefore(from)) {
            return Optional.empty();
        }
        LocalDate deadline = m.events().stream()
                .filter(e -> e.type() == EventType.DEADLINE && e.knownAt(knownAt) && e.clauses().contains(o.id()))
                .max(Comparator.comparing(Event::issued))
                .map(Event::effective).orElse(o.deadline());
        Optional<Event> court = covering(m, o.id(), d, knownAt, EventType.ENJOINED);
        if (court.isPresent()) {
            return Optional.of(new ClauseStatus(Status.ENJOINED, signed.get(), deadline, court.get()));
        }
        Optional<Event> executive = covering(m, o.id(), d, knownAt, EventType.NON_ENFORCEMENT, EventType.SUSPENDED);
        if (executive.isPresent()) {
            return Optional.of(new ClauseStatus(Status.NOT_ENFORCED, signed.get(), deadline, executive.get()));
        }
        Status s = d.isBefore(deadline) ? Status.DEADLINE_PENDING : Status.DEADLINE_PASSED;
        return Optional.of(new ClauseStatus(s, signed.get(), deadline, null));
    }
}
