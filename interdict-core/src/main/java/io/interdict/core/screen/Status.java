package io.interdict.core.screen;

import java.util.Locale;

/** The legal status of a hit on the transaction's date (DESIGN.md, evaluation semantics). */
public enum Status {
    PENDING, AWAITING_SCOPE, IN_FORCE, ENJOINED, NOT_ENFORCED, DEADLINE_PENDING, DEADLINE_PASSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status of(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown status '" + s + "'");
        }
    }
}
