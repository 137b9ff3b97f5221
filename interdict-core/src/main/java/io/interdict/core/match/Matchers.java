package io.interdict.core.match;

import java.util.LinkedHashMap;
import java.util.Map;

/** The named, versioned matching algorithms, selectable by name in configuration. */
public final class Matchers {
    private static final Map<String, MatcherFactory> BY_NAME = new LinkedHashMap<>();

    static {
        register(ExactMatcher.factory());
        register(io.interdict.core.match.fuzzy.FuzzyMatcher.factory());
    }

    private Matchers() {
    }

    private static void register(MatcherFactory f) {
        BY_NAME.put(f.algorithm(), f);
    }

    /** The default algorithm for new installations. */
    public static String defaultAlgorithm() {
        return ExactMatcher.ALGORITHM;
    }

    public static MatcherFactory byName(String name) {
        MatcherFactory f = BY_NAME.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown matching algorithm '" + name + "' (known: " + BY_NAME.keySet() + ")");
        }
        return f;
    }
}
