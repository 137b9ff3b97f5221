package io.interdict.lists.timeline;

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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lists as timelines, screened by the embedded default against real entries of the bundled lists: no
 * hit before an entry's listing date, {@code listed_since: unknown} and REVIEW at most where the source
 * gives no date, and the NS-CMIC per-entry dates (day before, of and after each). A {@code must} item
 * may name a third element: the hit's {@code listed_since}.
 */
class ListTimelineScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Screener SCREENER = Embedded.screener(Config.defaults());

    static Stream<Arguments> scenarios() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = ListTimelineScenarioTest.class.getClassLoader().getResourceAsStream("lists/timeline-scenarios.jsonl")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    out.add(Arguments.of(n.get("tx").get("id").asText(), n));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void screensOnTheEntrysDates(String id, JsonNode scenario) {
        ParsedLine parsed = new TransactionParser().parseJson(scenario.get("tx").toString(), 1);
        assertThat(parsed.error()).as(id).isNull();
        Decision d = SCREENER.screen(parsed.transaction());
        JsonNode expect = scenario.get("expect");
        List<String> hits = d.hits().stream().map(h -> h.measure() + ":" + h.status().wire() + ":" + h.listedSince()).toList();
        String why = id + " (" + scenario.path("note").asText() + ") hits " + hits + " " + d.hits().stream().map(Hit::reason).toList();
        assertThat(d.outcome().name()).as(why).isEqualTo(expect.get("outcome").asText());
        for (JsonNode m : expect.get("must")) {
            String prefix = m.get(0).asText() + ":" + m.get(1).asText() + ":";
            assertThat(hits).as(why).anyMatch(h -> h.startsWith(prefix) && (m.size() < 3 || h.equals(prefix + m.get(2).asText())));
        }
        for (JsonNode m : expect.get("absent")) {
            assertThat(d.hits().stream().map(Hit::measure)).as(why).doesNotContain(m.asText());
        }
    }
}
