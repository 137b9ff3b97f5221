package io.interdict.core.screen;

import io.interdict.core.match.EntityMatch;
import java.time.LocalDate;
import java.util.List;

/**
 * One (party, measure) hit with its explanation.
 *
 * @param clause   the prohibition clause or obligation id that applied
 * @param party    index of the party in the transaction
 * @param path     entity ids from the measure's target to the entity the clause bites
 * @param deadline the obligation's deadline in force, for deadline statuses
 * @param reason   one sentence with the dates that decided the status
 * @param listedSince for a list entry: its listing date, or {@code unknown} when the source gives none;
 *                 null for other measures
 * @param unconfirmed the facts the status relies on that the sources leave unconfirmed
 *                 (see {@link Uncertainty}); empty when every fact it relies on is confirmed
 */
public record Hit(String measure, String clause, Status status, Effect effect, int party, String entity,
                  String entityName, EntityMatch match, List<String> path, LocalDate deadline, String reason,
                  String listedSince, List<String> unconfirmed) {
    public Hit {
        path = List.copyOf(path);
        unconfirmed = unconfirmed == null ? List.of() : List.copyOf(unconfirmed);
    }

    /** A hit whose status relies on confirmed facts only. */
    public Hit(String measure, String clause, Status status, Effect effect, int party, String entity,
               String entityName, EntityMatch match, List<String> path, LocalDate deadline, String reason) {
        this(measure, clause, status, effect, party, entity, entityName, match, path, deadline, reason, null, List.of());
    }
}
