package io.interdict.core.screen;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for one transaction.
 *
 * @param asOf    the transaction date it was judged on
 * @param knownAt when set, only events issued by then were used
 * @param error   for {@link Outcome#ERROR}: what was wrong, naming line and field
 */
public record Decision(String id, Outcome outcome, LocalDate asOf, LocalDate knownAt, String snapshot,
                      List<Hit> hits, String error) {
    public Decision {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }

    public static Decision error(String id, String snapshot, String message) {
        return new Decision(id, Outcome.ERROR, null, null, snapshot, List.of(), message);
    }
}
