package io.interdict.core.screen;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for one transaction.
 *
 * @param asOf    the transaction date it was judged on
 * @param knownAt when set, only events issued by then were used
 * @param error   for {@link Outcome#ERROR}: what was wrong, naming line and field
 * @param listsAsOf the publication date of the oldest imported list the decision used (null when a
 *                list carries no date): how current the data was, since a decision made with a list
 *                years old is not the decision today's list would give
 */
public record Decision(String id, Outcome outcome, LocalDate asOf, LocalDate knownAt, String snapshot,
                      List<Hit> hits, String error, LocalDate listsAsOf) {
    public Decision {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }

    public Decision(String id, Outcome outcome, LocalDate asOf, LocalDate knownAt, String snapshot, List<Hit> hits, String error) {
        this(id, outcome, asOf, knownAt, snapshot, hits, error, null);
    }

    public static Decision error(String id, String snapshot, String message) {
        return new Decision(id, Outcome.ERROR, null, null, snapshot, List.of(), message);
    }
}
