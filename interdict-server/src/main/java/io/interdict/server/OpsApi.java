package io.interdict.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.server.auth.Role;
import io.interdict.server.http.Requests;
import io.interdict.server.http.Route;
import io.interdict.server.metrics.ServerMetrics;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/** Liveness, readiness, metrics and the Swagger UI page. */
final class OpsApi implements Api.Endpoints {
    private static final String SWAGGER_VERSION = swaggerVersion();

    private final Api api;
    private final Supplier<String> loadError;

    OpsApi(Api api, Supplier<String> loadError) {
        this.api = api;
        this.loadError = loadError;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/healthz", null, "ops", "Liveness: the process answers", List.of(), null,
                        "{\"status\":\"ok\"}", this::health),
                new Route(HandlerType.GET, "/readyz", null, "ops", "Readiness: 200 once the snapshot is loaded, else 503",
                        List.of(), null, "{\"status\":\"ready\",\"snapshot\":…}", this::ready),
                new Route(HandlerType.GET, "/metrics", Role.ADMIN, "ops", "Prometheus metrics (text format 0.0.4)",
                        List.of(), null, "Prometheus text", this::metrics));
    }

    private void health(Context ctx) {
        ctx.contentType("application/json").result("{\"status\":\"ok\"}");
    }

    private void ready(Context ctx) {
        ObjectNode o = Requests.JSON.createObjectNode();
        if (api.ready()) {
            o.put("status", "ready");
            o.put("snapshot", api.engine().snapshot().hash());
            ctx.status(200);
        } else {
            o.put("status", loadError.get() == null ? "loading" : "failed");
            if (loadError.get() != null) {
                o.put("detail", loadError.get());
            }
            ctx.status(503);
        }
        ctx.contentType("application/json").result(o.toString());
    }

    private void metrics(Context ctx) {
        ctx.contentType(ServerMetrics.CONTENT_TYPE).result(api.metrics().scrape());
    }

    static void swaggerUi(Context ctx) {
        String base = "/webjars/swagger-ui/" + SWAGGER_VERSION;
        ctx.contentType("text/html; charset=utf-8").result("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Interdict API</title>
                <link rel="stylesheet" href="%1$s/swagger-ui.css"></head>
                <body><div id="swagger-ui"></div>
                <script src="%1$s/swagger-ui-bundle.js"></script>
                <script>window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});</script>
                </body></html>
                """.formatted(base));
    }

    /** The webjar's version, filtered into a resource at build time, so the page never points at a stale path. */
    private static String swaggerVersion() {
        try (InputStream in = OpsApi.class.getResourceAsStream("/interdict-server.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("swagger.ui.version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("interdict-server.properties missing from the build", e);
        }
    }
}
