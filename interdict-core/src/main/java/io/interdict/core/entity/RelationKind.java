package io.interdict.core.entity;

import io.interdict.core.Wire;

/**
 * Kinds of relation, read {@code from -> to}: "app developed_by org", "org owned_by org (share)",
 * "feature feature_of app".
 */
public enum RelationKind {
    DEVELOPED_BY, OPERATED_BY, CONTROLLED_BY, OWNED_BY, SUBSIDIARY_OF, FEATURE_OF;

    public String wire() {
        return Wire.name(this);
    }

    public static RelationKind of(String s) {
        return Wire.parse(RelationKind.class, s, "relation kind");
    }

    /** Relations through which the "to" side develops, runs or controls the "from" side. */
    public boolean isControl() {
        return this != FEATURE_OF;
    }
}
