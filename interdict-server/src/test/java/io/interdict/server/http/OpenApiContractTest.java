package io.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi.json} tells the truth: every documented operation is sent (a sample request per
 * operation; an operation without one fails the test), and each answer is validated against the
 * document: its status must be documented, its media type listed, and a JSON body must fit the schema.
 * Errors (400, 404, 405, 415…) are validated against the one Error schema, which admits no other field.
 */
class OpenApiContractTest {
    static final ServerKit kit = ServerKit.shared();

    record Sample(String pathAndQuery, String body, String contentType, String key) {
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One (or more) real request per documented operation. */
    static Map<String, List<Sample>> samples() {
        String s = kit.screenKey;
        String tx = "{\"id\":\"t1\",\"date\":\"2021-01-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"role\":\"counterparty\",\"name\":\"Alipay\"}]}";
        String match = "{\"queries\":{\"a\":{\"schema\":\"Company\",\"properties\":{\"name\":[\"AEROCARIBBEAN AIRLINES\"],\"country\":[\"Cuba\"]}}}}";
        String rq = "queries=" + enc("{\"q0\":{\"query\":\"Alipay\"}}");
        String ext = "{\"ids\":[\"interdict:app/alipay\"],\"properties\":[{\"id\":\"country\"}]}";
        Map<String, List<Sample>> m = new LinkedHashMap<>();
        m.put("post /v1/screen", List.of(new Sample("/v1/screen", tx, "application/json", s), new Sample("/v1/screen", "[" + tx + "]", "application/json", s),
                new Sample("/v1/screen", tx + "\n", "application/x-ndjson", s), new Sample("/v1/screen", tx, "text/plain", s)));
        m.put("get /v1/check", List.of(new Sample("/v1/check?name=Alipay&date=2021-01-01", null, null, s)));
        m.put("get /v1/match", List.of(new Sample("/v1/match?name=Alipay", null, null, s), new Sample("/v1/match?name=Alipay&nope=1", null, null, s)));
        m.put("post /v1/match", List.of(new Sample("/v1/match", "{\"queries\":[{\"name\":\"Alipay\"}]}", "application/json", s)));
        m.put("get /v1/measures", List.of(new Sample("/v1/measures?date=2021-01-01", null, null, s)));
        m.put("get /v1/measures/{id}", List.of(new Sample("/v1/measures/us-eo-13971", null, null, s), new Sample("/v1/measures/nope", null, null, s)));
        m.put("get /v1/entities/{id}", List.of(new Sample("/v1/entities/interdict:app/alipay", null, null, kit.reviewKey),
                new Sample("/v1/entities/interdict:app/alipay", null, null, s)));
        m.put("get /v1/lists", List.of(new Sample("/v1/lists", null, null, s)));
        m.put("get /healthz", List.of(new Sample("/healthz", null, null, null)));
        m.put("get /readyz", List.of(new Sample("/readyz", null, null, null)));
        m.put("get /metrics", List.of(new Sample("/metrics", null, null, kit.adminKey), new Sample("/metrics", null, null, null)));
        m.put("get /openapi.json", List.of(new Sample("/openapi.json", null, null, null)));
        m.put("get /docs", List.of(new Sample("/docs", null, null, null)));
        m.put("get /webjars/{path}", List.of(new Sample("/webjars/swagger-ui/" + swaggerVersion() + "/swagger-ui.css", null, null, null),
                new Sample("/webjars/nothing.css", null, null, null)));
        m.put("post /match/{dataset}", List.of(new Sample("/match/default", match, "application/json", s),
                new Sample("/match/nope", match, "application/json", s), new Sample("/match/default?limit=x", match, "application/json", s)));
        m.put("get /search/{dataset}", List.of(new Sample("/search/default?q=Alipay", null, null, s)));
        m.put("get /catalog", List.of(new Sample("/catalog", null, null, null)));
        m.put("get /algorithms", List.of(new Sample("/algorithms", null, null, null)));
        m.put("get /entities/{id}", List.of(new Sample("/entities/interdict:app/alipay", null, null, s), new Sample("/entities/no:such", null, null, s)));
        for (String base : List.of("/reconcile", "/reconcile/{dataset}")) {
            String p = base.replace("{dataset}", "default");
            m.put("get " + base, List.of(new Sample(p, null, null, null), new Sample(p + "?" + rq, null, null, s),
                    new Sample(p + "?" + rq, null, null, null),
                    new Sample(p + "?extend=" + enc(ext), null, null, s), new Sample(p + "?callback=cb", null, null, null)));
            m.put("post " + base, List.of(new Sample(p, rq, "application/x-www-form-urlencoded", s),
                    new Sample(p, "extend=" + enc(ext), "application/x-www-form-urlencoded", s)));
        }
        String r = "/reconcile/default";
        m.put("get /reconcile/{dataset}/suggest/entity", List.of(new Sample(r + "/suggest/entity?prefix=ali", null, null, s)));
        m.put("get /reconcile/{dataset}/suggest/property", List.of(new Sample(r + "/suggest/property?prefix=c", null, null, s)));
        m.put("get /reconcile/{dataset}/suggest/type", List.of(new Sample(r + "/suggest/type?prefix=p&callback=f", null, null, s)));
        m.put("get /reconcile/{dataset}/properties", List.of(new Sample(r + "/properties?type=Person", null, null, s)));
        m.put("get /reconcile/{dataset}/preview", List.of(new Sample(r + "/preview?id=interdict:app/alipay", null, null, s)));
        m.put("get /reconcile/{dataset}/view/{id}", List.of(new Sample(r + "/view/interdict:app/alipay", null, null, s)));
        return m;
    }

