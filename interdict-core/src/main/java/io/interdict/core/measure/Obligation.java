package io.interdict.core.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A duty with a deadline: remove a vendor's equipment from a network domain, stop purchases, divest.
 * The deadline in force is the one set by the latest known {@link EventType#DEADLINE} event for this
 * obligation, falling back to {@code deadline}.
 *
 * @param from  the first day the duty exists (null = the measure's signing)
 * @param kinds transaction kinds that would breach the duty once the deadline has passed
 */
public record Obligation(String id, String text, List<String> targets, Set<Reach> reach, Set<TxKind> kinds,
                         Conditions conditions, LocalDate from, LocalDate deadline,
                         List<Citation> sources, boolean unconfirmed) {
    public Obligation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deadline, "deadline");
        targets = targets == null ? List.of() : List.copyOf(targets);
        reach = reach == null || reach.isEmpty() ? Set.of(Reach.DIRECT) : Set.copyOf(reach);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        conditions = conditions == null ? Conditions.NONE : conditions;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean covers(TxKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
