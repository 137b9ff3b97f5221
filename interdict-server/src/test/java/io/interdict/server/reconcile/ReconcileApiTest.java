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

    static Resp form(String field, String json, String key) {
        return kit.post("/reconcile", field + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8), "application/x-www-form-urlencoded", key);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void manifestIsValidAndAnnouncesEveryService() {
        Resp r = kit.get("/reconcile", null);
        assertThat(r.status()).isEqualTo(200);
        JsonNode m = r.json();
        assertThat(validate("manifest.json", m)).isEmpty();
        assertThat(m.get("view").get("url").asText()).endsWith("/reconcile/default/view/{{id}}");
        assertThat(m.get("authentication").get("in").asText()).isEqualTo("query");
        assertThat(m.get("authentication").get("name").asText()).isEqualTo("api_key");
        assertThat(m.get("suggest").get("entity").get("service_path").asText()).isEqualTo("/reconcile/default/suggest/entity");
        assertThat(m.get("extend").get("propose_properties").get("service_path").asText()).isEqualTo("/reconcile/default/properties");
        assertThat(m.get("preview").get("url").asText()).contains("{{id}}");
        assertThat(validate("manifest.json", kit.get("/reconcile/ofac-sdn", null).json())).isEmpty();
        // Asked for with a key (OpenRefine's service URL carries it), every browser-side service URL carries it too.
        JsonNode keyed = kit.get("/reconcile?api_key=" + kit.screenKey, null).json();
        assertThat(validate("manifest.json", keyed)).isEmpty();
        assertThat(keyed.get("view").get("url").asText()).endsWith("/view/{{id}}?api_key=" + kit.screenKey);
        assertThat(keyed.get("preview").get("url").asText()).endsWith("?id={{id}}&api_key=" + kit.screenKey);
        assertThat(keyed.get("suggest").get("type").get("service_path").asText()).endsWith("?api_key=" + kit.screenKey);
    }

    @Test
    void queriesAreValidAndAnsweredInTheResultBatchShape() throws Exception {
        assertThat(validate("reconciliation-query-batch.json", ServerKit.JSON.readTree(QUERIES))).isEmpty();
        Resp post = form("queries", QUERIES, kit.screenKey);
        assertThat(post.status()).as(post.toString()).isEqualTo(200);
        JsonNode j = post.json();
        assertThat(validate("reconciliation-result-batch.json", j)).isEmpty();
        assertThat(j.get("q0").get("result").get(0).get("id").asText()).isEqualTo("interdict:app/alipay");
        assertThat(j.get("q0").get("result").get(0).get("match").asBoolean()).isTrue();
        assertThat(j.get("q1").get("result").get(0).get("type").get(0).get("id").asText()).isEqualTo("Organization");
        assertThat(j.get("q2").get("result")).isEmpty();
        assertThat(j.get("q3").get("result").toString()).contains("interdict:app/wechat");

        Resp get = kit.get("/reconcile?queries=" + enc(QUERIES), kit.screenKey);
        assertThat(get.json()).isEqualTo(j);
    }

    @Test
    void aQueryTheServerCannotFullyUseIsAnsweredWithWhatItCanWithoutFailingTheBatch() throws Exception {
        String batch = """
                {"q0":{"query":"Alipay","properties":[{"pid":"P9999","v":"x"},{"pid":"country","v":"CN"}]},
                 "q1":{"query":"   "},
                 "q2":{"query":"Alipay","type":"Spaceship"},
                 "q3":{"query":"WeChat","properties":[{"pid":"identifier","v":"not an identifier"}],"unknown_field":1},
                 "q4":{"query":"AEROCARIBBEAN AIRLINES","limit":"many"}}""";
        // q3 and q4 are outside the query schema (an extra field, a string limit): answered all the same.
        assertThat(validate("reconciliation-query-batch.json", ServerKit.JSON.readTree(batch))).hasSize(2);
        Resp r = form("queries", batch, kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(validate("reconciliation-result-batch.json", j)).isEmpty();
        assertThat(j.get("q0").get("result").get(0).get("id").asText()).isEqualTo("interdict:app/alipay");
        assertThat(j.get("q1").get("result")).isEmpty();
        assertThat(j.get("q2").get("result")).as("no entity has an unknown type").isEmpty();
        assertThat(j.get("q3").get("result").toString()).contains("interdict:app/wechat");
        assertThat(j.get("q4").get("result").size()).as("an unusable limit falls back to the default").isBetween(1, ReconcileApi.DEFAULT_LIMIT);
    }

    @Test
    void suggestServicesAnswerInTheirSchemasAndSpeakJsonp() throws Exception {
        Resp entity = kit.get("/reconcile/default/suggest/entity?prefix=alip&api_key=" + kit.screenKey, null);
        assertThat(entity.status()).as(entity.toString()).isEqualTo(200);
        assertThat(validate("suggest-entities-response.json", entity.json())).isEmpty();
        assertThat(entity.json().get("result").get(0).get("id").asText()).isEqualTo("interdict:app/alipay");
        Resp typed = kit.get("/reconcile/default/suggest/entity?prefix=alip&type=Vessel", kit.screenKey);
        assertThat(typed.json().get("result").toString()).doesNotContain("alipay");
        Resp property = kit.get("/reconcile/default/suggest/property?prefix=coun", kit.screenKey);
        assertThat(validate("suggest-properties-response.json", property.json())).isEmpty();
        assertThat(property.json().get("result").get(0).get("id").asText()).isEqualTo("country");
        Resp type = kit.get("/reconcile/default/suggest/type?prefix=pers", kit.screenKey);
        assertThat(validate("suggest-types-response.json", type.json())).isEmpty();
        assertThat(type.json().get("result").get(0).get("id").asText()).isEqualTo("Person");

        Resp jsonp = kit.get("/reconcile/default/suggest/type?prefix=pers&callback=jQuery123_456", kit.screenKey);
        assertThat(jsonp.header("Content-Type")).startsWith("application/javascript");
        String js = jsonp.body();
        assertThat(js).startsWith("/**/jQuery123_456(").endsWith(");");
        assertThat(validate("suggest-types-response.json", ServerKit.JSON.readTree(js.substring(js.indexOf('(') + 1, js.length() - 2)))).isEmpty();
        assertThat(kit.get("/reconcile/default/suggest/type?prefix=p&callback=alert(1)", kit.screenKey).status()).isEqualTo(400);
        String manifest = kit.get("/reconcile?callback=cb", null).body();
        assertThat(validate("manifest.json", ServerKit.JSON.readTree(manifest.substring("/**/cb(".length(), manifest.length() - 2)))).isEmpty();
        assertThat(kit.get("/reconcile/default/suggest/type?prefix=p", null).status()).isEqualTo(401);
    }

    @Test
    void dataExtensionProposesPropertiesAndAddsColumns() throws Exception {
        Resp proposals = kit.get("/reconcile/default/properties?type=Organization&limit=5", kit.screenKey);
        assertThat(validate("data-extension-property-proposal.json", proposals.json())).isEmpty();
        assertThat(proposals.json().get("properties")).hasSize(5);
        String extend = "{\"ids\":[\"interdict:app/alipay\",\"no:such\"],\"properties\":[{\"id\":\"country\"},{\"id\":\"related\"},"
                + "{\"id\":\"datasets\"},{\"id\":\"bogus\"}]}";
        assertThat(validate("data-extension-query.json", ServerKit.JSON.readTree(extend))).isEmpty();
        Resp r = form("extend", extend, kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(validate("data-extension-response.json", r.json())).isEmpty();
        JsonNode row = r.json().get("rows").get("interdict:app/alipay");
        assertThat(row.get("country").get(0).get("str").asText()).isEqualTo("cn");
        assertThat(row.get("related").get(0).get("id").asText()).isEqualTo("interdict:org/ant-group");
        assertThat(row.get("datasets").toString()).contains("us-eo-13971");
        assertThat(row.get("bogus")).isEmpty();
        assertThat(r.json().get("rows").get("no:such").get("country")).isEmpty();
        Resp get = kit.get("/reconcile?extend=" + enc(extend), kit.screenKey);
        assertThat(get.json()).isEqualTo(r.json());
    }

    @Test
    void previewAndViewWorkFromABrowserWithTheKeyInTheUrl() {
        JsonNode m = kit.get("/reconcile?api_key=" + kit.screenKey, null).json();
        String view = m.get("view").get("url").asText().replace("{{id}}", "interdict:app/alipay").replace(kit.base(), "");
        Resp page = kit.get(view, null);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Alipay</h1>").contains("us-eo-13971");
        String preview = m.get("preview").get("url").asText().replace("{{id}}", enc("interdict:app/alipay")).replace(kit.base(), "");
        Resp card = kit.get(preview, null);
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        assertThat(card.body()).contains("Alipay");
        assertThat(kit.get("/reconcile/default/view/interdict:app/alipay", null).status()).isEqualTo(401);
        assertThat(kit.get("/reconcile/default/view/no:such?api_key=" + kit.screenKey, null).status()).isEqualTo(404);
    }

    @Test
    void queriesNeedAKeyButTheManifestDoesNot() {
        String q = enc("{\"q0\":{\"query\":\"Alipay\"}}");
        assertThat(kit.get("/reconcile?queries=" + q, null).status()).isEqualTo(401);
        assertThat(kit.get("/reconcile?queries=" + q + "&api_key=" + kit.screenKey, null).status())
                .as("OpenRefine cannot send headers; the key may ride in the URL").isEqualTo(200);
        assertThat(kit.post("/reconcile", "queries=" + q, "application/x-www-form-urlencoded", null).status()).isEqualTo(401);
    }

    @Test
    void onlyAnUnusableBatchIsRefused() {
        assertThat(kit.post("/reconcile", "querys=x", "application/x-www-form-urlencoded", kit.screenKey).status()).isEqualTo(400);
        assertThat(kit.post("/reconcile", "queries=%7B", "application/x-www-form-urlencoded", kit.screenKey)
                .json().get("detail").asText()).contains("malformed JSON");
        assertThat(kit.post("/reconcile", "{\"q0\":{\"query\":\"x\"}}", "application/json", kit.screenKey).status()).isEqualTo(415);
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
