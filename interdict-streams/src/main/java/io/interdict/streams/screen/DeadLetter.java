package io.interdict.streams.screen;

/**
 * The headers of a dead-letter record. Its key and value are the input record's, byte for byte, so
 * the record can be fixed and re-sent; the headers say what was wrong and where it came from.
 */
public final class DeadLetter {
    /** The problem, naming the field (as {@code screen} reports a malformed line). */
    public static final String ERROR = "interdict.error";
    /** Where the record was read: {@code topic/partition@offset}. */
    public static final String SOURCE = "interdict.source";
    /** The snapshot that was active when the record was rejected. */
    public static final String SNAPSHOT = "interdict.snapshot";

    private DeadLetter() {
    }
}
