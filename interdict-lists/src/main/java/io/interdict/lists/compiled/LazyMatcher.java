package io.interdict.lists.compiled;

import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.IdentifierIndex;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.tx.Party;
import java.util.List;
import java.util.function.Supplier;

/**
 * A matcher whose name index is loaded on the first party with a name. Every matcher matches
 * identifiers through {@link IdentifierIndex} and nothing else for a party without a name, so
 * {@code check --id} answers from the identifier index alone.
 */
final class LazyMatcher implements PartyMatcher {
    private final String algorithm;
    private final IdentifierIndex identifiers;
    private final Supplier<PartyMatcher> load;
    private volatile PartyMatcher full;

    LazyMatcher(String algorithm, IdentifierIndex identifiers, Supplier<PartyMatcher> load) {
        this.algorithm = algorithm;
        this.identifiers = identifiers;
        this.load = load;
    }

    @Override
    public List<EntityMatch> match(Party party) {
        if (identifiers != null && (party.name() == null || party.name().isBlank()) && full == null) {
            return identifiers.match(party.ids());
        }
        return full().match(party);
    }

    /** The full matcher, loaded once. */
    PartyMatcher full() {
        PartyMatcher m = full;
        if (m == null) {
            synchronized (this) {
                m = full;
                if (m == null) {
                    m = load.get();
                    full = m;
                }
            }
        }
        return m;
    }

    @Override
    public String algorithm() {
        return algorithm;
    }
}
