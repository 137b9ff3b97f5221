package io.interdict.server.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceApiTest {
    static final ServerKit kit = ServerKit.shared();

    @Test
    void measuresOnADateGiveClauseStatusesAndNextEvent() {
        Resp r = kit.get("/v1/measures?date=2021-02-18", kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode eo = find(r.json().get("measures"), "us-eo-13971");
        assertThat(eo.get("clauses").get("sec-1a").asText()).isEqualTo("pending");
        assertThat(eo.get("next_event").get("date").asText()).isEqualTo("2021-02-19");
        JsonNode after = find(kit.get("/v1/measures?date=2021-02-19", kit.screenKey).json().get("measures"), "us-eo-13971");
        assertThat(after.get("clauses").get("sec-1a").asText()).isEqualTo("awaiting_scope");
    }

    @Test
    void oneMeasureHasTimelineClausesAndTargets() {
        Resp r = kit.get("/v1/measures/us-eo-13971?date=2021-03-01", kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode m = r.json();
        assertThat(m.get("timeline").size()).isGreaterThan(1);
        assertThat(m.get("timeline").get(0).get("type").asText()).isNotEmpty();
        JsonNode p = m.get("prohibitions").get(0);
        List<String> targets = new ArrayList<>();
        p.get("targets").forEach(t -> targets.add(t.get("id").asText()));
        assertThat(targets).contains("interdict:app/alipay");
        assertThat(p.get("reach").toString()).contains("developers_and_controllers");
        assertThat(m.get("status").asText()).isEqualTo("awaiting_scope");
    }

    @Test
    void unknownMeasureOrEntityIs404() {
        assertThat(kit.get("/v1/measures/nope", kit.screenKey).status()).isEqualTo(404);
        Resp e = kit.get("/v1/entities/nope:1", kit.reviewKey);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.json().get("detail").asText()).contains("nope:1");
    }

    @Test
    void entityShowsRelationsBothWaysAndItsSourceRecord() {
        Resp r = kit.get("/v1/entities/interdict:org/ant-group", kit.reviewKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.get("names").get(0).get("value").asText()).isNotEmpty();
        assertThat(e.get("relations_in").toString()).contains("interdict:app/alipay");
        Resp alipay = kit.get("/v1/entities/interdict:app/alipay", kit.reviewKey);
        assertThat(alipay.json().get("relations_out").toString()).contains("interdict:org/ant-group");
        assertThat(alipay.json().get("identifiers").toString()).contains("android:com.eg.android.AlipayGphone");
        assertThat(alipay.json().get("datasets").toString()).contains("us-eo-13971");
        Resp sdn = kit.get("/v1/entities/ofac-sdn:306", kit.reviewKey);
        assertThat(sdn.json().get("source_record").asText()).as(sdn.toString()).contains("306");
    }

    @Test
    void listsShowTheActiveSnapshotWithChecksums() {
        Resp r = kit.get("/v1/lists", kit.screenKey);
        assertThat(r.status()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.get("snapshot").asText()).startsWith("sha256:");
        JsonNode sdn = find(j.get("sources"), "ofac-sdn");
        assertThat(sdn.get("checksum").asText()).startsWith("sha256:");
        assertThat(sdn.get("list_date").asText()).isEqualTo("2021-07-07");
        assertThat(j.get("entities_by_source").get("ofac-sdn").asInt()).isGreaterThan(1000);
    }

    static JsonNode find(JsonNode arr, String id) {
        for (JsonNode n : arr) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(id + " not in " + arr);
    }
}
