package io.interdict.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import org.junit.jupiter.api.Test;

class MatchApiTest {
    static final ServerKit kit = ServerKit.shared();

    @Test
    void getFindsCandidatesWithExplanations() {
        Resp r = kit.get("/v1/match?name=Alipay&limit=3", kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.get("query").asText()).isEqualTo("Alipay");
        JsonNode c = j.get("candidates").get(0);
        assertThat(c.get("entity").asText()).isEqualTo("interdict:app/alipay");
        assertThat(c.get("name").asText()).isEqualTo("Alipay");
        assertThat(c.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(c.get("match").asBoolean()).isTrue();
        assertThat(c.get("features").get(0).get("name").asText()).isNotEmpty();
    }

    @Test
    void listFilterRestrictsToASourceOrMeasure() {
        JsonNode sdnOnly = kit.get("/v1/match?name=Alipay&list=ofac-sdn", kit.screenKey).json().get("candidates");
        sdnOnly.forEach(c -> assertThat(c.get("entity").asText()).startsWith("ofac-sdn:"));
        sdnOnly.forEach(c -> assertThat(c.get("match").asBoolean()).as("near misses only").isFalse());
        JsonNode measure = kit.get("/v1/match?name=Alipay&list=us-eo-13971", kit.screenKey).json().get("candidates");
        assertThat(measure).hasSize(1);
        assertThat(measure.get(0).get("entity").asText()).isEqualTo("interdict:app/alipay");
        assertThat(kit.get("/v1/match?name=AEROCARIBBEAN AIRLINES&list=ofac-sdn".replace(" ", "%20"), kit.screenKey)
                .json().get("candidates").get(0).get("entity").asText()).startsWith("ofac-sdn:");
    }

    @Test
    void fuzzySearchRanksNearMissesWithExplanations() {
        JsonNode c = kit.get("/v1/match?name=Aerocaribean%20Airline", kit.screenKey).json().get("candidates").get(0);
        assertThat(c.get("name").asText()).isEqualTo("AEROCARIBBEAN AIRLINES");
        assertThat(c.get("score").asDouble()).isLessThan(1.0).isGreaterThan(0.8);
        assertThat(c.get("match").asBoolean()).isTrue();
        assertThat(c.get("features").size()).isGreaterThan(0);
    }

    @Test
    void badParametersAreRejected() {
        assertThat(kit.get("/v1/match?name=A&list=nope", kit.screenKey).json().get("detail").asText()).contains("nope");
        assertThat(kit.get("/v1/match?limit=3", kit.screenKey).json().get("detail").asText()).contains("'name'");
        assertThat(kit.get("/v1/match?name=A&limit=0", kit.screenKey).status()).isEqualTo(400);
        assertThat(kit.get("/v1/match?name=A&limit=100000", kit.screenKey).status()).isEqualTo(413);
        assertThat(kit.get("/v1/match?name=A&lmit=3", kit.screenKey).json().get("detail").asText()).contains("'lmit'");
    }

    @Test
    void postAnswersEachQueryInOrder() {
        Resp r = kit.post("/v1/match", """
                {"queries":[{"name":"Alipay"},{"name":"nobody at all","list":["ofac-sdn"],"limit":2},
                            {"ids":["android:com.tencent.mm"]}]}""", kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode res = r.json().get("results");
        assertThat(res).hasSize(3);
        assertThat(res.get(0).get("candidates").get(0).get("entity").asText()).isEqualTo("interdict:app/alipay");
        res.get(1).get("candidates").forEach(c -> assertThat(c.get("match").asBoolean()).isFalse());
        assertThat(res.get(2).get("candidates").get(0).get("matched_on").asText()).isEqualTo("identifier");
    }

    @Test
    void postRejectsUnknownFieldsAndWrongTypes() {
        assertThat(kit.post("/v1/match", "{\"queries\":[{\"nam\":\"x\"}]}", kit.screenKey).json().get("detail").asText())
                .contains("queries[0].nam");
        assertThat(kit.post("/v1/match", "{\"queries\":{}}", kit.screenKey).status()).isEqualTo(400);
        assertThat(kit.post("/v1/match", "{\"queries\":[{\"name\":5}]}", kit.screenKey).json().get("detail").asText())
                .contains("queries[0].name");
        assertThat(kit.post("/v1/match", "{\"query\":[]}", kit.screenKey).json().get("detail").asText()).contains("'query'");
    }
}
