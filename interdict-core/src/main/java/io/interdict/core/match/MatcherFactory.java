package io.interdict.core.match;

import io.interdict.core.entity.Entity;
import java.util.Collection;
import java.util.function.BiFunction;

/** Builds a {@link PartyMatcher} over a snapshot's entities (normalising and indexing them once). */
public interface MatcherFactory {
    String algorithm();

    PartyMatcher build(Collection<Entity> entities, MatchSettings settings);

    /** A factory of the named algorithm that builds with {@code build}. */
    static MatcherFactory of(String algorithm, BiFunction<Collection<Entity>, MatchSettings, PartyMatcher> build) {
        return new MatcherFactory() {
            @Override
            public String algorithm() {
                return algorithm;
            }

            @Override
            public PartyMatcher build(Collection<Entity> entities, MatchSettings settings) {
                return build.apply(entities, settings);
            }
        };
    }
}
