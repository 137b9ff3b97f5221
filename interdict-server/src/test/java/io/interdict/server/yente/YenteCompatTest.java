package io.interdict.server.yente;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests exactly as yente's API documentation shows them (the /match docstring example; the
 * /search query parameters), answered in the shape yente's clients parse: EntityMatchResponse and
 * SearchResponse. The API key travels as {@code Authorization: ApiKey …}, as the hosted yente expects.
 */
class YenteCompatTest {
    static final ServerKit kit = ServerKit.shared();

    /** yente's own documented example, verbatim in structure and values. */
    static final String DOC_EXAMPLE = """
            {
              "queries": {
                "entity1": {
                  "schema": "Person",
                  "properties": {
                    "name": ["John Doe"],
                    "birthDate": ["1975-04-21"],
                    "nationality": ["us"]
                  }
                },
                "entity2": {
                  "schema": "Company",
                  "properties": {
                    "name": ["Brilliant Amazing Limited"],
                    "jurisdiction": ["hk"],
                    "registrationNumber": ["84BA99810"]
                  }
                }
              }
            }""";

    Resp yente(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kit.base() + path));
        b = body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        return kit.send(b, null, body == null ? Map.of("Authorization", "ApiKey " + kit.screenKey)
                : Map.of("Authorization", "ApiKey " + kit.screenKey, "Content-Type", "application/json"));
    }

    @Test
    void documentedMatchExampleIsAnsweredInEntityMatchResponseShape() {
        Resp r = yente("POST", "/match/default", DOC_EXAMPLE);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("x-batch-size")).isEqualTo("2");
        JsonNode j = r.json();
        assertThat(j.get("limit").asInt()).isEqualTo(5);
        assertThat(j.get("matcher").isObject()).isTrue();
        for (String key : new String[] {"entity1", "entity2"}) {
            JsonNode resp = j.get("responses").get(key);
            assertThat(resp.get("status").asInt()).isEqualTo(200);
            assertThat(resp.get("results").isArray()).isTrue();
            assertThat(resp.get("total").get("value").isInt()).isTrue();
            assertThat(resp.get("total").get("relation").asText()).isEqualTo("eq");
            assertThat(resp.get("query").get("schema").asText()).isIn("Person", "Company");
            assertThat(resp.get("query").get("properties").get("name").get(0).asText()).isNotEmpty();
        }
    }

    @Test
    void matchResultsCarryScoreMatchAndFeatures() {
        Resp r = yente("POST", "/match/default?threshold=0.8&limit=2&algorithm=best", """
                {"queries":{"a":{"schema":"Company","properties":{"name":["AEROCARIBBEAN AIRLINES"]}},
                            "b":{"schema":"LegalEntity","properties":{"name":["Alipay"],"website":["https://www.alipay.com/"]}}},
                 "weights":{}}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode res = r.json().get("responses").get("a").get("results").get(0);
        for (String f : new String[] {"id", "caption", "schema", "properties", "datasets", "referents", "target",
                                      "first_seen", "last_seen", "last_change", "score", "features", "match"}) {
            assertThat(res.has(f)).as(f).isTrue();
        }
        assertThat(res.get("id").asText()).startsWith("ofac-sdn:");
        assertThat(res.get("properties").get("name").isArray()).isTrue();
        assertThat(res.get("datasets").toString()).contains("ofac-sdn");
        assertThat(res.get("target").asBoolean()).isTrue();
        assertThat(res.get("match").asBoolean()).isTrue();
        Iterator<Map.Entry<String, JsonNode>> fs = res.get("features").fields();
        assertThat(fs.hasNext()).isTrue();
        assertThat(fs.next().getValue().isNumber()).isTrue();
        assertThat(r.json().get("responses").get("b").get("results").get(0).get("id").asText()).isEqualTo("interdict:app/alipay");
    }

    static String ids(Resp r) {
        StringBuilder sb = new StringBuilder();
        r.json().get("responses").get("a").get("results").forEach(x -> sb.append(x.get("id").asText()).append(' '));
        return sb.toString();
    }

    @Test
    void filtersAndDatasetsAreHonoured() {
        String q = "{\"queries\":{\"a\":{\"schema\":\"Thing\",\"properties\":{\"name\":[\"Alipay\"]}}}}";
        assertThat(ids(yente("POST", "/match/default", q))).startsWith("interdict:app/alipay ");
        assertThat(ids(yente("POST", "/match/ofac-sdn", q))).doesNotContain("interdict:");
        assertThat(ids(yente("POST", "/match/default?exclude_dataset=interdict", q))).doesNotContain("interdict:");
        assertThat(ids(yente("POST", "/match/default?exclude_entity_ids=interdict:app/alipay", q))).doesNotContain("alipay");
        assertThat(ids(yente("POST", "/match/default?exclude_schema=LegalEntity", q))).doesNotContain("alipay");
        assertThat(ids(yente("POST", "/match/default?include_dataset=us-eo-13971", q))).isEqualTo("interdict:app/alipay ");
        assertThat(ids(yente("POST", "/match/default?cutoff=0.95&threshold=0.95", q))).isEqualTo("interdict:app/alipay ");
        Resp missing = yente("POST", "/match/sanctions", q);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asText()).contains("sanctions");
    }

    @Test
    void badMatchRequestsAre400WithDetail() {
        assertThat(yente("POST", "/match/default", "{\"queries\":{}}").json().get("detail").asText()).contains("No queries");
        assertThat(yente("POST", "/match/default", "{\"queries\":{\"a\":{\"schema\":\"Spaceship\",\"properties\":{\"name\":[\"x\"]}}}}")
                .json().get("detail").asText()).contains("Spaceship");
        assertThat(yente("POST", "/match/default", "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{\"nmae\":[\"x\"]}}}}")
                .json().get("detail").asText()).contains("nmae");
        assertThat(yente("POST", "/match/default?algorithm=magic", "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{\"name\":\"x\"}}}}")
                .status()).isEqualTo(400);
        assertThat(yente("POST", "/match/default?threshold=2", "{}").status()).isEqualTo(400);
    }

    @Test
    void searchAnswersInSearchResponseShape() {
        Resp r = yente("GET", "/search/default?q=Alipay&limit=5&schema=LegalEntity&fuzzy=false", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.get("limit").asInt()).isEqualTo(5);
        assertThat(j.get("offset").asInt()).isEqualTo(0);
        assertThat(j.get("total").get("value").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(j.get("results").get(0).get("caption").asText()).isEqualTo("Alipay");
        assertThat(j.get("facets").get("countries").get("values").isArray()).isTrue();
        Resp list = yente("GET", "/search/interdict?limit=3&offset=1", null);
        assertThat(list.json().get("results")).hasSize(3);
        assertThat(list.json().get("total").get("value").asInt()).isGreaterThan(4);
        assertThat(yente("GET", "/search/default?q=x&schema=Bogus", null).status()).isEqualTo(400);
        assertThat(yente("GET", "/search/default?q=x&page=2", null).json().get("detail").asText()).contains("'page'");
    }
}
