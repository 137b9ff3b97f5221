package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Hit;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.ParsedLine;
import io.interdict.core.tx.TransactionParser;
import io.interdict.lists.Embedded;
import io.interdict.config.Config;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The public scenarios (a copy of ../shared/eval/scenarios-public.jsonl) against the embedded default. */
class ScenariosTest {
    static Screener screener;

    @BeforeAll
    static void load() {
        screener = Embedded.screener(Config.defaults());
    }

    static Stream<JsonNode> scenarios() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ScenariosTest.class.getResourceAsStream("/scenarios-public.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(16);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(JsonNode s) {
        ParsedLine p = new TransactionParser().parseJson(s.get("tx").toString(), 1);
        assertThat(p.error()).isNull();
        Decision d = screener.screen(p.transaction());
        JsonNode expect = s.get("expect");
        assertThat(d.outcome().name()).as("outcome; hits %s", d.hits()).isEqualTo(expect.get("outcome").asText());
        for (JsonNode must : expect.get("must")) {
            assertThat(d.hits()).as("hits").anySatisfy(h -> {
                assertThat(h.measure()).isEqualTo(must.get(0).asText());
                assertThat(h.status().wire()).isEqualTo(must.get(1).asText());
            });
        }
        for (JsonNode absent : expect.get("absent")) {
            assertThat(d.hits()).extracting(Hit::measure).doesNotContain(absent.asText());
        }
    }
}
