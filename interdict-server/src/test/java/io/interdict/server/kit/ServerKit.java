package io.interdict.server.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.screen.Screener;
import io.interdict.lists.Embedded;
import io.interdict.config.Config;
import io.interdict.server.Engine;
import io.interdict.server.InterdictServer;
import io.interdict.server.ServerSettings;
import io.interdict.server.auth.ApiKeys;
import io.interdict.server.auth.FileApiKeys;
import io.interdict.server.auth.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;

/**
 * Test kit: a real server on a random loopback port, with the embedded snapshot and one key per role.
 * The shared instance is started once per JVM (the snapshot takes seconds to build; the server does not).
 */
public final class ServerKit implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    /** Fixed "today" so defaults that read the clock give the same answer on every run. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-01T12:00:00Z"), ZoneOffset.UTC);

    private static ServerKit shared;
    private static Screener screener;

    public final InterdictServer server;
    public final ApiKeys keys;
    public final Path dataDir;
    public final String screenKey;
    public final String reviewKey;
    public final String adminKey;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static synchronized Screener screener() {
        if (screener == null) {
            screener = Embedded.screener(Config.defaults());
        }
        return screener;
    }

    public static synchronized ServerKit shared() {
        if (shared == null) {
            shared = new ServerKit(ServerSettings.defaults(), true);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public ServerKit(ServerSettings settings, boolean loaded) {
        this(settings, loaded, io.interdict.server.http.ClientLimits.forThreads(settings.maxThreads()));
    }

    public ServerKit(ServerSettings settings, boolean loaded, io.interdict.server.http.ClientLimits limits) {
        try {
            dataDir = Files.createTempDirectory("interdict-server-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keys = new FileApiKeys(dataDir);
        screenKey = keys.create("screen", EnumSet.of(Role.SCREEN)).secret();
        reviewKey = keys.create("review", EnumSet.of(Role.REVIEW)).secret();
        adminKey = keys.create("admin", EnumSet.of(Role.ADMIN)).secret();
        server = new InterdictServer(settings.withDataDir(dataDir), keys, CLOCK, limits).start();
        if (loaded) {
            server.setEngine(Engine.of(screener(), CLOCK.instant()));
        }
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public Resp get(String path, String key) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), key, Map.of());
    }

    public Resp post(String path, String body, String key) {
        return post(path, body, "application/json", key);
    }

    public Resp post(String path, String body, String contentType, String key) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).POST(HttpRequest.BodyPublishers.ofString(body)),
                key, Map.of("Content-Type", contentType));
    }

    public Resp send(HttpRequest.Builder b, String key, Map<String, String> headers) {
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Resp(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends raw HTTP/1.1 bytes (for requests java.net.http refuses to build, such as a bad percent
     * escape) and returns the status code of the answer.
     */
    public int raw(String requestLineAndHeaders, byte[] body) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            var out = s.getOutputStream();
            out.write((requestLineAndHeaders + "\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpClient client() {
        return http;
    }

    @Override
    public void close() {
        server.close();
    }

    /** A response, with its body parsed as JSON on demand. */
    public record Resp(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
