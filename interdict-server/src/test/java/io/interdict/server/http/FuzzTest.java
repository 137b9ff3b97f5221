package io.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.server.kit.ServerKit;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the running server: random, mutated and adversarial bodies and query strings to
 * every endpoint that reads input. The one property: bad input is never a 5xx, and every 4xx carries a
 * JSON {@code detail}. The seed is fixed so a failure reproduces; change it to explore further.
 */
class FuzzTest {
    static final ServerKit shared = ServerKit.shared();
    /** The same server with every request through the workers' queue: errors must map alike on that path. */
    static ServerKit queued;

    @org.junit.jupiter.api.BeforeAll
    static void startQueued() {
        queued = new ServerKit(io.interdict.server.ServerSettings.defaults().withInlineWhenIdle(false), true);
    }

    @org.junit.jupiter.api.AfterAll
    static void stopQueued() {
        queued.close();
    }


    static final long SEED = 20210105L;
    static final int PER_TARGET = 160;

    record Target(String path, String contentType, List<String> samples) {
    }

    static final List<Target> BODY_TARGETS = List.of(
            new Target("/v1/screen", "application/json", List.of(
                    "{\"id\":\"t\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"Alipay\",\"ids\":[\"android:x.y\"]}],\"equipment\":null}",
                    "[{\"id\":\"t\",\"date\":\"2021-03-01\",\"kind\":\"equipment_purchase\",\"jurisdiction\":\"GB\",\"parties\":[{\"name\":\"Huawei\"}],\"equipment\":{\"network\":\"5g\",\"domain\":\"core\"}}]")),
            new Target("/v1/screen", "application/x-ndjson", List.of(
                    "{\"id\":\"t\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"Alipay\"}]}\n{\"id\":\"u\"}\n")),
            new Target("/v1/screen", "text/csv", List.of(
                    "id,date,kind,jurisdiction,party_name,party_ids\nc1,2021-03-01,payment,US,Alipay,android:a;ios:b\n")),
            new Target("/v1/match", "application/json", List.of(
                    "{\"queries\":[{\"name\":\"Alipay\",\"list\":[\"interdict\"],\"limit\":3,\"ids\":[\"imo:123\"],\"country\":\"CN\"}]}")),
            new Target("/match/default", "application/json", List.of(
                    "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"John Doe\"],\"birthDate\":[\"1975-04-21\"],\"firstName\":\"J\"}},\"b\":{\"schema\":\"Vessel\",\"properties\":{\"imoNumber\":[\"9187629\"]}}},\"weights\":{}}")),
            new Target("/reconcile", "application/x-www-form-urlencoded", List.of(
                    "queries=" + URLEncoder.encode("{\"q0\":{\"query\":\"Alipay\",\"type\":[\"Organization\"],\"limit\":2,\"properties\":[{\"pid\":\"country\",\"v\":[\"CN\",{\"id\":\"x\"}]}]}}", StandardCharsets.UTF_8),
                    "extend=" + URLEncoder.encode("{\"ids\":[\"interdict:app/alipay\"],\"properties\":[{\"id\":\"country\",\"settings\":{}}]}", StandardCharsets.UTF_8))),
            new Target("/match/sanctions?algorithm=logic-v1&partition=true&threshold=0.70&cutoff=0.70", "application/json", List.of(
                    "{\"queries\":{\"u\":{\"schema\":\"Organization\",\"properties\":{\"name\":[\"Alipay\"],\"jurisdiction\":[\"Russia\"]},\"filters\":{\"properties.programId\":[[\"x\"]]},\"params\":null}},\"config\":{}}")));

    static final List<String> GET_PATHS = List.of("/v1/check", "/v1/match", "/v1/measures", "/v1/measures/us-eo-13971",
            "/search/default", "/reconcile", "/v1/lists", "/entities/interdict:app/alipay", "/catalog", "/algorithms",
            "/reconcile/default/suggest/entity", "/reconcile/default/suggest/type", "/reconcile/default/properties",
            "/reconcile/default/preview", "/reconcile/default/view/interdict:app/alipay");
    static final List<String> PARAMS = List.of("name", "kind", "date", "known_at", "jurisdiction", "id", "country", "network",
            "domain", "list", "limit", "q", "schema", "offset", "target", "countries", "queries", "fuzzy", "x", "",
            "prefix", "cursor", "callback", "extend", "nested", "type", "filter_op", "facets", "threshold", "cutoff");
    static final String ALPHABET = "{}[]\",:\\0123456789.-+eE truefalsn\n\t\u0000é中\uD83D\uDE00%&=?#/abcdxyz";

