package io.interdict.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * yente's own example client, {@code examples/match_api.py} (opensanctions/yente, commit 916a474,
 * 2026-08-11): POST {@code /match/sanctions} with {@code algorithm=best&fuzzy=false}, header
 * {@code Authorization: Apikey …} (that capitalisation), and its two example queries verbatim; it then
 * prints {@code responses.q2.query} (the parsed query) and the results, after raise_for_status().
 */
class YenteExampleScriptTest {
    static final ServerKit kit = ServerKit.shared();

    static final String BATCH = """
            {"queries": {
              "q1": {"schema": "Person", "properties": {"name": ["Arkadiii Romanovich Rotenberg", "Ротенберг Аркадий"], "birthDate": ["1951"]}},
              "q2": {"schema": "Company", "properties": {"name": ["Stroygazmontazh"], "jurisdiction": ["Russia"]}}}}""";

    @Test
    void theExampleScriptRunsAndSeesItsParsedQuery() {
        Resp r = kit.send(HttpRequest.newBuilder(URI.create(kit.base() + "/match/sanctions?algorithm=best&fuzzy=false"))
                        .POST(HttpRequest.BodyPublishers.ofString(BATCH)), null,
                Map.of("Authorization", "Apikey " + kit.screenKey, "Content-Type", "application/json"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode q2 = r.json().get("responses").get("q2");
        assertThat(q2.get("query").get("properties").get("jurisdiction").toString()).isEqualTo("[\"ru\"]");
        assertThat(q2.get("query").get("schema").asText()).isEqualTo("Company");
        JsonNode q1 = r.json().get("responses").get("q1");
        assertThat(q1.get("query").get("properties").get("birthDate").toString()).isEqualTo("[\"1951\"]");
        for (JsonNode res : q1.get("results")) {
            assertThat(res.get("datasets").toString()).as("/match/sanctions returns sanctions targets only").isNotEqualTo("[]");
            assertThat(res.get("target").asBoolean()).isTrue();
        }
    }
}
