package io.interdict.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.server.auth.ApiKey;
import io.interdict.server.auth.ApiKeys;
import io.interdict.server.auth.Role;
import io.interdict.server.http.ApiError;
import io.interdict.server.http.BodyReads;
import io.interdict.server.http.ClientLimits;
import io.interdict.server.http.Deadline;
import io.interdict.server.http.OpenApi;
import io.interdict.server.http.Param;
import io.interdict.server.http.Requests;
import io.interdict.server.http.Route;
import io.interdict.server.http.Workers;
import io.interdict.server.metrics.ServerMetrics;
import io.interdict.server.reconcile.ReconcileApi;
import io.interdict.server.reference.ReferenceApi;
import io.interdict.server.screen.ScreenApi;
import io.interdict.server.search.MatchApi;
import io.interdict.server.yente.YenteApi;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRouting;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The HTTP server: a thin edge around the engine. Every endpoint is a {@link Route} (method reference
 * handler, role, accepted parameters); this class registers them, checks key and parameters before
 * each one runs, maps errors to JSON in one place, and records metrics.
 */
public final class InterdictServer implements AutoCloseable {
    private static final String ATTR_KEY = "interdict.key";
    /** Set when a handler already wrote an error body, so the 404 page does not replace "no such entity". */
    private static final String ATTR_ERROR = "interdict.error";

    private final ServerSettings settings;
    private final ApiKeys keys;
    private final AtomicReference<Engine> engine = new AtomicReference<>();
    private final AtomicReference<String> loadError = new AtomicReference<>();
    private final ServerMetrics metrics;
    private final Api api;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Route> byKey = new HashMap<>();
    private final Map<String, Map<String, Param>> paramsByKey = new HashMap<>();
    private final Javalin app;
    private final Workers workers;
    private final byte[] openApi;
    private final ClientLimits limits;
    private final BodyReads bodyReads;
    private final List<ServerExtension> extensions;

    public InterdictServer(ServerSettings settings, ApiKeys keys, Clock clock) {
        this(settings, keys, clock, ClientLimits.forThreads(settings.maxThreads()), List.of());
    }

    public InterdictServer(ServerSettings settings, ApiKeys keys, Clock clock, ClientLimits limits) {
        this(settings, keys, clock, limits, List.of());
    }

    /** With extensions mounted on the same router (the web console). */
    public InterdictServer(ServerSettings settings, ApiKeys keys, Clock clock, List<ServerExtension> extensions) {
        this(settings, keys, clock, ClientLimits.forThreads(settings.maxThreads()), extensions);
    }