    @org.junit.jupiter.params.ParameterizedTest(name = "{index}: inline when idle = {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void randomBodiesNeverCauseServerErrors(boolean inline) {
        ServerKit kit = inline ? shared : queued;
        Random rnd = new Random(SEED);
        int requests = 0;
        for (Target t : BODY_TARGETS) {
            for (int i = 0; i < PER_TARGET; i++) {
                byte[] body = body(rnd, t.samples().get(rnd.nextInt(t.samples().size())));
                var b = HttpRequest.newBuilder(URI.create(kit.base() + t.path())).POST(HttpRequest.BodyPublishers.ofByteArray(body));
                ServerKit.Resp r = kit.send(b, kit.adminKey, Map.of("Content-Type", t.contentType()));
                requests++;
                assertThat(r.status()).as("%s %s body %s -> %s", t.path(), t.contentType(), show(body), r).isLessThan(500);
                if (r.status() >= 400) {
                    assertThat(r.json().get("detail").asText()).as(r.toString()).isNotEmpty();
                }
            }
        }
        assertThat(requests).isEqualTo(BODY_TARGETS.size() * PER_TARGET);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{index}: inline when idle = {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void randomQueryStringsNeverCauseServerErrors(boolean inline) {
        ServerKit kit = inline ? shared : queued;
        Random rnd = new Random(SEED + 1);
        for (int i = 0; i < 400; i++) {
            String path = GET_PATHS.get(rnd.nextInt(GET_PATHS.size()));
            StringBuilder q = new StringBuilder();
            int n = rnd.nextInt(5);
            for (int k = 0; k < n; k++) {
                q.append(k == 0 ? "?" : "&").append(PARAMS.get(rnd.nextInt(PARAMS.size())));
                if (rnd.nextInt(5) > 0) {
                    q.append('=').append(rnd.nextBoolean() ? URLEncoder.encode(text(rnd, 30), StandardCharsets.UTF_8) : rawJunk(rnd));
                }
            }
            // Sent raw: java.net.http would refuse the malformed escapes this is meant to try.
            int status = kit.raw("GET " + path + q + " HTTP/1.1\r\nAuthorization: Bearer " + kit.adminKey, new byte[0]);
            assertThat(status).as("GET %s%s", path, q).isLessThan(500);
        }
    }

    private static String rawJunk(Random rnd) {
        String[] bits = {"%", "%Z", "%zz1", "%E4%B8", "%C0%AF", "2021-02-30", "-1", "99999999999", "1e999", "NaN", "a;b", "UK", "5g"};
        return bits[rnd.nextInt(bits.length)];
    }

    static byte[] body(Random rnd, String sample) {
        return switch (rnd.nextInt(6)) {
            case 0 -> {
                byte[] b = new byte[rnd.nextInt(400)];
                rnd.nextBytes(b);
                yield b;
            }
            case 1 -> json(rnd, 0).getBytes(StandardCharsets.UTF_8);
            case 2 -> ("[".repeat(40 + rnd.nextInt(200)) + "]".repeat(rnd.nextInt(3))).getBytes(StandardCharsets.UTF_8);
            default -> mutate(rnd, sample).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A few character-level edits of a valid body: deletions, insertions, duplications. */
    static String mutate(Random rnd, String s) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + rnd.nextInt(5);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = rnd.nextInt(sb.length());
            switch (rnd.nextInt(4)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(8)));
                case 1 -> sb.insert(at, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                case 2 -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + rnd.nextInt(20))));
                default -> sb.setCharAt(at, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    /** Random JSON values using field names the endpoints know, so parsing gets past the first check. */
    static String json(Random rnd, int depth) {
        String[] keys = {"id", "date", "kind", "jurisdiction", "parties", "name", "ids", "equipment", "network", "queries",
                         "schema", "properties", "query", "type", "limit", "list", "pid", "v", "amount", "weights", "zz"};
        int pick = depth > 4 ? rnd.nextInt(4) : rnd.nextInt(6);
        return switch (pick) {
            case 0 -> "\"" + text(rnd, 12).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case 1 -> rnd.nextBoolean() ? Long.toString(rnd.nextLong()) : Double.toString(rnd.nextGaussian() * 1e6);
            case 2 -> rnd.nextBoolean() ? "true" : "null";
            case 3 -> "\"2021-0" + rnd.nextInt(10) + "-" + rnd.nextInt(40) + "\"";
            case 4 -> {
                List<String> items = new ArrayList<>();
                for (int i = rnd.nextInt(4); i > 0; i--) {
                    items.add(json(rnd, depth + 1));
                }
                yield "[" + String.join(",", items) + "]";
            }
            default -> {
                List<String> fields = new ArrayList<>();
                for (int i = rnd.nextInt(6); i > 0; i--) {
                    fields.add("\"" + keys[rnd.nextInt(keys.length)] + "\":" + json(rnd, depth + 1));
                }
                yield "{" + String.join(",", fields) + "}";
            }
        };
    }

    static String text(Random rnd, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = rnd.nextInt(max); i > 0; i--) {
            sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String show(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
