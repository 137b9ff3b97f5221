package io.interdict.core.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A bitemporal event: issued on {@code issued}; takes effect on {@code effective} (status events);
 * covers conduct from {@code coversFrom} to {@code coversTo} (injunctions, non-enforcement,
 * suspensions), which may start before it was issued.
 *
 * @param clauses     the clause or obligation ids it applies to; empty = the whole measure
 * @param by          the instrument that issued it (another measure id, or a name)
 * @param court       court and case for injunctions ("D.D.C. No. 1:20-cv-02658 (CJN)")
 * @param unconfirmed the fact sheet marks it unconfirmed
 * @param derived     a date computed by arithmetic, not printed by a source
 */
public record Event(String id, EventType type, LocalDate issued, LocalDate effective,
                    LocalDate coversFrom, LocalDate coversTo, List<String> clauses, String by,
                    String court, String text, List<Citation> sources, boolean unconfirmed, boolean derived) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issued, "issued");
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (effective == null) {
            effective = issued;
        }
        if ((type == EventType.ENJOINED || type == EventType.NON_ENFORCEMENT || type == EventType.SUSPENDED) && coversFrom == null) {
            coversFrom = effective;
        }
        if (coversFrom != null && coversTo != null && coversTo.isBefore(coversFrom)) {
            throw new IllegalArgumentException("event " + id + " covers an interval that ends before it starts");
        }
    }

    /** Whether this event is known to an observer on {@code knownAt} (null = everything known). */
    public boolean knownAt(LocalDate knownAt) {
        return knownAt == null || !issued.isAfter(knownAt);
    }

    public boolean appliesTo(String clause) {
        return clauses.isEmpty() || clauses.contains(clause);
    }

    public boolean covers(LocalDate d) {
        return coversFrom != null && !d.isBefore(coversFrom) && (coversTo == null || !d.isAfter(coversTo));
    }
}
