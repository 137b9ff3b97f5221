package io.interdict.server.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reconciliation API 0.2 as OpenRefine uses it, validated against the published schemas (test resources). */
class ReconcileApiTest {
    static final ServerKit kit = ServerKit.shared();
    static final String SPEC = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, b -> b
            .metaSchema(JsonMetaSchema.builder("http://json-schema.org/schema#", JsonMetaSchema.getV7()).build())
            .schemaMappers(m -> m.mapPrefix(SPEC, "classpath:reconcile/0.2/")
                    .mapPrefix("http://swagger.io/v2/schema.json", "classpath:reconcile/swagger-security-stub.json")));

    static Set<ValidationMessage> validate(String schema, JsonNode doc) {
        JsonSchema s = SCHEMAS.getSchema(SchemaLocation.of(SPEC + schema));
        return s.validate(doc);
    }

    static final String QUERIES = """
            {"q0":{"query":"Alipay"},
             "q1":{"query":"AEROCARIBBEAN AIRLINES","type":"Organization","limit":3},
             "q2":{"query":"nobody","type":["Person","Vessel"],"type_strict":"any"},
             "q3":{"query":"WeChat","properties":[{"pid":"identifier","v":"android:com.tencent.mm"},{"pid":"country","v":"CN"}]}}""";

    @Test
    void manifestIsValid() {
        Resp r = kit.get("/reconcile", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(validate("manifest.json", r.json())).isEmpty();
        assertThat(r.json().get("view").get("url").asText()).endsWith("/v1/entities/{{id}}");
        assertThat(validate("manifest.json", kit.get("/reconcile/ofac-sdn", null).json())).isEmpty();
    }

    @Test
    void queriesAreValidAndAnsweredInTheResultBatchShape() throws Exception {
        assertThat(validate("reconciliation-query-batch.json", ServerKit.JSON.readTree(QUERIES))).isEmpty();
        Resp post = kit.post("/reconcile", "queries=" + URLEncoder.encode(QUERIES, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", kit.screenKey);
        assertThat(post.status()).as(post.toString()).isEqualTo(200);
        JsonNode j = post.json();
        assertThat(validate("reconciliation-result-batch.json", j)).isEmpty();
        assertThat(j.get("q0").get("result").get(0).get("id").asText()).isEqualTo("interdict:app/alipay");
        assertThat(j.get("q0").get("result").get(0).get("match").asBoolean()).isTrue();
        assertThat(j.get("q1").get("result").get(0).get("type").get(0).get("id").asText()).isEqualTo("Organization");
        assertThat(j.get("q2").get("result")).isEmpty();
        assertThat(j.get("q3").get("result").toString()).contains("interdict:app/wechat");

        Resp get = kit.get("/reconcile?queries=" + URLEncoder.encode(QUERIES, StandardCharsets.UTF_8), kit.screenKey);
        assertThat(get.json()).isEqualTo(j);
    }

    @Test
    void queriesNeedAKeyButTheManifestDoesNot() {
        String q = URLEncoder.encode("{\"q0\":{\"query\":\"Alipay\"}}", StandardCharsets.UTF_8);
        assertThat(kit.get("/reconcile?queries=" + q, null).status()).isEqualTo(401);
        assertThat(kit.get("/reconcile?queries=" + q + "&api_key=" + kit.screenKey, null).status())
                .as("OpenRefine cannot send headers; the key may ride in the URL").isEqualTo(200);
        assertThat(kit.post("/reconcile", "queries=" + q, "application/x-www-form-urlencoded", null).status()).isEqualTo(401);
    }

    @Test
    void badQueriesAreRejectedByName() {
        String bad = URLEncoder.encode("{\"q0\":{\"query\":\"x\",\"typo\":1}}", StandardCharsets.UTF_8);
        assertThat(kit.post("/reconcile", "queries=" + bad, "application/x-www-form-urlencoded", kit.screenKey)
                .json().get("detail").asText()).contains("q0.typo");
        String type = URLEncoder.encode("{\"q0\":{\"query\":\"x\",\"type\":\"Spaceship\"}}", StandardCharsets.UTF_8);
        assertThat(kit.post("/reconcile", "queries=" + type, "application/x-www-form-urlencoded", kit.screenKey).status()).isEqualTo(400);
        assertThat(kit.post("/reconcile", "querys=x", "application/x-www-form-urlencoded", kit.screenKey).status()).isEqualTo(400);
        assertThat(kit.post("/reconcile", "queries=%7B", "application/x-www-form-urlencoded", kit.screenKey)
                .json().get("detail").asText()).contains("malformed JSON");
        assertThat(kit.get("/reconcile/nope", null).status()).isEqualTo(404);
    }

    @Test
    void corsAllowsBrowserClients() {
        var b = HttpRequest.newBuilder(URI.create(kit.base() + "/reconcile")).GET();
        Resp r = kit.send(b, null, Map.of("Origin", "http://localhost:3333"));
        assertThat(r.header("Access-Control-Allow-Origin")).isNotNull();
        var pre = HttpRequest.newBuilder(URI.create(kit.base() + "/reconcile")).method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        Resp p = kit.send(pre, null, Map.of("Origin", "http://localhost:3333", "Access-Control-Request-Method", "POST"));
        assertThat(p.status()).isLessThan(300);
        assertThat(p.header("Access-Control-Allow-Origin")).isNotNull();
    }
}
