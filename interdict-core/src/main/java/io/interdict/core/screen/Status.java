package io.interdict.core.screen;

import io.interdict.core.Wire;

/** The legal status of a hit on the transaction's date (DESIGN.md, evaluation semantics). */
public enum Status {
    PENDING, AWAITING_SCOPE, IN_FORCE, ENJOINED, NOT_ENFORCED, DEADLINE_PENDING, DEADLINE_PASSED;

    public String wire() {
        return Wire.name(this);
    }

    public static Status of(String s) {
        return Wire.parse(Status.class, s, "status");
    }
}
