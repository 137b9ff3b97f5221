package io.interdict.core.match;

/**
 * Asks long work to stop: the caller's deadline passed, or its client went away. Core reads no clock,
 * so the caller decides what "cancelled" means (a deadline, a closed connection) and matchers only
 * ask, at points where stopping is cheap and leaves nothing half-done.
 */
@FunctionalInterface
public interface Cancellation {
    /** Never cancelled. */
    Cancellation NONE = () -> false;

    boolean cancelled();

    /** Throws {@link Cancelled} if the work should stop. */
    default void check() {
        if (cancelled()) {
            throw new Cancelled();
        }
    }

    /** Thrown out of cancelled work; the caller that cancelled it answers for it. */
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("cancelled: the deadline passed or the client went away", null, false, false);
        }
    }
}
