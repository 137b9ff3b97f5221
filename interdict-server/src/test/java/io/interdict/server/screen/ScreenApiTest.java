package io.interdict.server.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.ServerSettings;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScreenApiTest {
    static final ServerKit kit = ServerKit.shared();
    static ServerKit tight;

    static final String ALIPAY = """
            {"id":"tx-1","date":"2021-03-01","kind":"payment","jurisdiction":"US",
             "parties":[{"role":"counterparty","name":"Alipay","country":"CN"}],"amount":"12.50","currency":"USD"}""";
    static final String SDN = """
            {"id":"tx-2","date":"2021-07-10","kind":"payment","jurisdiction":"US","parties":[{"name":"AEROCARIBBEAN AIRLINES"}]}""";

    @BeforeAll
    static void tightLimits() {
        tight = new ServerKit(ServerSettings.defaults().withLimits(2048, 3), true);
    }

    @AfterAll
    static void stop() {
        tight.close();
    }

    @Test
    void oneTransactionGivesOneDecisionInTheDesignShape() {
        Resp r = kit.post("/v1/screen", ALIPAY, kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode d = r.json();
        assertThat(d.get("id").asText()).isEqualTo("tx-1");
        assertThat(d.get("outcome").asText()).isEqualTo("ALLOW");
        assertThat(d.get("as_of").asText()).isEqualTo("2021-03-01");
        assertThat(d.get("snapshot").asText()).startsWith("sha256:");
        JsonNode hit = d.get("hits").get(0);
        assertThat(hit.get("measure").asText()).isEqualTo("us-eo-13971");
        assertThat(hit.get("status").asText()).isEqualTo("awaiting_scope");
        assertThat(hit.get("entity").asText()).isEqualTo("interdict:app/alipay");
        for (String f : new String[] {"effect", "party", "entity_name", "matched_on", "query", "candidate", "score", "path", "reason"}) {
            assertThat(hit.has(f)).as(f).isTrue();
        }
    }

    @Test
    void sdnEntryIsBlocked() {
        Resp r = kit.post("/v1/screen", SDN, kit.screenKey);
        assertThat(r.json().get("outcome").asText()).as(r.toString()).isEqualTo("BLOCK");
        assertThat(r.json().get("hits").get(0).get("measure").asText()).isEqualTo("ofac-sdn");
    }

    @Test
    void anSdnEntryWrittenWithItsAddressOrAsAPaymentPartyFieldIsBlockedToo() {
        // Payment data writes the party's address into its name, or pastes a SWIFT party field's lines whole.
        for (String name : new String[] {"AEROCARIBBEAN AIRLINES, 1200 Main Street, Miami FL 33101",
                "/DE89370400440532013000\\nAEROCARIBBEAN AIRLINES\\n12 CALLE REAL\\nHAVANA"}) {
            Resp r = kit.post("/v1/screen", SDN.replace("AEROCARIBBEAN AIRLINES", name), kit.screenKey);
            assertThat(r.json().get("outcome").asText()).as(r.toString()).isEqualTo("BLOCK");
            assertThat(r.json().get("hits").get(0).get("entity_name").asText()).isEqualTo("AEROCARIBBEAN AIRLINES");
        }
    }

    @Test
    void batchKeepsOrderAndReportsBadItemsAsErrorDecisions() {
        Resp r = kit.post("/v1/screen", "[" + ALIPAY + ",{\"id\":\"bad\",\"date\":\"2021-13-01\"}," + SDN + ",7]", kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode arr = r.json();
        assertThat(arr).hasSize(4);
        assertThat(arr.get(0).get("id").asText()).isEqualTo("tx-1");
        assertThat(arr.get(1).get("outcome").asText()).isEqualTo("ERROR");
        assertThat(arr.get(1).get("id").asText()).isEqualTo("bad");
        assertThat(arr.get(1).get("error").asText()).startsWith("transactions[1]: ").contains("date");
        assertThat(arr.get(2).get("outcome").asText()).isEqualTo("BLOCK");
        assertThat(arr.get(3).get("error").asText()).contains("transactions[3]");
    }

    @Test
    void jsonLinesAndCsvBatchesAnswerInJsonLines() {
        Resp r = kit.post("/v1/screen", ALIPAY.replace("\n", "") + "\n\n" + SDN.replace("\n", "") + "\n{\"id\":\"x\"}\n",
                "application/x-ndjson", kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/x-ndjson");
        String[] lines = r.body().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains("\"outcome\":\"BLOCK\"");
        assertThat(lines[2]).contains("\"outcome\":\"ERROR\"").contains("\"line\":4");

        Resp csv = kit.post("/v1/screen", "id,date,kind,jurisdiction,party_name\nc1,2021-03-01,payment,US,Alipay\n",
                "text/csv", kit.screenKey);
        assertThat(csv.body()).as(csv.toString()).contains("\"id\":\"c1\"").contains("us-eo-13971");
    }

    @Test
    void unknownFieldIsRejectedByName() {
        Resp r = kit.post("/v1/screen", ALIPAY.replace("\"amount\"", "\"amonut\""), kit.screenKey);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).contains("amonut");
        Resp p = kit.post("/v1/screen", ALIPAY.replace("\"country\"", "\"citizenship\""), kit.screenKey);
        assertThat(p.json().get("detail").asText()).contains("parties[0].citizenship");
    }

    @Test
    void malformedJsonNamesThePosition() {
        Resp r = kit.post("/v1/screen", "{\"id\":\"t\",\n  \"date\": 2021-03-01}", kit.screenKey);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).contains("malformed JSON at line 2, column");
        assertThat(kit.post("/v1/screen", "", kit.screenKey).status()).isEqualTo(400);
        assertThat(kit.post("/v1/screen", "\"just a string\"", kit.screenKey).status()).isEqualTo(400);
        assertThat(kit.post("/v1/screen", "{\"id\":\"a\",\"id\":\"b\"}", kit.screenKey).json().get("detail").asText())
                .contains("Duplicate field 'id'");
    }

    @Test
    void bodyAndBatchLimitsAre413() {
        String big = "[" + (ALIPAY + ",").repeat(40) + ALIPAY + "]";
        Resp r = tight.post("/v1/screen", big, tight.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(413);
        assertThat(r.json().get("detail").asText()).contains("2048");
        String four = "[" + SDN + "," + SDN + "," + SDN + "," + SDN + "]";
        Resp b = tight.post("/v1/screen", four.replace("\n", ""), tight.screenKey);
        assertThat(b.status()).as(b.toString()).isEqualTo(413);
        assertThat(b.json().get("detail").asText()).contains("limit of 3");
    }

    @Test
    void checkIsAOnePartyShortcut() {
        Resp r = kit.get("/v1/check?name=Alipay&date=2021-03-01&jurisdiction=US&kind=payment", kit.screenKey);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("hits").get(0).get("measure").asText()).isEqualTo("us-eo-13971");
        Resp byId = kit.get("/v1/check?id=android:com.eg.android.AlipayGphone&date=2021-03-01", kit.screenKey);
        assertThat(byId.json().get("hits").get(0).get("matched_on").asText()).isEqualTo("identifier");
        Resp today = kit.get("/v1/check?name=Alipay", kit.screenKey);
        assertThat(today.json().get("as_of").asText()).as("default date is the server's today").isEqualTo("2021-03-01");
    }

    @Test
    void checkTakesDeviceOwnerAndSubdivisions() {
        Resp gov = kit.get("/v1/check?name=TikTok&date=2024-05-01&jurisdiction=US&kind=app_use&device_owner=government", kit.screenKey);
        assertThat(gov.status()).as(gov.toString()).isEqualTo(200);
        assertThat(gov.json().get("outcome").asText()).isEqualTo("BLOCK");
        assertThat(gov.json().get("hits").get(0).get("measure").asText()).isEqualTo("us-no-tiktok-gov-devices-2022");
        Resp priv = kit.get("/v1/check?name=TikTok&date=2024-05-01&jurisdiction=US&kind=app_use&device_owner=private", kit.screenKey);
        assertThat(priv.json().get("outcome").asText()).isEqualTo("ALLOW");
        Resp mt = kit.get("/v1/check?name=TikTok&date=2024-03-01&jurisdiction=US-MT&kind=app_store_distribution", kit.screenKey);
        assertThat(mt.json().get("hits").findValuesAsText("measure")).contains("us-mt-sb419-2023");
        assertThat(kit.get("/v1/check?name=A&kind=app_use&device_owner=army", kit.screenKey).json().get("detail").asText())
                .contains("'device_owner'");
        assertThat(kit.get("/v1/check?name=A&jurisdiction=US-XX", kit.screenKey).status()).isEqualTo(400);
    }

    @Test
    void checkRejectsBadParametersByName() {
        assertThat(kit.get("/v1/check?name=Alipay&jurisdicton=GB", kit.screenKey).json().get("detail").asText())
                .contains("'jurisdicton'");
        assertThat(kit.get("/v1/check?kind=payment", kit.screenKey).status()).isEqualTo(400);
        assertThat(kit.get("/v1/check?name=A&date=2021-02-30", kit.screenKey).json().get("detail").asText()).contains("date");
        assertThat(kit.get("/v1/check?name=A&kind=gift", kit.screenKey).json().get("detail").asText()).contains("gift");
        assertThat(kit.get("/v1/check?name=A&jurisdiction=XX", kit.screenKey).status()).isEqualTo(400);
        assertThat(kit.get("/v1/check?name=A&network=5g", kit.screenKey).status()).isEqualTo(400);
        assertThat(kit.get("/v1/check?name=A&name=B", kit.screenKey).json().get("detail").asText()).contains("'name' given 2 times");
        assertThat(kit.raw("GET /v1/check?name=%ZZ HTTP/1.1\r\nAuthorization: Bearer " + kit.screenKey, new byte[0]))
                .isEqualTo(400);
    }
}
