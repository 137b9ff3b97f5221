package io.interdict.core.match;

import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.InterdictV2;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named, versioned matching algorithms, selectable by name in configuration. */
public final class Matchers {
    private static final Map<String, MatcherFactory> BY_NAME = new LinkedHashMap<>();

    static {
        register(ExactMatcher.factory());
        MatcherFactory fuzzy = FuzzyMatcher.factory();
        // interdict-v1 for screening: fuzzy candidates plus every exact token-set match (see UnionMatcher).
        register(MatcherFactory.of(fuzzy.algorithm(),
                (entities, settings) -> new UnionMatcher(new ExactMatcher(entities), fuzzy.build(entities, settings)),
                UnionMatcher.codec(ExactMatcher.codec(), fuzzy.codec().orElseThrow())));
        MatcherFactory v2 = FuzzyMatcher.factoryV2();
        register(MatcherFactory.of(v2.algorithm(),
                (entities, settings) -> new UnionMatcher(new ExactMatcher(entities), v2.build(entities, settings)),
                UnionMatcher.codec(ExactMatcher.codec(), v2.codec().orElseThrow())));
    }

    private Matchers() {
    }

    private static void register(MatcherFactory f) {
        BY_NAME.put(f.algorithm(), f);
    }

    /**
     * The default algorithm: {@code interdict-v2} (typos, every major script, birth date, nationality
     * and the other attributes as scored features), whose index the compiled snapshot carries
     * (instant start). {@code interdict-v1} stays selectable ({@code matcher.algorithm: interdict-v1})
     * for users who froze its results; {@code exact-v1} (identifiers and token-set equality) for
     * callers who want no fuzzy hits at all.
     */
    public static String defaultAlgorithm() {
        return InterdictV2.NAME;
    }

    public static MatcherFactory byName(String name) {
        MatcherFactory f = BY_NAME.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown matching algorithm '" + name + "' (known: " + BY_NAME.keySet() + ")");
        }
        return f;
    }
}
