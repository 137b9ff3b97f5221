package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The check each table generated from ICU shares: the committed file is what its generator writes today. */
final class CommittedTables {
    private CommittedTables() {
    }

    /** Fails, naming the generator to run, when the committed resource differs from what the generator writes. */
    static void assertIsGenerated(String resource, String generated, Class<?> generator) {
        String committed;
        try (InputStream in = CommittedTables.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(committed).as("%s differs from ICU (ICU upgraded?): regenerate it with %s", resource, generator.getSimpleName())
                .isEqualTo(generated);
    }
}
