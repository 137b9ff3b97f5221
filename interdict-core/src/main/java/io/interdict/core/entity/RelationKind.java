package io.interdict.core.entity;

import java.util.Locale;

/**
 * Kinds of relation, read {@code from -> to}: "app developed_by org", "org owned_by org (share)",
 * "feature feature_of app".
 */
public enum RelationKind {
    DEVELOPED_BY, OPERATED_BY, CONTROLLED_BY, OWNED_BY, SUBSIDIARY_OF, FEATURE_OF;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RelationKind of(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown relation kind '" + s + "' (expected one of developed_by, operated_by, controlled_by, owned_by, subsidiary_of, feature_of)");
        }
    }

    /** Relations through which the "to" side develops, runs or controls the "from" side. */
    public boolean isControl() {
        return this != FEATURE_OF;
    }
}
