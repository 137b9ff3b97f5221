package io.interdict.core.match;

import io.interdict.core.entity.Entity;
import java.util.Collection;
import java.util.function.BiFunction;

/** Builds a {@link PartyMatcher} over a snapshot's entities (normalising and indexing them once). */
public interface MatcherFactory {
    String algorithm();

    PartyMatcher build(Collection<Entity> entities, MatchSettings settings);

    /** How the prepared index is saved in a compiled snapshot; empty: always built in memory. */
    default java.util.Optional<IndexCodec> codec() {
        return java.util.Optional.empty();
    }

    /** A factory of the named algorithm that builds with {@code build}. */
    static MatcherFactory of(String algorithm, BiFunction<Collection<Entity>, MatchSettings, PartyMatcher> build) {
        return of(algorithm, build, null);
    }

    /** A factory of the named algorithm that builds with {@code build} and saves its index with {@code codec} (may be null). */
    static MatcherFactory of(String algorithm, BiFunction<Collection<Entity>, MatchSettings, PartyMatcher> build, IndexCodec codec) {
        return new MatcherFactory() {
            @Override
            public java.util.Optional<IndexCodec> codec() {
                return java.util.Optional.ofNullable(codec);
            }

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
