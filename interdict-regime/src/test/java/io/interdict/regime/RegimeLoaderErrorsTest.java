package io.interdict.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.snapshot.SourcePart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegimeLoaderErrorsTest {
    @TempDir
    Path dir;

    static final String SOURCES = "sources:\n  s1: {url: \"https://example.org/a\", cite: \"1 FR 1\", quality: primary}\n";
    static final String ENTITIES = """
            entities:
              - id: interdict:app/a
                kind: app
                names: [{value: AppA}]
                ids: [android:com.example.a]
                src: [s1]
            relations: []
            """;
    static final String MEASURE = """
            id: m-1
            short_title: M1
            title: Test measure
            jurisdictions: [US]
            src: [s1]
            prohibitions:
              - clause: c1
                targets: [interdict:app/a]
                kinds: [payment]
                src: [s1]
            events:
              - {type: signed, date: 2021-01-05, src: [s1]}
            """;

    void write(String entities, String measure) throws IOException {
        Files.createDirectories(dir.resolve("measures"));
        Files.writeString(dir.resolve("index.yaml"), "files: [sources.yaml, entities.yaml, measures/m-1.yaml]\n");
        Files.writeString(dir.resolve("sources.yaml"), SOURCES);
        Files.writeString(dir.resolve("entities.yaml"), entities);
        Files.writeString(dir.resolve("measures/m-1.yaml"), measure);
    }

    @Test
    void aValidRegimeLoads() throws IOException {
        write(ENTITIES, MEASURE);
        SourcePart p = RegimeLoader.load(dir);
        assertThat(p.measures()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("m-1");
            assertThat(m.citations()).extracting(c -> c.url()).contains("https://example.org/a");
        });
        assertThat(p.entities()).hasSize(1);
        assertThat(p.info().checksum()).startsWith("sha256:");
    }

    @Test
    void problemsNameFileLineAndField() throws IOException {
        write(ENTITIES.replace("kind: app", "kind: appp"),
                MEASURE.replace("kinds: [payment]", "kinds: [payment, paymnet]")
                        .replace("targets: [interdict:app/a]", "targets: [interdict:app/a, interdict:app/missing]")
                        .replace("date: 2021-01-05, src: [s1]", "date: 2021-01-05, src: [s2]"));
        assertThatThrownBy(() -> RegimeLoader.load(dir)).isInstanceOf(RegimeException.class).satisfies(e -> {
            var problems = ((RegimeException) e).problems();
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("regime/entities.yaml:3: entities[0].kind: unknown entity kind 'appp'"));
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("regime/measures/m-1.yaml:9: prohibitions[0].kinds: unknown kind 'paymnet'"));
            assertThat(problems).anySatisfy(p -> assertThat(p).isEqualTo("regime/measures/m-1.yaml:8: prohibitions[0].targets: unknown entity interdict:app/missing"));
            assertThat(problems).anySatisfy(p -> assertThat(p).isEqualTo("regime/measures/m-1.yaml:12: events[0].src: unknown source key 's2'"));
        });
    }

    @Test
    void unknownKeysAndBadDatesAreRejectedWithTheirLine() throws IOException {
        write(ENTITIES, MEASURE.replace("title: Test measure", "title: Test measure\ntitel: typo"));
        assertThatThrownBy(() -> RegimeLoader.load(dir)).hasMessageContaining("regime/measures/m-1.yaml:4: titel: Unrecognized field \"titel\"");
        write(ENTITIES, MEASURE.replace("date: 2021-01-05", "date: 2021-02-30"));
        assertThatThrownBy(() -> RegimeLoader.load(dir)).hasMessageContaining("regime/measures/m-1.yaml:12: events[0].date");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        write(ENTITIES, MEASURE);
        Files.delete(dir.resolve("measures/m-1.yaml"));
        assertThatThrownBy(() -> RegimeLoader.load(dir)).hasMessageContaining("regime/measures/m-1.yaml: file not found");
    }
}
