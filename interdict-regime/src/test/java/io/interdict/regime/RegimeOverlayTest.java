package io.interdict.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.snapshot.SourcePart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regime overlays: extra measures, entities and events over the built-in regime, validated as strictly. */
class RegimeOverlayTest {
    @TempDir
    Path dir;

    static final String SOURCES = "sources:\n  own: {url: \"https://example.org/order\", cite: \"Order of 2026-11-30\", quality: primary}\n";
    static final String INJUNCTION = """
            measure: us-bis-entity-list
            events:
              - {type: enjoined, date: 2026-11-30, covers_from: 2026-11-30, clauses: [affiliates-rule], court: "Ex. court", src: [own]}
            """;

    private Path overlay(String index, String... files) throws IOException {
        Path o = dir.resolve("overlay");
        Files.createDirectories(o.resolve("measures"));
        Files.createDirectories(o.resolve("events"));
        Files.writeString(o.resolve("index.yaml"), index);
        Files.writeString(o.resolve("sources.yaml"), SOURCES);
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(o.resolve(files[i]), files[i + 1]);
        }
        return o;
    }

    private static Measure measure(Regime r, String id) {
        return r.parts().stream().flatMap(p -> p.measures().stream()).filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eventsJoinABuiltInMeasure_andTheOverlayIsAPartWithItsOwnChecksum() throws IOException {
        Path o = overlay("files: [events/us-bis-entity-list.yaml]\n", "events/us-bis-entity-list.yaml", INJUNCTION);
        Regime builtIn = Regime.builtIn();
        Regime r = Regime.load(List.of(o));
        Measure el = measure(r, "us-bis-entity-list");
        assertThat(el.events()).anyMatch(e -> e.type() == EventType.ENJOINED && e.clauses().equals(List.of("affiliates-rule")));
        assertThat(measure(builtIn, "us-bis-entity-list").events()).noneMatch(e -> e.type() == EventType.ENJOINED);
        assertThat(r.overlayIds()).containsExactly("regime-overlay:overlay");
        assertThat(r.version()).isNotEqualTo(builtIn.version());
        // The same content gives the same version: replay can reload it and find the same snapshot.
        assertThat(Regime.load(List.of(o)).version()).isEqualTo(r.version());
        Files.writeString(o.resolve("events/us-bis-entity-list.yaml"), INJUNCTION.replace("Ex. court", "Another court"));
        assertThat(Regime.load(List.of(o)).version()).isNotEqualTo(r.version());
    }

    @Test
    void aNewMeasureMayTargetBuiltInEntitiesAndCiteBuiltInSources() throws IOException {
        String policy = """
                id: acme-policy
                title: Acme policy
                jurisdictions: [US]
                src: [own]
                prohibitions:
                  - clause: no-services
                    targets: [interdict:org/huawei-technologies]
                    kinds: [service_contract]
                    src: [own, fr_2020_aug_huawei]
                events:
                  - {type: effective, date: 2026-12-01, src: [own]}
                """;
        Regime r = Regime.load(List.of(overlay("files: [measures/acme-policy.yaml]\n", "measures/acme-policy.yaml", policy)));
        SourcePart part = r.parts().get(r.parts().size() - 1);
        assertThat(part.info().id()).isEqualTo("regime-overlay:overlay");
        assertThat(part.measures()).extracting(Measure::id).containsExactly("acme-policy");
    }

    @Test
    void errorsNameFileLineAndField() throws IOException {
        String badEvents = """
                measure: us-bis-entity-list
                events:
                  - {type: enjoined, date: 2026-11-30, clauses: [no-such-clause], src: [own]}
                  - {type: enjoyned, date: 2026-11-30, src: [own]}
                  - {type: note, date: 2026-11-30, src: [nowhere]}
                """;
        String redefined = """
                id: us-eo-13971
                title: Redefined
                jurisdictions: [US]
                src: [own]
                """;
        Path o = overlay("files: [events/us-bis-entity-list.yaml, measures/us-eo-13971.yaml, events/no-such-measure.yaml]\n",
                "events/us-bis-entity-list.yaml", badEvents, "measures/us-eo-13971.yaml", redefined,
                "events/no-such-measure.yaml", "measure: no-such-measure\nevents:\n  - {type: note, date: 2026-11-30, src: [own]}\n");
        String p = o + "/";
        assertThatThrownBy(() -> Regime.load(List.of(o))).isInstanceOfSatisfying(RegimeException.class, e -> assertThat(e.problems())
                .contains(p + "events/us-bis-entity-list.yaml:3: events[0].clauses: unknown clause or obligation 'no-such-clause' of us-bis-entity-list")
                .anyMatch(s -> s.startsWith(p + "events/us-bis-entity-list.yaml:4: events[1].type: unknown event type 'enjoyned'"))
                .contains(p + "events/us-bis-entity-list.yaml:5: events[2].src: unknown source key 'nowhere'")
                .anyMatch(s -> s.startsWith(p + "measures/us-eo-13971.yaml:1: id: measure us-eo-13971 is defined by the regime below"))
                .contains(p + "events/no-such-measure.yaml:1: measure: unknown measure 'no-such-measure'"));
    }

    @Test
    void aMissingDirectoryIsAnError() {
        assertThatThrownBy(() -> Regime.load(List.of(dir.resolve("absent"))))
                .isInstanceOfSatisfying(RegimeException.class, e -> assertThat(e.problems().get(0)).contains("not a directory"));
    }
}
