package io.interdict.streams.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The instance's operations endpoint: {@code /metrics} (Prometheus text), {@code /healthz} (200 while
 * the application is alive, for a liveness probe) and {@code /readyz} (200 once it is running with a
 * snapshot, for a readiness probe). The JDK's HTTP server: three GET routes need no framework.
 */
public final class OpsEndpoint implements AutoCloseable {
    private final HttpServer server;

    public OpsEndpoint(String host, int port, StreamMetrics metrics, BooleanSupplier alive, BooleanSupplier ready) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext("/metrics", ex -> send(ex, 200, StreamMetrics.CONTENT_TYPE, metrics.scrape()));
        server.createContext("/healthz", ex -> status(ex, alive.getAsBoolean()));
        server.createContext("/readyz", ex -> status(ex, ready.getAsBoolean()));
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "interdict-ops-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void status(HttpExchange ex, boolean ok) throws IOException {
        send(ex, ok ? 200 : 503, "text/plain; charset=utf-8", (ok ? "ok\n" : "unavailable\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(405, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
