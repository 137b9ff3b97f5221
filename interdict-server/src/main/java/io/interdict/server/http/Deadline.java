package io.interdict.server.http;

import io.interdict.core.match.Cancellation;
import io.javalin.http.Context;

/**
 * The time by which a request's screening or matching must be done, as a {@link Cancellation} the
 * matchers check: work for a client that has long stopped waiting is abandoned rather than pinning a
 * worker. Set once per request, when its body has been read.
 */
public final class Deadline {
    private static final String ATTR = "interdict.deadline";

    private Deadline() {
    }

    /** Starts the request's clock: its work must end within {@code millis}. */
    public static void start(Context ctx, long millis) {
        ctx.attribute(ATTR, System.nanoTime() + millis * 1_000_000L);
    }

    /** Whether the request's deadline has passed (false when none was set). */
    public static boolean passed(Context ctx) {
        Long at = ctx.attribute(ATTR);
        return at != null && System.nanoTime() - at > 0;
    }

    /** The request's deadline as a cancellation for the matchers. */
    public static Cancellation of(Context ctx) {
        Long at = ctx.attribute(ATTR);
        return at == null ? Cancellation.NONE : () -> System.nanoTime() - at > 0;
    }
}
