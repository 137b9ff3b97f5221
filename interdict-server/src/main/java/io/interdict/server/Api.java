package io.interdict.server;

import io.interdict.server.http.ApiError;
import io.interdict.server.http.Route;
import io.interdict.server.metrics.ServerMetrics;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every group of endpoints is given: settings, the current engine, metrics and the clock (read
 * only at the edge, to default a missing date to today; never inside screening).
 */
public final class Api {
    private final ServerSettings settings;
    private final AtomicReference<Engine> engine;
    private final ServerMetrics metrics;
    private final Clock clock;
    private final Authorizer authorizer;

    Api(ServerSettings settings, AtomicReference<Engine> engine, ServerMetrics metrics, Clock clock, Authorizer authorizer) {
        this.authorizer = authorizer;
        this.settings = settings;
        this.engine = engine;
        this.metrics = metrics;
        this.clock = clock;
    }

    public ServerSettings settings() {
        return settings;
    }

    /** The loaded engine; 503 while the snapshot is still loading. */
    public Engine engine() {
        Engine e = engine.get();
        if (e == null) {
            throw ApiError.unavailable("the snapshot is still loading; retry shortly (see /readyz)");
        }
        return e;
    }

    public boolean ready() {
        return engine.get() != null;
    }

    public ServerMetrics metrics() {
        return metrics;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Checks the caller's key for an endpoint whose role depends on the request (the reconciliation
     * manifest is public so OpenRefine can discover the service; its queries are not).
     */
    public void authorize(io.javalin.http.Context ctx, io.interdict.server.auth.Role role) {
        authorizer.authorize(ctx, role);
    }

    /** Key and role checking, as the server does it before every endpoint. */
    @FunctionalInterface
    public interface Authorizer {
        void authorize(io.javalin.http.Context ctx, io.interdict.server.auth.Role role);
    }

    /** A group of endpoints. */
    public interface Endpoints {
        List<Route> routes();
    }
}
