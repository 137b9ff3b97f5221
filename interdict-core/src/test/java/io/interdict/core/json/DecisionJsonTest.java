package io.interdict.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.screen.Decision;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {
    @Test
    void theUtf8BytesAreTheTextEncoded() {
        Decision d = Decision.error("tx-\u00e9\u5317", "snap-1", "field 'parties[0].name': \"Caf\u00e9\" \\ \u0001 \ud83d\ude00");
        byte[] bytes = DecisionJson.toUtf8(d);
        assertThat(bytes).isEqualTo(DecisionJson.toJson(d).getBytes(StandardCharsets.UTF_8));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"id\":\"tx-\u00e9\u5317\",\"outcome\":\"ERROR\"");
    }
}
