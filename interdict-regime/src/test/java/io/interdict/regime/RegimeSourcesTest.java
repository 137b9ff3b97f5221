package io.interdict.regime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Relation;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.snapshot.SourcePart;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Provenance of the built-in regime: every measure, clause, obligation, event, entity and relation names
 * at least one source, and every source key used in any file exists in sources.yaml with an address and a
 * quality. Read from the raw YAML as well as from the loaded model, so a key that the loader happened to
 * ignore would still be caught.
 */
class RegimeSourcesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final SourcePart REGIME = RegimeLoader.load();
    private static final Set<String> QUALITIES = Set.of("primary", "secondary", "tertiary");

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = RegimeSourcesTest.class.getClassLoader().getResourceAsStream("regime/" + file)) {
            assertThat(in).as("regime/" + file).isNotNull();
            return YAML.readTree(in);
        }
    }

    private static void collectSrc(JsonNode node, String at, List<String[]> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().equals("src")) {
                    if (f.getValue().isArray()) {
                        f.getValue().forEach(v -> out.add(new String[] {at, v.asText()}));
                    } else {
                        out.add(new String[] {at, f.getValue().asText()});
                    }
                } else {
                    collectSrc(f.getValue(), at + "." + f.getKey(), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectSrc(node.get(i), at + "[" + i + "]", out);
            }
        }
    }

    @Test
    void everySourceKeyUsedResolvesAndEverySourceHasAnAddressAndQuality() throws IOException {
        JsonNode sources = read("sources.yaml").get("sources");
        Set<String> keys = new HashSet<>();
        sources.fieldNames().forEachRemaining(keys::add);
        sources.fields().forEachRemaining(s -> {
            JsonNode v = s.getValue();
            assertThat(v.has("url") || (v.has("repo") && v.has("path"))).as("source %s has url or repo+path", s.getKey()).isTrue();
            assertThat(QUALITIES).as("quality of source %s", s.getKey()).contains(v.path("quality").asText());
        });
        List<String[]> used = new ArrayList<>();
        for (JsonNode f : read("index.yaml").get("files")) {
            collectSrc(read(f.asText()), f.asText(), used);
        }
        assertThat(used).isNotEmpty();
        for (String[] u : used) {
            assertThat(keys).as("source key '%s' used at %s", u[1], u[0]).contains(u[1]);
        }
    }

    @Test
    void everyMeasureClauseObligationAndEventIsSourced() {
        assertThat(REGIME.measures()).isNotEmpty();
        for (Measure m : REGIME.measures()) {
            assertThat(m.citations()).as("measure %s", m.id()).isNotEmpty();
            for (Prohibition p : m.prohibitions()) {
                assertThat(p.sources()).as("%s clause %s", m.id(), p.clause()).isNotEmpty();
            }
            for (Obligation o : m.obligations()) {
                assertThat(o.sources()).as("%s obligation %s", m.id(), o.id()).isNotEmpty();
            }
            for (Event e : m.events()) {
                assertThat(e.sources()).as("%s event %s %s", m.id(), e.type().wire(), e.issued()).isNotEmpty();
                assertThat(e.sources()).allSatisfy(c -> assertThat(c.url()).isNotBlank());
            }
        }
    }

    @Test
    void everyEntityAndRelationIsSourced() {
        assertThat(REGIME.entities()).isNotEmpty();
        for (Entity e : REGIME.entities()) {
            assertThat(e.attributes().getOrDefault("sources", List.of())).as("entity %s", e.id()).isNotEmpty();
        }
        for (Relation r : REGIME.relations()) {
            assertThat(r.sources()).as("relation %s -%s-> %s", r.from(), r.kind(), r.to()).isNotEmpty();
        }
    }
}
