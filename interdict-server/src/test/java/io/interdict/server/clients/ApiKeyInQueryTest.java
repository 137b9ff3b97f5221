package io.interdict.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.server.kit.ServerKit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The hosted OpenSanctions API takes {@code ?api_key=} (Marble's SaaS mode sends it so): accepted on the
 * yente and reconciliation endpoints, refused elsewhere, and never written to the log, even when the
 * same request carries parameters that are logged as ignored.
 */
class ApiKeyInQueryTest {
    static final ServerKit kit = ServerKit.shared();

    @Test
    void theKeyInTheQueryAuthenticatesAndStaysOutOfTheLog() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int yente;
        int search;
        // A name no other test sends: ignored names are logged once each.
        String extra = "marble_extra_" + Long.toHexString(System.nanoTime());
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            yente = kit.post("/match/default?api_key=" + kit.screenKey + "&partition=true&fuzzy=false&" + extra + "=1",
                    "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"x\"],\"nmae\":[\"y\"]}}}}", null).status();
            search = kit.get("/search/default?q=Alipay&api_key=" + kit.screenKey + "&unknown=1", null).status();
        } finally {
            System.setErr(saved);
        }
        assertThat(yente).isEqualTo(200);
        assertThat(search).isEqualTo(200);
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("something was logged (ignored parameters)").contains(extra);
        assertThat(log).doesNotContain(kit.screenKey);
        assertThat(kit.get("/v1/lists?api_key=" + kit.screenKey, null).status()).as("our own API takes headers only").isEqualTo(401);
    }
}
