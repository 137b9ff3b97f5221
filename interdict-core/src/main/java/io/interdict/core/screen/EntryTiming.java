package io.interdict.core.screen;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Applies a list entry's own dates to the status of a list clause on {@code d} (DESIGN.md: a list
 * prohibits "from each entry's listing date where known"). Pure.
 *
 * <ul>
 *   <li>removed on or before {@code d}: no hit;</li>
 *   <li>listing date known: no hit before it (nor when {@code knownAt} precedes it); {@code pending}
 *       between listing and the entry's or clause's later effective date;</li>
 *   <li>listing date unknown: {@code listed_since: unknown}, and on a date before the publication the
 *       entry was seen in, REVIEW at most: history is never silently BLOCKed.</li>
 * </ul>
 */
final class EntryTiming {
    static final String UNKNOWN = "unknown";

    /** The adjusted status, what {@code listed_since} says, and why a confident match is still REVIEW. */
    record Timed(ClauseStatus status, String listedSince, String reviewOnly, String detail) {
    }

    private EntryTiming() {
    }

    /**
     * @param published the date of the publication the entry was seen in (null when unknown)
     */
    static Optional<Timed> apply(ListEntry e, String clause, ClauseStatus s, LocalDate d, LocalDate knownAt,
                                 LocalDate published) {
        if (e.removedBy(d, knownAt)) {
            return Optional.empty();
        }
        LocalDate listed = e.listedOn();
        if (listed != null && (d.isBefore(listed) || (knownAt != null && knownAt.isBefore(listed)))) {
            return Optional.empty();
        }
        LocalDate effective = e.effective(clause);
        StringBuilder detail = new StringBuilder();
        detail.append(listed != null ? "entry listed " + listed : "entry's listing date unknown");
        if (effective != null && !effective.equals(listed)) {
            detail.append(", binding from ").append(effective);
        }
        if (e.removedOn() != null) {
            detail.append(", removed ").append(e.removedOn());
        }
        later(e, clause, d).forEach((c, day) -> detail.append("; clause ").append(c).append(" from ").append(day));
        ClauseStatus status = s;
        if (effective != null && d.isBefore(effective) && s.status() == Status.IN_FORCE) {
            status = new ClauseStatus(Status.PENDING, listed != null ? listed : s.signed(), effective, null);
        } else if (effective != null && s.status() == Status.IN_FORCE) {
            status = new ClauseStatus(Status.IN_FORCE, s.signed(), effective, null);
        }
        String reviewOnly = null;
        if (listed == null) {
            // Known from the earliest publication that has it: its own part's, or an earlier one (seen_in).
            LocalDate seen = e.seenIn() != null && (published == null || e.seenIn().isBefore(published)) ? e.seenIn() : published;
            if (seen == null || d.isBefore(seen)) {
                reviewOnly = "the source gives no listing date and " + d + " is before the list publication the entry is known from"
                        + (seen != null ? " (" + seen + ")" : "") + ": it may not have been listed then";
            }
        }
        return Optional.of(new Timed(status, listed != null ? listed.toString() : UNKNOWN, reviewOnly, detail.toString()));
    }

    /** The entry's other clauses that start binding after {@code d}, by clause id. */
    private static Map<String, LocalDate> later(ListEntry e, String clause, LocalDate d) {
        Map<String, LocalDate> out = new TreeMap<>();
        e.clauseEffective().forEach((c, day) -> {
            if (!c.equals(clause) && day.isAfter(d)) {
                out.put(c, day);
            }
        });
        return out;
    }
}
