package io.interdict.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Marble (checkmarble/marble-backend, commit b1b2f94, 2026-08-20) screening against Interdict as its
 * self-hosted OpenSanctions provider, with requests shaped exactly as Marble builds them:
 * <ul>
 *   <li>{@code repositories/screening/screening_repository.go}: {@code IsConfigured} GETs {@code /readyz}
 *       without credentials; {@code GetCatalog}/{@code GetLatestLocalDataset} GET {@code /catalog} and
 *       {@code GetAlgorithms} GETs {@code /algorithms}, also without credentials; {@code EnrichMatch} GETs
 *       {@code /entities/{id}} with the query string of {@code BuildQueryString(ctx, nil, nil)}
 *       ({@code api_key}, {@code algorithm}); {@code authenticateRequest} adds Bearer or Basic auth.</li>
 *   <li>{@code repositories/screening/provider_opensanctions.go}: {@code SearchRequest} POSTs
 *       {@code /match/{scope}} with {@code openSanctionsRequest} (per query {@code schema},
 *       {@code properties}, and always {@code "filters"} and {@code "params"}, null unless set), and
 *       {@code BuildQueryString} adds {@code api_key}, {@code include_dataset}, {@code algorithm}
 *       (default {@code logic-v1}, {@code infra/screening.go}), {@code partition=true}, {@code threshold}
 *       and {@code cutoff} (both the org's threshold / 100, "%.2f"), {@code limit}, {@code exclude_entity_ids}.</li>
 *   <li>{@code repositories/httpmodels/http_opensanctions_result.go}: the answer is read as
 *       {@code responses.*.{status,total.value,results}}; only results with {@code match: true} count,
 *       and {@code total.value} above that count marks the screening "partial".</li>
 *   <li>{@code repositories/httpmodels/http_opensanctions_dataset.go}: datasets are offered when loaded
 *       ({@code load}) under a parent with an {@code index_version}, leaves only;
 *       {@code http_opensanctions_dataset_freshness.go} parses the {@code default} index_version as
 *       {@code 20060102150405} before the first '-'.</li>
 * </ul>
 */
class MarbleContractTest {
    static final ServerKit kit = ServerKit.shared();

    /** Marble's query: the uuid key, schema, properties, and the two fields Go always serialises. */
    static String matchBody(String schema, String name, String filters) {
        return "{\"queries\":{\"0190e6a6-7a3c-7c4e-9a51-3e8f2a1b9c01\":{\"schema\":\"" + schema + "\",\"properties\":{\"name\":[\""
                + name + "\"]},\"filters\":" + filters + ",\"params\":null}}}\n";
    }

    /** BuildQueryString's parameters, in Go's url.Values encoding (sorted keys). */
    static String query(String apiKey, List<String> datasets, List<String> whitelist) {
        StringBuilder q = new StringBuilder("algorithm=logic-v1");
        if (apiKey != null) {
            q.append("&api_key=").append(URLEncoder.encode(apiKey, StandardCharsets.UTF_8));
        }
        q.append("&cutoff=0.70");
        for (String id : whitelist) {
            q.append("&exclude_entity_ids=").append(URLEncoder.encode(id, StandardCharsets.UTF_8));
        }
        for (String d : datasets) {
            q.append("&include_dataset=").append(d);
        }
        return q.append("&limit=30&partition=true&threshold=0.70").toString();
    }

    static Resp send(String method, String pathAndQuery, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kit.base() + pathAndQuery));
        b = body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        return kit.send(b, null, headers);
    }

    /** Marble's AdaptOpenSanctionsResult: match results only, and whether the answer is partial. */
    record Screening(List<String> matches, boolean partial) {
    }

    static Screening adapt(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        boolean partial = false;
        for (JsonNode resp : answer.get("responses")) {
            assertThat(resp.get("status").asInt()).isEqualTo(200);
            int count = 0;
            for (JsonNode r : resp.get("results")) {
                assertThat(r.get("id").isTextual() && r.get("schema").isTextual() && r.get("score").isNumber()
                        && r.get("referents").isArray() && r.get("datasets").isArray()).as(r.toString()).isTrue();
                if (r.get("match").asBoolean()) {
                    count++;
                    ids.add(r.get("id").asText());
                }
            }
            partial |= resp.get("total").get("value").asInt() > count;
        }
        return new Screening(ids, partial);
    }

    @Test
    void healthCatalogAndAlgorithmsNeedNoCredentials() {
        assertThat(send("GET", "/readyz", null, Map.of()).status()).isEqualTo(200);
        Resp catalog = send("GET", "/catalog", null, Map.of());
        assertThat(catalog.status()).as(catalog.toString()).isEqualTo(200);
        // findLoadedDatasets + findDatasets: leaves that are loaded under an indexed parent are offered.
        Map<String, JsonNode> byName = new HashMap<>();
        catalog.json().get("datasets").forEach(d -> byName.put(d.get("name").asText(), d));
        Set<String> offered = new HashSet<>();
        for (JsonNode d : catalog.json().get("datasets")) {
            if (d.get("load").asBoolean() || d.get("children").size() > 0) {
                collectLeaves(d, byName, !d.get("index_version").isNull(), offered);
            }
        }
        assertThat(offered).contains("ofac-sdn", "interdict", "us-eo-13971");
        String version = byName.get("default").get("index_version").asText();
        assertThat(version.split("-", 2)[0]).as("GetLatestLocalDataset parses 20060102150405").matches("\\d{14}");

        Resp algos = send("GET", "/algorithms", null, Map.of());
        assertThat(algos.status()).isEqualTo(200);
        assertThat(algos.json().get("algorithms").get(0).get("name").asText()).isNotBlank();
        assertThat(algos.json().get("best").asText()).isNotBlank();
        assertThat(algos.json().get("default").asText()).isNotBlank();
    }

    private static void collectLeaves(JsonNode d, Map<String, JsonNode> byName, boolean parentLoaded, Set<String> out) {
        if (parentLoaded && d.get("children").isEmpty() && d.get("load").asBoolean()) {
            out.add(d.get("name").asText());
        }
        for (JsonNode c : d.get("children")) {
            JsonNode child = byName.get(c.asText());
            if (child != null) {
                collectLeaves(child, byName, parentLoaded || !d.get("index_version").isNull(), out);
            }
        }
    }

    @Test
    void screeningWithTheSaasApiKeyFindsTheListedOrganisation() {
        Resp r = send("POST", "/match/default?" + query(kit.screenKey, List.of(), List.of()),
                matchBody("Organization", "AEROCARIBBEAN AIRLINES", "null"), Map.of("content-type", "application/json"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Screening s = adapt(r.json());
        assertThat(s.matches()).isNotEmpty();
        assertThat(s.matches().get(0)).startsWith("ofac-sdn:");
        assertThat(s.partial()).as("total counts matches, as Marble expects").isFalse();
        assertThat(r.json().get("limit").asInt()).isEqualTo(30);
    }

    @Test
    void screeningWithBasicOrBearerAuthAndFiltersWorks() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("marble:" + kit.screenKey).getBytes(StandardCharsets.UTF_8));
        // ObjectTypes set: filters carry {"properties.programId": [[…]]}; datasets and a whitelist as Marble sends them.
        Resp r = send("POST", "/match/default?" + query(null, List.of("interdict"), List.of("interdict:app/wechat-pay")),
                matchBody("Thing", "WeChat", "{\"properties.programId\":[[\"customers\"]]}"),
                Map.of("content-type", "application/json", "Authorization", basic));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Screening s = adapt(r.json());
        assertThat(s.matches()).contains("interdict:app/wechat").doesNotContain("interdict:app/wechat-pay");
        assertThat(s.matches()).allMatch(id -> id.startsWith("interdict:"));

        Resp bearer = send("POST", "/match/default?" + query(null, List.of(), List.of()),
                matchBody("Person", "Nobody Inparticular", "null"),
                Map.of("content-type", "application/json", "Authorization", "Bearer " + kit.screenKey));
        assertThat(bearer.status()).isEqualTo(200);
        assertThat(send("POST", "/match/default?" + query(null, List.of(), List.of()), matchBody("Person", "x", "null"),
                Map.of("content-type", "application/json", "Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("marble:wrong".getBytes(StandardCharsets.UTF_8)))).status()).isEqualTo(401);
    }

    @Test
    void enrichingAMatchFetchesTheEntity() {
        Resp r = send("GET", "/entities/interdict:app/alipay?algorithm=logic-v1&api_key=" + kit.screenKey, null, Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("id").asText()).isEqualTo("interdict:app/alipay");
        assertThat(r.json().get("properties").get("name").get(0).asText()).isEqualTo("Alipay");
        Resp missing = send("GET", "/entities/nope:1?algorithm=logic-v1&api_key=" + kit.screenKey, null, Map.of());
        assertThat(missing.status()).as("Marble maps 404 to NotFoundError").isEqualTo(404);
    }
}
