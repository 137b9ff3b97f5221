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
 * nomenklatura's yente enricher (opensanctions/nomenklatura, {@code nomenklatura/enrich/yente.py},
 * commit 502208c, 2026-08-05) against Interdict: {@code match} POSTs {@code match/{dataset}} with
 * {@code fuzzy} and {@code algorithm} always in the query string (Python booleans, so {@code False}),
 * {@code Authorization: ApiKey …}, and one query named {@code entity} holding every matchable,
 * non-entity property of the entity; it reads {@code responses.entity.results}. {@code expand} GETs
 * {@code entities/{id}?nested=True} and walks entity-typed properties whose values are objects with
 * {@code properties}.
 */
class NomenklaturaContractTest {
    static final ServerKit kit = ServerKit.shared();

    static Resp send(String pathAndQuery, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kit.base() + pathAndQuery));
        b = body == null ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body));
        return kit.send(b, null, body == null ? Map.of("Authorization", "ApiKey " + kit.screenKey)
                : Map.of("Authorization", "ApiKey " + kit.screenKey, "Content-Type", "application/json"));
    }

    @Test
    void matchThenExpandThroughNestedEntities() {
        // A Company entity as the enricher serialises it: all matchable properties, lists of strings.
        String body = """
                {"queries": {"entity": {"schema": "Company", "properties": {
                  "name": ["Alipay"], "alias": ["支付宝"], "country": ["cn"], "jurisdiction": ["China"],
                  "website": ["https://www.alipay.com/"], "registrationNumber": ["91310115MA1K3YJ12X"],
                  "incorporationDate": ["2004-12-08"], "address": ["Hangzhou"]}}}}""";
        Resp r = send("/match/default?fuzzy=False&algorithm=best", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode results = r.json().get("responses").get("entity").get("results");
        assertThat(results).isNotEmpty();
        JsonNode top = results.get(0);
        assertThat(top.get("id").asText()).isEqualTo("interdict:app/alipay");
        assertThat(top.get("explanations").isObject()).isTrue();
        // load_entity reads id, schema and properties (lists of strings).
        top.get("properties").fields().forEachRemaining(p -> assertThat(p.getValue().isArray()).as(p.getKey()).isTrue());

        Resp expanded = send("/entities/" + top.get("id").asText() + "?nested=True", null);
        assertThat(expanded.status()).as(expanded.toString()).isEqualTo(200);
        JsonNode links = expanded.json().get("properties").get("unknownLinkObject");
        assertThat(links).as(expanded.toString()).isNotNull();
        JsonNode link = links.get(0);
        assertThat(link.get("schema").asText()).isEqualTo("UnknownLink");
        assertThat(link.get("properties").get("object").get(0).asText()).isEqualTo("interdict:app/alipay");
        JsonNode developer = link.get("properties").get("subject").get(0);
        assertThat(developer.get("id").asText()).isEqualTo("interdict:org/ant-group");
        assertThat(developer.get("properties").isObject()).isTrue();

        Resp flat = send("/entities/interdict:app/alipay?nested=False", null);
        assertThat(flat.json().get("properties").has("unknownLinkObject")).isFalse();
    }

    @Test
    void anEntityWithNoMatchableNameStillGetsAnAnswer() {
        Resp r = send("/match/default?fuzzy=True&algorithm=best&cutoff=0.5",
                "{\"queries\":{\"entity\":{\"schema\":\"Person\",\"properties\":{\"birthDate\":[\"1961\"]}}}}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("responses").get("entity").get("results")).isEmpty();
    }
}
