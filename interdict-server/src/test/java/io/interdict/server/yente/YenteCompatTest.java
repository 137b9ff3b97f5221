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
    void matchResultsCarryScoreMatchAndExplanations() {
        Resp r = yente("POST", "/match/default?threshold=0.8&limit=2&algorithm=best", """
                {"queries":{"a":{"schema":"Company","properties":{"name":["AEROCARIBBEAN AIRLINES"]}},
                            "b":{"schema":"LegalEntity","properties":{"name":["Alipay"],"website":["https://www.alipay.com/"]}}},
                 "weights":{}}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode res = r.json().get("responses").get("a").get("results").get(0);
        for (String f : new String[] {"id", "caption", "schema", "properties", "datasets", "referents", "target",
                                      "first_seen", "last_seen", "last_change", "score", "explanations", "match"}) {
            assertThat(res.has(f)).as(f).isTrue();
        }
        assertThat(res.get("id").asText()).startsWith("ofac-sdn:");
        assertThat(res.get("properties").get("name").isArray()).isTrue();
        assertThat(res.get("properties").get("topics").toString()).isEqualTo("[\"sanction\"]");
        assertThat(res.get("datasets").toString()).contains("ofac-sdn");
        assertThat(res.get("target").asBoolean()).isTrue();
        assertThat(res.get("match").asBoolean()).isTrue();
        Iterator<Map.Entry<String, JsonNode>> fs = res.get("explanations").fields();
        assertThat(fs.hasNext()).isTrue();
        JsonNode expl = fs.next().getValue();
        assertThat(expl.get("score").isNumber()).isTrue();
        assertThat(expl.has("detail")).isTrue();
        assertThat(expl.get("query").asText()).isEqualTo("AEROCARIBBEAN AIRLINES");
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
        assertThat(ids(yente("POST", "/match/default?exclude_entity_ids=interdict:app/alipay", q))).doesNotContain("interdict:app/alipay ");
        assertThat(ids(yente("POST", "/match/default?exclude_schema=LegalEntity", q))).doesNotContain("interdict:app/alipay ");
        assertThat(ids(yente("POST", "/match/default?include_dataset=us-eo-13971", q))).isEqualTo("interdict:app/alipay ");
        assertThat(ids(yente("POST", "/match/default?include_dataset=no_such_dataset", q))).as("yente: no error, no results").isEmpty();
        assertThat(ids(yente("POST", "/match/default?topics=sanction", q))).startsWith("interdict:app/alipay ");
        assertThat(ids(yente("POST", "/match/default?topics=crime.cyber", q))).isEmpty();
        Resp missing = yente("POST", "/match/nosuchdataset", q);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asText()).contains("nosuchdataset");
    }

    @Test
    void cutoffDefaultsToTheThresholdResultsAreStrictlyAboveItAndTotalCountsMatches() {
        // A name with near and far candidates in the bundled data (Huawei's group on several lists).
        String q = "{\"queries\":{\"a\":{\"schema\":\"Thing\",\"properties\":{\"name\":[\"Huawei\"]}}}}";
        JsonNode dflt = yente("POST", "/match/default?limit=500", q).json().get("responses").get("a");
        for (JsonNode x : dflt.get("results")) {
            assertThat(x.get("score").asDouble()).isGreaterThan(0.7);
            assertThat(x.get("match").asBoolean()).isTrue();
        }
        assertThat(dflt.get("total").get("value").asInt()).isEqualTo(dflt.get("results").size());
        JsonNode low = yente("POST", "/match/default?limit=500&threshold=0.9&cutoff=0.3", q).json().get("responses").get("a");
        int matches = 0;
        for (JsonNode x : low.get("results")) {
            assertThat(x.get("score").asDouble()).isGreaterThan(0.3);
            assertThat(x.get("match").asBoolean()).isEqualTo(x.get("score").asDouble() >= 0.9);
            matches += x.get("match").asBoolean() ? 1 : 0;
        }
        assertThat(low.get("results").size()).as("non-matches above the cutoff are returned: %s", low).isGreaterThan(matches);
        assertThat(low.get("total").get("value").asInt()).as("total counts matches only").isEqualTo(matches);
        JsonNode one = yente("POST", "/match/default?limit=1&threshold=0.3&cutoff=0.3", q).json().get("responses").get("a");
        assertThat(one.get("results")).hasSize(1);
        assertThat(one.get("total").get("value").asInt()).isGreaterThan(1);
    }

    @Test
    void leniencyWhereYenteIsLenient() {
        // Unknown properties are dropped (and logged), unknown query parameters ignored, any matchable schema accepted.
        Resp r = yente("POST", "/match/default?fuzzy=false&partition=true&page=3", """
                {"queries":{"a":{"schema":"Person","properties":{"name":["Alipay"],"nmae":["x"],"birthCountry":["China"],
                  "motherName":["y"]},"filters":null,"params":null}},"params":null}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode echo = r.json().get("responses").get("a").get("query").get("properties");
        assertThat(echo.has("nmae")).isFalse();
        assertThat(echo.get("birthCountry").toString()).isEqualTo("[\"cn\"]");
        assertThat(echo.get("motherName").toString()).isEqualTo("[\"y\"]");
        for (String schema : new String[] {"Address", "Vehicle", "BankAccount"}) {
            Resp s = yente("POST", "/match/default", "{\"queries\":{\"a\":{\"schema\":\"" + schema + "\",\"properties\":{\"name\":[\"x\"]}}}}");
            assertThat(s.status()).as(schema + " " + s).isEqualTo(200);
        }
        assertThat(yente("POST", "/match/default?limit=500", "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{\"name\":\"x\"}}}}").status()).isEqualTo(200);
        assertThat(yente("POST", "/match/default?threshold=2", "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{\"name\":\"x\"}}}}").status()).isEqualTo(200);
    }

    @Test
    void rejectsWhatYenteRejectsWithItsStatus() {
        String ok = "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{\"name\":\"x\"}}}}";
        assertThat(yente("POST", "/match/default", "{\"queries\":{}}").json().get("detail").asText()).contains("No queries");
        Resp unknown = yente("POST", "/match/default", "{\"queries\":{\"a\":{\"schema\":\"Spaceship\",\"properties\":{\"name\":[\"x\"]}}}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).contains("Spaceship");
        assertThat(yente("POST", "/match/default", "{\"queries\":{\"a\":{\"schema\":\"Ownership\",\"properties\":{}}}}").status()).isEqualTo(400);
        assertThat(yente("POST", "/match/default", "{\"queries\":{\"a\":{\"properties\":{\"name\":\"x\"}}}}").status()).isEqualTo(422);
        assertThat(yente("POST", "/match/default", "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{\"name\":5}}}}").status()).isEqualTo(422);
        assertThat(yente("POST", "/match/default?algorithm=neural-net", ok).status()).isEqualTo(400);
        assertThat(yente("POST", "/match/default?limit=501", ok).status()).isEqualTo(422);
        assertThat(yente("POST", "/match/default?threshold=high", ok).status()).isEqualTo(422);
        assertThat(yente("POST", "/match/default?changed_since=yesterday", ok).status()).isEqualTo(422);
        assertThat(yente("POST", "/match/default", "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{\"name\":\"x\"}}},\"config\":{\"nm_number_mismatch\":0.4}}")
                .status()).isEqualTo(400);
        StringBuilder many = new StringBuilder("{\"queries\":{");
        for (int i = 0; i <= io.interdict.server.ServerSettings.defaults().maxBatch(); i++) {
            many.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"schema\":\"Person\",\"properties\":{\"name\":\"x\"}}");
        }
        assertThat(yente("POST", "/match/default", many.append("}}").toString()).status()).as("over the batch limit").isEqualTo(400);
        Resp plain = kit.send(HttpRequest.newBuilder(URI.create(kit.base() + "/match/default")).POST(HttpRequest.BodyPublishers.ofString(ok)),
                null, Map.of("Authorization", "ApiKey " + kit.screenKey, "Content-Type", "text/plain"));
        assertThat(plain.status()).isEqualTo(415);
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
        assertThat(yente("GET", "/search/default?q=x&page=2&filter_op=AND", null).status()).isEqualTo(200);
        assertThat(yente("GET", "/search/default?q=x&filter_op=XOR", null).status()).isEqualTo(422);
        assertThat(yente("GET", "/search/default?q=x&limit=501", null).status()).isEqualTo(422);
        Resp all = yente("GET", "/search/default?q=huawei&limit=1", null);
        assertThat(all.json().get("total").get("value").asInt()).as("total counts every hit, not offset + limit").isGreaterThan(1);
        Resp ru = yente("GET", "/search/default?countries=Russia&limit=3", null);
        assertThat(ru.json().get("results").get(0).get("properties").get("country").toString()).contains("\"ru\"");
    }

    @Test
    void everyFeatureAMatchExplainsIsDocumentedByAlgorithms() {
        // Names that pair in part, a person with a conflicting birth date and nationality, a company: the explanations
        // then name name features of interdict-v2 and attribute features.
        Resp r = yente("POST", "/match/default?threshold=0.5&limit=10", """
                {"queries":{
                  "a":{"schema":"Person","properties":{"name":["Nicolas Maduro Moros"],"birthDate":["1990-05-05"],"nationality":["fr"]}},
                  "b":{"schema":"Person","properties":{"name":["Vladimir"]}},
                  "c":{"schema":"Company","properties":{"name":["AEROCARIBBEAN AIRLINE"]}},
                  "d":{"schema":"Person","properties":{"name":["Nicolas Maduro"],"birthDate":["1962-11-23"]}},
                  "e":{"schema":"Company","properties":{"name":["AEROCARIBBEAN AIRLINES, 1200 Main Street, Miami FL 33101"]}},
                  "f":{"schema":"Company","properties":{"name":["/DE89370400440532013000\\nAEROCARIBBEAN AIRLINES\\nHAVANA"]}},
                  "g":{"schema":"Company","properties":{"name":["AEROCARIBBEAN AIRLINES, Cuba"]}},
                  "h":{"schema":"Company","properties":{"name":["AEROCАRIBBEАN AIRLINES"]}},
                  "i":{"schema":"Company","properties":{"name":["AER0CARIBBE4N AIRLINES"]}}}}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        java.util.Set<String> explained = new java.util.TreeSet<>();
        for (JsonNode resp : r.json().get("responses")) {
            for (JsonNode res : resp.get("results")) {
                res.get("explanations").fieldNames().forEachRemaining(explained::add);
            }
        }
        JsonNode features = yente("GET", "/algorithms", null).json().get("algorithms").get(0).get("features");
        assertThat(explained).contains("name_coverage").anyMatch(f -> f.startsWith("dob_") || f.startsWith("nationality_"));
        assertThat(explained).allSatisfy(f -> assertThat(features.has(f)).as(f).isTrue());
        assertThat(features.get("dob_match").get("coefficient").asDouble()).isEqualTo(1.0);
        assertThat(features.get("dob_year_mismatch").get("coefficient").asDouble()).isEqualTo(-1.0);
        assertThat(features.get("abbreviation").get("coefficient").asDouble()).isEqualTo(-1.0);
        // A name with its address written after it is read without it, and says so.
        assertThat(explained).contains("address_set_aside");
        assertThat(features.get("address_set_aside").get("coefficient").asDouble()).isEqualTo(0.0);
        assertThat(explained).contains("account_set_aside", "country_set_aside");
        // A name disguised with a Cyrillic А, or with digits for letters, is read as the name, and says so.
        assertThat(explained).contains("lookalikes_read", "digits_read");
        assertThat(features.get("lookalikes_read").get("coefficient").asDouble()).isEqualTo(0.0);
        assertThat(features.get("digits_read").get("coefficient").asDouble()).isEqualTo(0.0);
    }
}