    static String swaggerVersion() {
        String page = kit.get("/docs", null).body();
        return page.replaceAll("(?s).*/webjars/swagger-ui/([^/]+)/.*", "$1");
    }

    static JsonSchema schema(JsonNode doc, JsonNode schema) {
        ObjectNode s = schema.deepCopy();
        s.set("components", doc.get("components"));
        return OpenApiSchemaTest.FACTORY.getSchema(s);
    }

    static Resp send(String method, Sample x) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kit.base() + x.pathAndQuery()));
        b = x.body() == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(x.body()));
        return kit.send(b, x.key(), x.contentType() == null ? Map.of() : Map.of("Content-Type", x.contentType()));
    }

    static void check(JsonNode doc, JsonNode op, String what, Resp r) throws Exception {
        JsonNode response = op.get("responses").get(Integer.toString(r.status()));
        assertThat(response).as(what + " answered " + r.status() + ", which is not documented: " + r).isNotNull();
        String media = r.header("Content-Type") == null ? "" : r.header("Content-Type").split(";")[0].trim();
        JsonNode content = response.get("content");
        assertThat(content).as(what + ": " + r.status() + " documents no content").isNotNull();
        assertThat(content.has(media)).as(what + ": media type " + media + " not documented for " + r.status() + " " + content).isTrue();
        if (media.equals("application/json")) {
            var errors = schema(doc, content.get(media).get("schema")).validate(ServerKit.JSON.readTree(r.body()));
            assertThat(errors).as(what + " " + r).isEmpty();
        }
    }

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        JsonNode doc = kit.get("/openapi.json", null).json();
        Map<String, List<Sample>> samples = samples();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                String key = op.getKey() + " " + path.getKey();
                List<Sample> xs = samples.get(key);
                if (xs == null) {
                    missing.add(key);
                    continue;
                }
                for (Sample x : xs) {
                    check(doc, op.getValue(), key + " (" + x.pathAndQuery() + ")", send(op.getKey().toUpperCase(), x));
                    checked++;
                }
                // Any method the path does not document: 405, in the documented error shape.
                Resp wrong = send("PATCH", new Sample(xs.get(0).pathAndQuery(), "{}", "application/json", xs.get(0).key()));
                assertThat(wrong.status()).as("PATCH " + path.getKey()).isEqualTo(405);
                check(doc, op.getValue(), "PATCH " + path.getKey(), wrong);
            }
        }
        assertThat(missing).as("documented operations without a sample request").isEmpty();
        assertThat(samples.keySet()).as("samples for operations that are not documented").allMatch(k -> {
            String[] p = k.split(" ", 2);
            return doc.get("paths").has(p[1]) && doc.get("paths").get(p[1]).has(p[0]);
        });
        assertThat(checked).isGreaterThan(40);
        Resp notFound = kit.get("/no/such/path", null);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(schema(doc, doc.get("components").get("schemas").get("Error")).validate(notFound.json())).isEmpty();
    }
}
