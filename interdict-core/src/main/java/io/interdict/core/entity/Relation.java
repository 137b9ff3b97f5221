package io.interdict.core.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated relation {@code from -> to}.
 *
 * @param share       ownership share in [0, 1] for {@code owned_by}, else null
 * @param validFrom   first day the relation holds, null = always
 * @param validTo     last day it holds, null = open
 * @param unconfirmed the source marks it unconfirmed: a path through it is uncertain (REVIEW, not BLOCK)
 */
public record Relation(String from, String to, RelationKind kind, Double share,
                       LocalDate validFrom, LocalDate validTo, boolean unconfirmed,
                       List<String> sources, String note) {
    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (share != null && (share < 0 || share > 1)) {
            throw new IllegalArgumentException("share " + share + " outside [0, 1]");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("relation " + from + " -> " + to + " ends before it starts");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean validOn(LocalDate d) {
        return (validFrom == null || !d.isBefore(validFrom)) && (validTo == null || !d.isAfter(validTo));
    }
}