    public InterdictServer(ServerSettings settings, ApiKeys keys, Clock clock, ClientLimits limits,
                           List<ServerExtension> extensions) {
        this.extensions = List.copyOf(extensions);
        this.limits = limits;
        this.bodyReads = new BodyReads(limits.bodyReadsPerClient());
        if (settings.openOnLoopback() && !settings.loopbackHost()) {
            throw new IllegalArgumentException("open_on_loopback needs a loopback host, not '" + settings.host()
                    + "': without keys the API must not be reachable from other machines");
        }
        this.settings = settings;
        this.keys = keys;
        this.metrics = new ServerMetrics(engine::get, clock);
        this.api = new Api(settings, engine, metrics, clock, (ctx, role) -> authorize(ctx, role, true));
        List<Api.Endpoints> groups = List.of(new ScreenApi(api), new MatchApi(api), new ReferenceApi(api),
                new YenteApi(api), new io.interdict.server.yente.YenteData(api), new ReconcileApi(api), new OpsApi(api, this::loadError));
        for (Api.Endpoints g : groups) {
            routes.addAll(g.routes());
        }
        routes.add(new Route(HandlerType.GET, "/openapi.json", null, "ops", "This document (OpenAPI 3.0)",
                List.of(), null, "OpenAPI document", this::openApiDocument));
        routes.add(new Route(HandlerType.GET, "/docs", null, "ops", "Swagger UI over /openapi.json",
                List.of(), null, "HTML page", OpsApi::swaggerUi));
        routes.add(new Route(HandlerType.GET, "/webjars/<path>", null, "ops", "The Swagger UI files /docs loads",
                List.of(), null, "a CSS, JavaScript or image file", io.interdict.server.http.Webjars::serve));
        for (Route r : routes) {
            if (byKey.put(r.key(), r) != null) {
                throw new IllegalStateException("duplicate route " + r.key());
            }
            paramsByKey.put(r.key(), r.paramsByName());
        }
        this.openApi = OpenApi.document(routes, settings.tls()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.workers = new Workers(settings.workers(), settings.maxQueued(), settings.inlineWhenIdle());
        metrics.workload(workers::busy, workers.threads());
        this.app = Javalin.create(this::configure);
    }

    /** All Javalin configuration, in one place. */
    private void configure(JavalinConfig config) {
        config.showJavalinBanner = false;
        config.http.prefer405over404 = true;
        // Bodies are read (and bounded) by Requests.body; this is Javalin's own backstop for form bodies.
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.defaultContentType = "application/json";
        // Javalin copies each answer through a buffer of this size, allocated per response (32 KiB by
        // default): answers are a few KiB, and at thousands of requests a second the rest is garbage.
        config.http.responseBufferSize = 8192;
        config.router.ignoreTrailingSlashes = true;
        config.jetty.threadPool = threadPool(settings.maxThreads());
        config.jetty.defaultHost = settings.host();
        config.jetty.defaultPort = settings.port();
        // A body trickling in below this average rate is cut off (408), so slow clients cannot hold threads.
        config.jetty.modifyHttpConfiguration(h -> {
            h.setMinRequestDataRate(limits.minBytesPerSecond());
            h.setIdleTimeout(limits.idleMillis());
        });
        if (settings.tls()) {
            config.jetty.addConnector((server, http) -> {
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setKeyStorePath(settings.keystore().toAbsolutePath().toString());
                ssl.setKeyStorePassword(settings.keystorePassword() == null ? "" : settings.keystorePassword());
                ssl.setKeyStoreType(settings.keystoreType());
                HttpConfiguration https = new HttpConfiguration(http);
                // No SNI host check: clients reach the server by IP or internal names the certificate may not list.
                https.addCustomizer(new SecureRequestCustomizer(false));
                ServerConnector c = new ServerConnector(server, ssl, new HttpConnectionFactory(https));
                c.setHost(settings.host());
                c.setPort(settings.port());
                return c;
            });
        }
        if (!settings.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                if (settings.corsOrigins().contains("*")) {
                    rule.anyHost();
                } else {
                    settings.corsOrigins().forEach(o -> rule.allowHost(o));
                }
            }));
        }
        config.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), routeOf(ctx), ctx.statusCode(), ms / 1000.0));
        config.router.mount(this::routes);
        // Errors Jetty answers itself, before any route (bad request line, URI or headers too long, HTTP version): JSON too.
        config.jetty.modifyServer(server -> server.setErrorHandler(new io.interdict.server.http.JsonErrorHandler()));
    }

    private static org.eclipse.jetty.util.thread.QueuedThreadPool threadPool(int max) {
        org.eclipse.jetty.util.thread.QueuedThreadPool pool =
                new org.eclipse.jetty.util.thread.QueuedThreadPool(max, Math.min(max, 8), 60_000);
        pool.setName("interdict-http");
        return pool;
    }

    private void routes(JavalinDefaultRouting router) {
        router.beforeMatched(this::guard);
        for (Route r : routes) {
            router.addHttpHandler(r.method(), r.path(), r.tag().equals("ops") ? r.handler() : onWorkers(r.handler()));
        }
        for (ServerExtension x : extensions) {
            x.mount(router, api);
        }
        router.exception(ApiError.class, InterdictServer::apiError);
        router.exception(io.interdict.core.match.NameLimits.Exceeded.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        router.exception(io.interdict.core.match.Cancellation.Cancelled.class, (e, ctx) -> error(ctx, 503,
                "screening or matching took longer than the deadline of " + limits.workMillis() + " ms and was stopped"));
        // Javalin's own answers (405 with prefer405over404, 413 of its form parser…) in our one error shape.
        router.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 405 ? "method " + ctx.method() + " not allowed on " + Requests.shorten(ctx.path()) + " (see /openapi.json)" : e.getMessage()));
        router.exception(Exception.class, InterdictServer::unexpected);
        router.error(404, InterdictServer::notFound);
    }

    /**
     * Screening and matching run on {@link Workers}: fair under load, bounded, inline when idle. A body
     * is read first, here on Jetty's thread: a client sending its body slowly must hold one of Jetty's
     * many threads, not one of the few workers.
     */
    private Handler onWorkers(Handler h) {
        return ctx -> {
            if (ctx.method() == HandlerType.POST) {
                readBody(ctx);
            }
            Deadline.start(ctx, limits.workMillis());
            CompletableFuture<Void> done;
            try {
                done = workers.run(() -> {
                    if (Deadline.passed(ctx)) {
                        throw ApiError.unavailable("the request waited past its deadline of " + limits.workMillis()
                                + " ms for a worker; retry when the server is less busy");
                    }
                    h.handle(ctx);
                });
            } catch (RejectedExecutionException e) {
                ctx.header("Retry-After", "1");
                throw ApiError.unavailable("server overloaded: " + workers.maxQueued() + " requests already wait; retry shortly");
            }
            if (done != null) {
                ctx.future(() -> done);
            }
        };
    }

    /** Reads the body within the client limits: a few at once per client, in bounded time. */
    private void readBody(Context ctx) {
        BodyReads.Slot slot;
        try {
            slot = bodyReads.acquire(client(ctx));
        } catch (ApiError e) {
            ctx.header("Retry-After", "1");
            throw e;
        }
        try (slot) {
            Requests.body(ctx, settings.maxBodyBytes(), System.nanoTime() + limits.bodyReadMillis() * 1_000_000L);
        }
    }

    /** Whom a request counts against: its API key, or its address when the server runs without keys. */
    private static String client(Context ctx) {
        ApiKey k = ctx.attribute(ATTR_KEY);
        return k != null ? "key " + k.id() : "address " + ctx.ip();
    }

    private static String routeOf(Context ctx) {
        try {
            String p = ctx.endpointHandlerPath();
            return p == null || p.isEmpty() || p.equals("*") ? "unmatched" : p;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    /** Runs before every matched endpoint: key and role, then query parameters. */
    private void guard(Context ctx) {
        String key = ctx.method().name() + " " + ctx.endpointHandlerPath();
        Route r = byKey.get(key);
        if (r == null) {
            return;
        }
        Map<String, Param> accepted = paramsByKey.get(key);
        if (r.role() != null) {
            authorize(ctx, r.role(), accepted.containsKey("api_key"));
        }
        Map<String, List<String>> query;
        try {
            query = ctx.queryParamMap();
        } catch (RuntimeException e) {
            throw ApiError.badRequest("malformed query string: " + e.getMessage());
        }
        TreeSet<String> unknown = new TreeSet<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            Param p = accepted.get(e.getKey());
            if (p == null) {
                unknown.add(e.getKey());
            } else if (!p.repeatable() && e.getValue().size() > 1) {
                throw ApiError.badRequest("query parameter '" + e.getKey() + "' given " + e.getValue().size() + " times; expected once");
            }
        }
        if (!unknown.isEmpty() && accepted.containsKey(Param.OTHERS)) {
            // yente's clients send parameters of other yente versions; yente ignores them, so do we (names only in the log).
            unknown.forEach(u -> io.interdict.server.http.IgnoredInputs.note("query parameter of " + key, u));
            unknown.clear();
        }
        if (!unknown.isEmpty()) {
            throw ApiError.badRequest("unknown query parameter" + (unknown.size() > 1 ? "s " : " ")
                    + unknown.stream().map(s -> "'" + Requests.shorten(s) + "'").reduce((a, b) -> a + ", " + b).orElse("")
                    + "; accepted: " + (r.params().isEmpty() ? "none" : String.join(", ", new TreeSet<>(accepted.keySet()))));
        }
        for (Param p : r.params()) {
            if (p.required() && !query.containsKey(p.name())) {
                throw ApiError.badRequest("query parameter '" + p.name() + "' is required");
            }
        }
    }

    private void authorize(Context ctx, Role required, boolean keyInQueryAllowed) {
        if (settings.openOnLoopback()) {
            return;
        }
        String presented = presentedKey(ctx, keyInQueryAllowed);
        if (presented == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"interdict\"");
            throw new ApiError(401, "an API key is required (Authorization: Bearer <key>, ApiKey <key> or Basic, or X-Api-Key)");
        }
        Optional<ApiKey> key = keys.verify(presented);
        if (key.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"interdict\", error=\"invalid_token\"");
            throw new ApiError(401, "unknown or revoked API key");
        }
        if (!key.get().grants(required)) {
            throw new ApiError(403, "this key's role (" + key.get().role().wire() + ") does not allow this endpoint; it needs '"
                    + required.wire() + "'");
        }
        ctx.attribute(ATTR_KEY, key.get());
    }

    /**
     * Bearer (our clients), ApiKey (yente's clients), Basic (Marble's self-hosted option: the password is
     * the key, or the user name when the password is empty), X-Api-Key, or api_key in the query where allowed.
     */
    static String presentedKey(Context ctx, boolean queryAllowed) {
        String h = ctx.header("Authorization");
        if (h != null) {
            String t = h.trim();
            int sp = t.indexOf(' ');
            if (sp > 0) {
                String scheme = t.substring(0, sp).toLowerCase(Locale.ROOT);
                if (scheme.equals("bearer") || scheme.equals("apikey")) {
                    return t.substring(sp + 1).trim();
                }
                if (scheme.equals("basic")) {
                    return io.interdict.server.auth.BasicCredentials.key(t.substring(sp + 1).trim());
                }
            }
        }
        String x = ctx.header("X-Api-Key");
        if (x != null && !x.isBlank()) {
            return x.trim();
        }
        if (queryAllowed) {
            List<String> q = ctx.queryParamMap().get("api_key");
            if (q != null && !q.isEmpty()) {
                return q.get(0);
            }
        }
        return null;
    }

    private static void apiError(ApiError e, Context ctx) {
        error(ctx, e.status(), e.getMessage());
    }

    private static void unexpected(Exception e, Context ctx) {
        System.err.println("interdict serve: unexpected error on " + ctx.method() + " " + ctx.path() + ": " + e);
        e.printStackTrace();
        error(ctx, 500, "internal error; the server log has the details");
    }

    private static void notFound(Context ctx) {
        if (ctx.attribute(ATTR_ERROR) == null) {
            error(ctx, 404, "no endpoint " + ctx.method() + " " + Requests.shorten(ctx.path()) + " (see /openapi.json)");
        }
    }

    /** The one error body shape: {@code detail} is what yente's clients read. */
    static void error(Context ctx, int status, String message) {
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("status", status);
        o.put("detail", message);
        ctx.attribute(ATTR_ERROR, Boolean.TRUE);
        ctx.status(status).contentType("application/json").result(o.toString());
    }

    private void openApiDocument(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    private String loadError() {
        return loadError.get();
    }

    public InterdictServer start() {
        app.start();
        return this;
    }

    /** Loads the engine in the background; the server answers 503 (and /readyz not ready) until then. */
    public void loadAsync(Supplier<Engine> loader) {
        Thread t = new Thread(() -> {
            try {
                engine.set(loader.get());
            } catch (RuntimeException | Error e) {
                loadError.set(e.toString());
                System.err.println("interdict serve: snapshot failed to load: " + e);
            }
        }, "interdict-snapshot-loader");
        t.setDaemon(true);
        t.start();
    }

    public void setEngine(Engine e) {
        engine.set(e);
    }

    public int port() {
        return app.port();
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        app.stop();
        workers.close();
    }
}
