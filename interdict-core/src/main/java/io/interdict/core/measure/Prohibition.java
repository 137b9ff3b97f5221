package io.interdict.core.measure;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One prohibiting clause of a measure.
 *
 * @param clause        id unique within the measure ("sec-1a", "item-1-app-store")
 * @param targets       entity ids the clause names; empty for a list measure = every entry of the list
 * @param reach         whom it reaches besides the targets
 * @param kinds         prohibited transaction kinds; empty = every kind
 * @param awaitingScope the prohibited transactions or persons await identification by an authority;
 *                      an {@link EventType#IDENTIFIED} event ends the wait
 * @param reviewOnly    a reason why a confident match is still only REVIEW (an end-use condition the
 *                      engine cannot verify), or null
 */
public record Prohibition(String clause, String text, List<String> targets, Set<Reach> reach, Set<TxKind> kinds,
                          Conditions conditions, boolean awaitingScope, String reviewOnly,
                          List<Citation> sources, boolean unconfirmed) {
    public Prohibition {
        Objects.requireNonNull(clause, "clause");
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
