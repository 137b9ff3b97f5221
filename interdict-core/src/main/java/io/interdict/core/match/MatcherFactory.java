package io.interdict.core.match;

import io.interdict.core.entity.Entity;
import java.util.Collection;

/** Builds a {@link PartyMatcher} over a snapshot's entities (normalising and indexing them once). */
public interface MatcherFactory {
    String algorithm();

    PartyMatcher build(Collection<Entity> entities, MatchSettings settings);
}
