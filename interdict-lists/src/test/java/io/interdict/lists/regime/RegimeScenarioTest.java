package io.interdict.lists.regime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Hit;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.ParsedLine;
import io.interdict.core.tx.Transaction;
import io.interdict.core.tx.TransactionParser;
import io.interdict.lists.Embedded;
import io.interdict.config.Config;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole transactions screened by the embedded engine against the built-in regime: the public scenarios
 * that rest on it (ids p..) and further cases around its legal dates and control paths (ids r..), each
 * with its expected outcome, the (measure, status) pairs that must be among the hits and the measures
 * that must not be.
 */
class RegimeScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Screener SCREENER = Embedded.screener(Config.defaults());

    static Stream<Arguments> scenarios() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = RegimeScenarioTest.class.getClassLoader().getResourceAsStream("regime/scenarios.jsonl")) {
            assertThat(in).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    out.add(Arguments.of(n.get("tx").get("id").asText(), n));
                }
            }
        }
        return out.stream();
    }

    /** The transaction as a client would send it: through the parser, so every contract field counts. */
    private static Transaction transaction(JsonNode tx) {
        ParsedLine p = new TransactionParser().parseNode(tx, 1);
        assertThat(p.error()).as(tx.toString()).isNull();
        return p.transaction();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void screensAsTheFactsRequire(String id, JsonNode scenario) {
        Decision d = SCREENER.screen(transaction(scenario.get("tx")));
        JsonNode expect = scenario.get("expect");
        List<String> hits = d.hits().stream().map(h -> h.measure() + ":" + h.status().wire()).toList();
        String why = id + " (" + scenario.path("note").asText() + ") hits " + hits;
        assertThat(d.outcome().name()).as(why).isEqualTo(expect.get("outcome").asText());
        for (JsonNode m : expect.get("must")) {
            assertThat(hits).as(why).contains(m.get(0).asText() + ":" + m.get(1).asText());
        }
        for (JsonNode m : expect.get("absent")) {
            assertThat(d.hits().stream().map(Hit::measure)).as(why).doesNotContain(m.asText());
        }
    }
}
