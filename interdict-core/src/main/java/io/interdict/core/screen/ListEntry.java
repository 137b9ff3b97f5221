package io.interdict.core.screen;

import io.interdict.core.entity.Entity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dates that make a list entry a timeline rather than a fact of every day, read from the entry's
 * attributes (the importers write them; they are data in the snapshot, evaluation takes the date).
 *
 * @param listedOn        the day the authority listed it; null when the source does not say
 * @param effectiveOn     the day its restrictions take effect when later than listing (NS-CMIC: 60 days after)
 * @param clauseEffective per clause of the list measure, a later day from which that clause binds
 *                        (NS-CMIC {@code sale-after-divestment}: the entry's divestment date)
 * @param removedOn       the first stored publication that no longer has it; null while listed
 * @param seenIn          the earliest publication known to have it, when earlier than its own part's
 *                        (a copy in an older list superseded by a newer one, an entry kept from a stored
 *                        publication it has since left)
 */
public record ListEntry(LocalDate listedOn, LocalDate effectiveOn, Map<String, LocalDate> clauseEffective,
                        LocalDate removedOn, LocalDate seenIn) {
    public static final String LISTED_ON = "listed_on";
    public static final String EFFECTIVE_ON = "effective_on";
    /** {@code effective_on:<clause>}: the day one clause binds this entry. */
    public static final String CLAUSE_EFFECTIVE_PREFIX = "effective_on:";
    public static final String REMOVED_ON = "removed_on";
    public static final String SEEN_IN = "seen_in";

    public ListEntry {
        clauseEffective = clauseEffective == null ? Map.of() : Map.copyOf(clauseEffective);
    }

    public static ListEntry of(Entity e) {
        Map<String, List<String>> a = e.attributes();
        Map<String, LocalDate> clauses = new HashMap<>();
        for (Map.Entry<String, List<String>> kv : a.entrySet()) {
            if (kv.getKey().startsWith(CLAUSE_EFFECTIVE_PREFIX)) {
                LocalDate d = earliest(kv.getValue());
                if (d != null) {
                    clauses.put(kv.getKey().substring(CLAUSE_EFFECTIVE_PREFIX.length()), d);
                }
            }
        }
        return new ListEntry(earliest(a.get(LISTED_ON)), earliest(a.get(EFFECTIVE_ON)), clauses,
                earliest(a.get(REMOVED_ON)), earliest(a.get(SEEN_IN)));
    }

    /**
     * The earliest well-formed ISO date among the values. Several values (a UK group on several rows)
     * keep the earliest: a listing date too late would silently drop true hits, one too early cannot.
     */
    static LocalDate earliest(List<String> values) {
        LocalDate best = null;
        if (values == null) {
            return null;
        }
        for (String v : values) {
            if (v == null || v.length() < 10) {
                continue;
            }
            try {
                LocalDate d = LocalDate.parse(v.substring(0, 10));
                if (best == null || d.isBefore(best)) {
                    best = d;
                }
            } catch (DateTimeParseException ignored) {
                // a partial date ("2003", "2003-00-00") says nothing usable about the day
            }
        }
        return best;
    }

    /** The day {@code clause} binds this entry: the latest of listing, entry effect and clause effect. */
    public LocalDate effective(String clause) {
        LocalDate d = listedOn;
        for (LocalDate c : new LocalDate[] {effectiveOn, clauseEffective.get(clause)}) {
            if (c != null && (d == null || c.isAfter(d))) {
                d = c;
            }
        }
        return d;
    }

    /** Removed on or before {@code d}, as known on {@code knownAt} (null = everything known). */
    public boolean removedBy(LocalDate d, LocalDate knownAt) {
        return removedOn != null && !d.isBefore(removedOn) && (knownAt == null || !knownAt.isBefore(removedOn));
    }
}
