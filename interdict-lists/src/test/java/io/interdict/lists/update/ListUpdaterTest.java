package io.interdict.lists.update;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.ListSet;
import io.interdict.lists.TestFiles;
import io.interdict.lists.un.UnScImporter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every test talks to a local server on 127.0.0.1 only; nothing here reaches the internet. */
class ListUpdaterTest {
    static final byte[] UN = TestFiles.bytes("fixtures/un-sc/sample_unsc.xml");

    HttpServer server;
    final AtomicInteger hits = new AtomicInteger();
    final List<Long> sleeps = new ArrayList<>();
    volatile Consumer<HttpExchange> handler;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            try {
                handler.accept(ex);
            } finally {
                ex.close();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    SourcesConfig config(int timeoutSeconds) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/consolidated.xml";
        return new SourcesConfig(new SourcesConfig.Settings(2, timeoutSeconds, 2, 100, 10_000_000, 0.2),
                Map.of("un-sc", new SourcesConfig.Source(List.of(new SourcesConfig.FileSpec("consolidated.xml", url)))));
    }

    ListUpdater updater(ListSet set, int timeoutSeconds) {
        return new ListUpdater(config(timeoutSeconds), set, sleeps::add);
    }

    static void send(HttpExchange ex, int code, byte[] body, String... headers) {
        try {
            for (int i = 0; i < headers.length; i += 2) {
                ex.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            ex.sendResponseHeaders(code, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(body);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void download_thenNotModifiedWithEtag() {
        ListSet set = new ListSet();
        handler = ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, null);
            } else {
                send(ex, 200, UN, "ETag", "\"v1\"", "Last-Modified", "Fri, 27 Feb 2026 00:00:00 GMT");
            }
        };
        ListUpdater u = updater(set, 5);
        ListUpdater.Outcome first = u.update("un-sc", false);
        assertThat(first.status()).isEqualTo(ListUpdater.Status.UPDATED);
        assertThat(first.entitiesAfter()).isEqualTo(7);
        assertThat(set.part("un-sc")).isPresent();
        ListUpdater.Outcome second = u.update("un-sc", false);
        assertThat(second.status()).isEqualTo(ListUpdater.Status.NOT_MODIFIED);
        assertThat(second.bytes()).isZero();
        assertThat(ListUpdater.describe(List.of(first, second))).contains("UPDATED", "NOT_MODIFIED");
    }

    @Test
    void sameBytesAgain_isUnchanged() {
        ListSet set = new ListSet();
        handler = ex -> send(ex, 200, UN);
        ListUpdater u = updater(set, 5);
        assertThat(u.update("un-sc", false).status()).isEqualTo(ListUpdater.Status.UPDATED);
        assertThat(u.update("un-sc", false).status()).isEqualTo(ListUpdater.Status.UNCHANGED);
    }

    @Test
    void serverErrors_areRetriedWithExponentialBackOff() {
        AtomicInteger n = new AtomicInteger();
        handler = ex -> {
            if (n.incrementAndGet() < 3) {
                send(ex, 500, "oops".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, UN);
            }
        };
        ListUpdater.Outcome o = updater(new ListSet(), 5).update("un-sc", false);
        assertThat(o.status()).isEqualTo(ListUpdater.Status.UPDATED);
        assertThat(o.requests()).isEqualTo(3);
        assertThat(sleeps).containsExactly(100L, 200L);
    }

    @Test
    void persistent500_failsAndKeepsThePreviousList() throws Exception {
        ListSet set = new ListSet();
        set.load(new UnScImporter(), List.of(TestFiles.fixture("un-sc/sample_unsc.xml")), null);
        SourcePart before = set.part("un-sc").orElseThrow();
        handler = ex -> send(ex, 500, new byte[0]);
        ListUpdater.Outcome o = updater(set, 5).update("un-sc", false);
        assertThat(o.status()).isEqualTo(ListUpdater.Status.FAILED);
        assertThat(o.message()).contains("HTTP 500", "after 3 attempts");
        assertThat(set.part("un-sc")).containsSame(before);
    }

    @Test
    void notFound_isNotRetried() {
        handler = ex -> send(ex, 404, new byte[0]);
        ListUpdater.Outcome o = updater(new ListSet(), 5).update("un-sc", false);
        assertThat(o.status()).isEqualTo(ListUpdater.Status.FAILED);
        assertThat(o.requests()).isEqualTo(1);
    }

    @Test
    void timeout() {
        handler = ex -> {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, UN);
        };
        ListUpdater.Outcome o = updater(new ListSet(), 1).update("un-sc", false);
        assertThat(o.status()).isEqualTo(ListUpdater.Status.FAILED);
        assertThat(o.message()).contains("timed out");
    }

