package io.interdict.core.screen;

/** What a hit asks for; a decision's outcome is the strongest effect among its hits. */
public enum Effect {
    ALLOW, REVIEW, BLOCK;

    public Effect max(Effect other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
