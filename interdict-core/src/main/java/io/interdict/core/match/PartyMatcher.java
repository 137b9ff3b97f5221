package io.interdict.core.match;

import io.interdict.core.tx.Party;
import java.util.List;

/**
 * Finds the entities a transaction party may be. Built once per snapshot; thread-safe; pure.
 * Implementations return at most one match per entity (its best evidence), best first, and only
 * matches at or above the configured review threshold.
 */
public interface PartyMatcher {
    List<EntityMatch> match(Party party);

    /**
     * {@link #match(Party)} that stops with {@link Cancellation.Cancelled} once {@code cancel} says so.
     * Matchers whose work per name can be long check it in their candidate loop; the default only
     * checks before starting.
     */
    default List<EntityMatch> match(Party party, Cancellation cancel) {
        cancel.check();
        return match(party);
    }

    /** Name and version of the algorithm, recorded with every decision. */
    String algorithm();
}