    @Test
    void truncatedBody() {
        handler = ex -> {
            try {
                ex.sendResponseHeaders(200, UN.length);
                OutputStream o = ex.getResponseBody();
                o.write(UN, 0, UN.length / 2);
                o.flush();
                // closing the exchange now leaves the body short of its Content-Length
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        ListUpdater.Outcome o = updater(new ListSet(), 5).update("un-sc", false);
        assertThat(o.status()).isEqualTo(ListUpdater.Status.FAILED);
        assertThat(o.requests()).isEqualTo(3);
    }

    @Test
    void malformedFile_failsWithRowErrors() throws Exception {
        ListSet set = new ListSet();
        set.load(new UnScImporter(), List.of(TestFiles.fixture("un-sc/sample_unsc.xml")), null);
        handler = ex -> send(ex, 200, new String(UN, StandardCharsets.UTF_8).substring(0, 3000).getBytes(StandardCharsets.UTF_8));
        ListUpdater.Outcome o = updater(set, 5).update("un-sc", false);
        assertThat(o.status()).isEqualTo(ListUpdater.Status.FAILED);
        assertThat(o.message()).contains("import failed", "consolidated.xml:", "malformed XML");
        assertThat(set.part("un-sc").orElseThrow().entities()).hasSize(7);
    }

    @Test
    void shrinkingList_isRefusedUnlessForced() throws Exception {
        ListSet set = new ListSet();
        set.load(new UnScImporter(), List.of(TestFiles.fixture("un-sc/sample_unsc.xml")), null);
        // keep the first two INDIVIDUAL records only: 7 -> 2 entities
        String xml = new String(UN, StandardCharsets.UTF_8);
        int third = nth(xml, "<INDIVIDUAL>", 3);
        String shrunk = xml.substring(0, third) + "</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>";
        handler = ex -> send(ex, 200, shrunk.getBytes(StandardCharsets.UTF_8));
        ListUpdater.Outcome refused = updater(set, 5).update("un-sc", false);
        assertThat(refused.status()).isEqualTo(ListUpdater.Status.REFUSED);
        assertThat(refused.message()).contains("from 7 to 2");
        assertThat(set.part("un-sc").orElseThrow().entities()).hasSize(7);
        ListUpdater.Outcome forced = updater(set, 5).update("un-sc", true);
        assertThat(forced.status()).isEqualTo(ListUpdater.Status.UPDATED);
        assertThat(forced.delta().removed()).hasSize(5);
        assertThat(set.part("un-sc").orElseThrow().entities()).hasSize(2);
    }

    @Test
    void oversizedBody_isRefused() {
        handler = ex -> send(ex, 200, UN);
        SourcesConfig c = config(5);
        SourcesConfig small = c.withSettings(new SourcesConfig.Settings(2, 5, 0, 1, 1000, 0.2));
        ListUpdater.Outcome o = new ListUpdater(small, new ListSet(), sleeps::add).update("un-sc", false);
        assertThat(o.status()).isEqualTo(ListUpdater.Status.FAILED);
        assertThat(o.message()).contains("max_bytes");
    }

    @Test
    void shippedConfig_namesEverySourceWithHttpsUrls() {
        SourcesConfig c = SourcesConfig.load();
        assertThat(c.sources().keySet()).contains("ofac-sdn", "ofac-cons", "un-sc", "uk-hmt", "eu-fsf", "us-csl", "us-bis-dpl");
        assertThat(c.sources().values()).allSatisfy(s -> assertThat(s.files()).allSatisfy(f -> assertThat(f.url()).startsWith("https://")));
        assertThat(c.sources().get("un-sc").files().get(0).url()).isEqualTo("https://scsanctions.un.org/resources/xml/en/consolidated.xml");
    }

    private static int nth(String s, String needle, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = s.indexOf(needle, at + 1);
        }
        return at;
    }
}
