package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamCommandTest {
    static CheckAndMeasuresCommandTest.Run run(String... args) {
        return CheckAndMeasuresCommandTest.run(args);
    }

    @Test
    void streamAndPublishNeedABootstrapAddress() {
        var stream = run("stream");
        assertThat(stream.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(stream.err()).contains("--bootstrap");
        var publish = run("lists", "publish");
        assertThat(publish.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(publish.err()).contains("--bootstrap");
    }

    @Test
    void aMisspeltStreamsKeyIsRefusedBeforeConnecting(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("c.yaml");
        Files.writeString(cfg, "streams:\n  processing_guarantee: exactly_once\n");
        var r = run("stream", "--bootstrap", "127.0.0.1:1", "--config", cfg.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("streams.processing_guarantee").contains("exactly_once_v2");
        Files.writeString(cfg, "streams:\n  topics: {decisions: 'no spaces allowed'}\n");
        assertThat(run("stream", "--bootstrap", "127.0.0.1:1", "--config", cfg.toString()).err())
                .contains("streams.topics.decisions");
    }
}
