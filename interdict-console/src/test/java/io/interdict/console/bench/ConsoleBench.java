package io.interdict.console.bench;

import io.interdict.console.kit.ConsoleKit;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import io.interdict.lists.Embedded;
import io.interdict.config.Config;
import io.interdict.store.audit.AuditLog;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Server time per console page with 100,000 alerts in the store (SQLite): not a CI test (minutes of
 * set-up, timings depend on the machine). Run with scripts/console-bench. Times are measured by the
 * client on loopback, request sent to last byte read, so they include HTTP and rendering.
 */
@Tag("bench")
class ConsoleBench {
    static final int ALERTS = Integer.getInteger("console.bench.alerts", 100_000);
    static final int ROUNDS = Integer.getInteger("console.bench.rounds", 30);

    @Test
    void pagesAt100kAlerts() throws Exception {
        try (ConsoleKit kit = new ConsoleKit()) {
            Screener s = Embedded.screener(ConsoleKit.snapshot(false), Config.defaults());
            Decision block = s.screen(tx("x", "Example Trading Company", "2026-05-20", TxKind.PAYMENT));
            Decision review = s.screen(tx("y", "TikTok", "2025-05-01", TxKind.APP_STORE_DISTRIBUTION));
            long t0 = System.nanoTime();
            AuditLog log = kit.store.audit();
            List<AuditLog.Entry> batch = new ArrayList<>();
            for (int i = 0; i < ALERTS; i++) {
                boolean b = i % 3 != 0;
                batch.add(new AuditLog.Entry("bench-" + i, tx("bench-" + i, b ? "Example Trading Company" : "TikTok",
                        b ? "2026-05-20" : "2025-05-01", b ? TxKind.PAYMENT : TxKind.APP_STORE_DISTRIBUTION), b ? block : review));
                if (batch.size() == 2000) {
                    log.append(batch, new AuditLog.Context("bench", "cli-batch", "bench", "interdict-v1"));
                    batch.clear();
                }
            }
            log.append(batch, new AuditLog.Context("bench", "cli-batch", "bench", "interdict-v1"));
            // Every 50th alert assigned to bob: a selective assignee filter.
            kit.store.database().tx(c -> {
                try (PreparedStatement up = c.prepareStatement("UPDATE alerts SET assignee = 'bob' WHERE id % 50 = 0")) {
                    return up.executeUpdate();
                }
            });
            System.out.printf("seeded %,d alerts in %.1f s%n", ALERTS, (System.nanoTime() - t0) / 1e9);

            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String cookie = signIn(http, kit);
            long ti = System.nanoTime();
            get(http, kit, "/alerts", cookie);
            System.out.printf("first queue read (indexes the measures of %,d alerts once): %.1f s%n", ALERTS, (System.nanoTime() - ti) / 1e9);
            long mid = ALERTS / 2;
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("queue, first page", "/alerts");
            pages.put("queue, page at alert 50,000 (keyset)", "/alerts?before=" + mid);
            pages.put("queue, outcome=REVIEW", "/alerts?outcome=REVIEW");
            pages.put("queue, measure=us-pafaca-2024", "/alerts?measure=us-pafaca-2024");
            pages.put("queue, assignee=bob", "/alerts?assignee=bob");
            pages.put("queue, age older than 7 days (none: empty scan)", "/alerts?age=older-7");
            pages.put("queue, state=CLOSED (none)", "/alerts?state=CLOSED");
            pages.put("alert page", "/alerts/" + mid);
            pages.put("alert replay", "/alerts/" + mid + "/replay");
            pages.put("screen form", "/screen");
            pages.put("law index", "/law");
            pages.put("law timeline us-eo-13942", "/law/us-eo-13942");
            pages.put("law status fragment", "/law/us-eo-13942/status?date=2020-10-01");
            pages.put("lists", "/lists");
            pages.put("entity", "/entity/interdict:app/tiktok");
            pages.put("suppressions", "/suppressions");
            String csrf = field(get(http, kit, "/screen", cookie).body(), "csrf");
            System.out.printf("%-50s %8s %8s %8s%n", "page", "median", "p90", "max");
            for (Map.Entry<String, String> p : pages.entrySet()) {
                report(p.getKey(), time(() -> {
                    HttpResponse<String> r = get(http, kit, p.getValue(), cookie);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(p.getValue() + " answered " + r.statusCode());
                    }
                }));
            }
            report("POST /screen (screen, record, render)", time(() -> {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(kit.base() + "/screen"))
                        .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                                + "&date=2025-05-01&kind=app_store_distribution&jurisdiction=US&party_name=TikTok")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("POST /screen answered " + r.statusCode());
                }
            }));
        }
    }

    interface Call {
        void run() throws Exception;
    }

    private static double[] time(Call c) throws Exception {
        for (int i = 0; i < 5; i++) {
            c.run();
        }
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            c.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String name, double[] ms) {
        System.out.printf("%-50s %6.1f ms %6.1f ms %6.1f ms%n", name, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[ms.length - 1]);
    }

    private static Transaction tx(String id, String name, String date, TxKind kind) {
        return new Transaction(id, LocalDate.parse(date), null, kind, "US", List.of(new Party("counterparty", name, null, List.of())),
                null, null, null, null);
    }

    private static HttpResponse<String> get(HttpClient http, ConsoleKit kit, String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(kit.base() + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no field " + name);
        }
        return m.group(1);
    }

    private static String signIn(HttpClient http, ConsoleKit kit) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(kit.base() + "/signin")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String pre = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String body = "signin_token=" + field(form.body(), "signin_token") + "&method=password&name=alice&password="
                + URLEncoder.encode(ConsoleKit.PASSWORD, StandardCharsets.UTF_8) + "&next=/";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(kit.base() + "/signin")).header("Cookie", pre)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }
}
