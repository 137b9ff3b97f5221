package io.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every error, whoever produces it (a handler, Javalin's router, Jetty's HTTP parser), answers in the
 * one documented shape {@code {"status": N, "detail": "…"}} with {@code Content-Type: application/json}.
 */
class ErrorShapeTest {
    static final ServerKit kit = ServerKit.shared();

    /** Raw bytes to the server; the whole answer back (the connection is closed by us or by Jetty). */
    static String raw(String request) {
        try (Socket s = new Socket("127.0.0.1", kit.server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] b = new byte[8192];
            int n;
            while ((n = in.read(b)) != -1) {
                buf.write(b, 0, n);
                String text = buf.toString(StandardCharsets.ISO_8859_1);
                int head = text.indexOf("\r\n\r\n");
                int cl = text.toLowerCase().indexOf("content-length:");
                if (head > 0 && cl > 0 && cl < head) {
                    int len = Integer.parseInt(text.substring(cl + 15, text.indexOf("\r\n", cl)).trim());
                    if (buf.size() >= head + 4 + len) {
                        break;
                    }
                }
            }
            return buf.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertJsonError(String response, int status) {
        assertThat(response).as(response).startsWith("HTTP/1.1 " + status);
        int head = response.indexOf("\r\n\r\n");
        assertThat(response.substring(0, head).toLowerCase()).contains("content-type: application/json");
        JsonNode body;
        try {
            body = ServerKit.JSON.readTree(response.substring(head + 4));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response, e);
        }
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(body.size()).isEqualTo(2);
    }

    @Test
    void jettyRefusalsAreJson() {
        assertJsonError(raw("GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n"), 400);
        assertJsonError(raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414);
        assertJsonError(raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n"), 431);
        assertJsonError(raw("GET /healthz HTTP/7.0\r\nHost: x\r\n\r\n"), 505);
    }

    @Test
    void methodNotAllowedAndNotFoundAreJson() {
        assertJsonError(raw("DELETE /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405);
        assertJsonError(raw("GET /no/such/path HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 404);
        Resp put = kit.send(HttpRequest.newBuilder(URI.create(kit.base() + "/v1/screen")).PUT(HttpRequest.BodyPublishers.ofString("{}")),
                kit.screenKey, Map.of());
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.json().get("detail").asText()).contains("PUT");
    }

    @Test
    void aTextPlainBodyIsNotParsedAsJson() {
        String tx = "{\"id\":\"t\",\"date\":\"2024-01-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"x\"}]}";
        Resp r = kit.post("/v1/screen", tx, "text/plain", kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(415);
        assertThat(r.json().get("detail").asText()).contains("text/plain");
        assertThat(kit.post("/v1/match", "{\"queries\":[{\"name\":\"x\"}]}", "text/plain", kit.screenKey).status()).isEqualTo(415);
        assertThat(kit.post("/v1/screen", tx, "application/json; charset=utf-8", kit.screenKey).status()).isEqualTo(200);
    }

    @Test
    void staticFilesCarryARealContentType() {
        Resp page = kit.get("/docs", null);
        String css = page.body().replaceAll("(?s).*href=\"([^\"]+\\.css)\".*", "$1");
        Resp r = kit.get(css, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/css").doesNotContain("null");
        Resp js = kit.get(css.replace("swagger-ui.css", "swagger-ui-bundle.js"), null);
        assertThat(js.header("Content-Type")).contains("javascript").doesNotContain("null");
    }
}
