package io.interdict.core.measure;

import io.interdict.core.Wire;

/**
 * Kinds of dated event on a measure's timeline. Only some change legal status; the rest are kept
 * for the record and shown on the timeline.
 */
public enum EventType {
    /** Signed, enacted or adopted; before it the measure does not exist. */
    SIGNED,
    /** A clause (or the whole measure) takes effect on {@code effective}; a later-issued one supersedes an earlier. */
    EFFECTIVE,
    /** The implementing authority identified the prohibited transactions or persons: scope defined from {@code effective}. */
    IDENTIFIED,
    /** A court order bars enforcement of the clauses over the covered interval. */
    ENJOINED,
    /** The executive does not enforce the clauses over the covered interval (conduct may predate issue). */
    NON_ENFORCEMENT,
    /** The authority suspended the clauses over the covered interval. */
    SUSPENDED,
    /** The measure or clauses cease to apply from {@code effective}. */
    REVOKED,
    /** An obligation's deadline is set (or moved) to {@code effective}. */
    DEADLINE,
    /** Recorded for the timeline; no effect on status. */
    PUBLISHED, AMENDED, UPHELD, STAY_MOTION, STAY_DENIED, COMPLIANCE_NOTICE, ANNOUNCED, CONSULTATION, ABEYANCE, NOTE;

    public String wire() {
        return Wire.name(this);
    }

    public static EventType of(String s) {
        return Wire.parse(EventType.class, s, "event type");
    }

    public boolean changesStatus() {
        return switch (this) {
            case SIGNED, EFFECTIVE, IDENTIFIED, ENJOINED, NON_ENFORCEMENT, SUSPENDED, REVOKED, DEADLINE -> true;
            default -> false;
        };
    }
}
