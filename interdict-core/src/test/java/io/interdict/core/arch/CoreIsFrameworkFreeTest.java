package io.interdict.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core stays free of HTTP, Kafka, JDBC and clocks: adapters live in their own modules. */
class CoreIsFrameworkFreeTest {
    static final List<String> FORBIDDEN = List.of("import io.javalin", "import org.apache.kafka", "import java.sql",
            "import javax.sql", "LocalDate.now(", "Instant.now(", "System.getenv(", "System.currentTimeMillis(");

    @Test
    void noFrameworkImportsClockOrEnvironmentInMainSources() throws IOException {
        Path src = Path.of("src/main/java");
        assertThat(src).isDirectory();
        try (Stream<Path> files = Files.walk(src)) {
            List<String> offences = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    String text = Files.readString(p);
                    return FORBIDDEN.stream().filter(text::contains).map(f -> p + ": " + f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offences).isEmpty();
        }
    }
}
