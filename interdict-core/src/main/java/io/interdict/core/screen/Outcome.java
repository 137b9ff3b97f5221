package io.interdict.core.screen;

/** A decision's outcome. ERROR means the input could not be screened (see the decision's error). */
public enum Outcome {
    ALLOW, REVIEW, BLOCK, ERROR;

    public static Outcome of(Effect e) {
        return valueOf(e.name());
    }
}
