package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.http.Route;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import org.junit.jupiter.api.Test;

class OpsApiTest {
    static final ServerKit kit = ServerKit.shared();

    @Test
    void readyOnlyOnceTheSnapshotIsLoaded() {
        try (ServerKit loading = new ServerKit(ServerSettings.defaults(), false)) {
            assertThat(loading.get("/healthz", null).status()).isEqualTo(200);
            Resp r = loading.get("/readyz", null);
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("status").asText()).isEqualTo("loading");
            assertThat(loading.get("/v1/check?name=Alipay", loading.screenKey).status()).isEqualTo(503);
            loading.server.setEngine(Engine.of(ServerKit.screener(), ServerKit.CLOCK.instant()));
            assertThat(loading.get("/readyz", null).status()).isEqualTo(200);
            assertThat(loading.get("/v1/check?name=Alipay", loading.screenKey).status()).isEqualTo(200);
        }
    }

    @Test
    void metricsAreInPrometheusTextFormat() {
        kit.get("/v1/check?name=Alipay&date=2021-03-01", kit.screenKey);
        kit.post("/v1/screen", "{\"id\":\"m\",\"date\":\"2021-07-10\",\"kind\":\"payment\",\"jurisdiction\":\"US\","
                + "\"parties\":[{\"name\":\"AEROCARIBBEAN AIRLINES\"}]}", kit.screenKey);
        Resp r = kit.get("/metrics", kit.adminKey);
        assertThat(r.header("Content-Type")).startsWith("text/plain");
        assertThat(r.body())
                .contains("interdict_http_requests_total{method=\"GET\",route=\"/v1/check\",status=\"200\"}")
                .contains("interdict_http_request_duration_seconds_bucket{method=\"GET\",route=\"/v1/check\",le=\"0.005\"}")
                .contains("interdict_decisions_total{outcome=\"ALLOW\"}")
                .contains("interdict_decisions_total{outcome=\"BLOCK\"}")
                .contains("interdict_snapshot_loaded_age_seconds")
                .contains("interdict_list_age_seconds{source=\"ofac-sdn\"}")
                .contains("interdict_snapshot_ready 1")
                .containsPattern("(?m)^interdict_workers \\d")
                .contains("interdict_requests_in_progress ");
    }

    @Test
    void openApiDescribesEveryRouteWithItsParametersAndRole() {
        JsonNode doc = kit.get("/openapi.json", null).json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        for (Route r : kit.server.routes()) {
            JsonNode op = doc.get("paths").get(r.openApiPath()).get(r.method().name().toLowerCase());
            assertThat(op).as(r.key()).isNotNull();
            for (var p : r.params()) {
                if (p.name().equals(io.interdict.server.http.Param.OTHERS)) {
                    assertThat(op.get("x-other-parameters").asText()).as(r.key()).contains("ignored");
                } else {
                    assertThat(op.get("parameters").toString()).as(r.key()).contains("\"" + p.name() + "\"");
                }
            }
            if (r.role() != null) {
                assertThat(op.get("x-interdict-role").asText()).isEqualTo(r.role().wire());
            }
        }
        assertThat(doc.get("paths").has("/v1/entities/{id}")).isTrue();
    }

    @Test
    void swaggerUiPageAndAssetsAreServed() {
        Resp page = kit.get("/docs", null);
        assertThat(page.body()).contains("swagger-ui-bundle.js").contains("/openapi.json");
        String js = page.body().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
        assertThat(kit.get(js, null).status()).as(js).isEqualTo(200);
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() {
        Resp r = kit.get("/v2/nothing", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("detail").asText()).contains("/v2/nothing");
        assertThat(kit.post("/healthz", "{}", null).status()).isEqualTo(405);
    }
}
