package io.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.NameLimits;
import io.interdict.server.kit.ServerKit;
import io.interdict.server.kit.ServerKit.Resp;
import org.junit.jupiter.api.Test;

/**
 * Item 9 of issue 14 over HTTP: every endpoint that matches a name refuses one over the limits with a
 * 400 naming the field, before any matching; a name at the limit is served.
 */
class NameLimitsHttpTest {
    static final ServerKit kit = ServerKit.shared();
    static final String LONG = "m".repeat(NameLimits.MAX_CHARS + 1);
    static final String AT_LIMIT = "mahan ".repeat(NameLimits.MAX_TOKENS).trim();

    private static String tx(String name) {
        return "{\"id\":\"t\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"" + name + "\"}]}";
    }

    @Test
    void everyNameEntryPointRefusesAnOverlongNameWithA400NamingTheField() {
        assertRefused(kit.post("/v1/screen", tx(LONG), kit.screenKey), "parties[0].name");
        assertRefused(kit.get("/v1/check?name=" + LONG, kit.screenKey), "name");
        assertRefused(kit.get("/v1/match?name=" + LONG, kit.screenKey), "name");
        assertRefused(kit.get("/search/default?q=" + LONG, kit.screenKey), "name");
        assertRefused(kit.post("/match/default", "{\"queries\":{\"q1\":{\"schema\":\"Company\",\"properties\":{\"name\":[\""
                + LONG + "\"]}}}}", kit.screenKey), "name");
        // In a batch, the one transaction is an ERROR decision naming it; the others are screened.
        Resp batch = kit.post("/v1/screen", "[" + tx(LONG) + "," + tx("Alipay") + "]", kit.screenKey);
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.json().get(0).get("outcome").asText()).isEqualTo("ERROR");
        assertThat(batch.json().get(0).get("error").asText()).contains("parties[0].name").contains("2,001 characters");
        assertThat(batch.json().get(1).get("outcome").asText()).isNotEqualTo("ERROR");
    }

    @Test
    void aNameAtTheLimitsIsScreened() {
        assertThat(kit.post("/v1/screen", tx(AT_LIMIT), kit.screenKey).status()).isEqualTo(200);
        assertThat(kit.get("/v1/match?name=" + AT_LIMIT.replace(' ', '+'), kit.screenKey).status()).isEqualTo(200);
    }

    private static void assertRefused(Resp r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).contains(field + ": name of 2,001 characters");
    }
}
