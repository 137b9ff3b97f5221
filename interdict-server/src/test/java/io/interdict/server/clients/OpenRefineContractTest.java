package io.interdict.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OpenRefine against Interdict's reconciliation service, with requests as OpenRefine builds them
 * (OpenRefine/OpenRefine, {@code main/src/com/google/refine/model/recon/StandardReconConfig.java}:
 * {@code createJob} writes {@code {"query": cell text, "type", "type_strict": "should", "properties":
 * [{"pid", "v"}]}}, a reconciled detail cell as {@code {"id", "name"}}; {@code batchRecon} sends batches
 * of 10 as {@code q0…q9} in the form field {@code queries} to the service URL as the user entered it,
 * and treats any 4xx/5xx as a failure of every row in the batch; {@code ReconciledDataExtensionJob.java}
 * posts {@code extend=} with {@code ids} and {@code properties[{id, settings?}]} and reads
 * {@code meta} and {@code rows}). The service URL carries the key: {@code /reconcile?api_key=…}.
 */
class OpenRefineContractTest {
    static final ServerKit kit = ServerKit.shared();

    static Resp postForm(String field, String json) {
        return kit.send(HttpRequest.newBuilder(URI.create(kit.base() + "/reconcile?api_key=" + kit.screenKey))
                        .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8))),
                null, Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    @Test
    void aBatchOfTenWithAwkwardCellsIsAnsweredForEveryRow() {
        StringBuilder batch = new StringBuilder("{");
        String[] cells = {"Alipay", "   ", "WeChat", "AEROCARIBBEAN AIRLINES", "", "Tencent", "Nobody Atall", "TikTok", "Douyin", "ByteDance"};
        for (int i = 0; i < cells.length; i++) {
            batch.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"").append(cells[i])
                    .append("\",\"type\":\"Organization\",\"type_strict\":\"should\",\"properties\":[")
                    .append("{\"pid\":\"country\",\"v\":\"CN\"},")
                    // a reconciled detail column, and one the service does not know (P17 is Wikidata's country)
                    .append("{\"pid\":\"related\",\"v\":{\"id\":\"interdict:org/tencent-holdings\",\"name\":\"Tencent\"}},")
                    .append("{\"pid\":\"P17\",\"v\":\"2024-01-01T00:00:00Z\"}]}");
        }
        Resp r = postForm("queries", batch.append("}").toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode j = r.json();
        for (int i = 0; i < cells.length; i++) {
            assertThat(j.get("q" + i).get("result").isArray()).as("q" + i).isTrue();
        }
        assertThat(j.get("q1").get("result")).isEmpty();
        assertThat(j.get("q4").get("result")).isEmpty();
        assertThat(j.get("q0").get("result").get(0).get("id").asText()).isEqualTo("interdict:app/alipay");
        JsonNode top = j.get("q0").get("result").get(0);
        // createReconServiceResults reads id, name, type (ids), score and match.
        assertThat(top.get("type").get(0).get("id").isTextual()).isTrue();
        assertThat(top.get("score").isNumber()).isTrue();
        assertThat(top.get("match").isBoolean()).isTrue();
    }

    @Test
    void addColumnsFromReconciledValues() {
        Resp r = postForm("extend", "{\"ids\":[\"interdict:app/alipay\",\"interdict:app/wechat\"],"
                + "\"properties\":[{\"id\":\"country\"},{\"id\":\"related\",\"settings\":{\"limit\":\"0\"}}]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode meta = r.json().get("meta");
        assertThat(meta.get(0).get("id").asText()).isEqualTo("country");
        assertThat(meta.get(0).get("name").asText()).isNotBlank();
        JsonNode wechat = r.json().get("rows").get("interdict:app/wechat");
        assertThat(wechat.get("related").get(0).get("id").asText()).isEqualTo("interdict:org/tencent-holdings");
        assertThat(wechat.get("related").get(0).get("name").asText()).isNotBlank();
    }
}
