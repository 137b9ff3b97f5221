package io.interdict.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.screen.Effect;
import io.interdict.core.screen.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path dir;

    Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("c.yaml"), yaml);
    }

    @Test
    void defaultsAreTheDesignTable() {
        Config c = Config.defaults();
        assertThat(c.screeningPolicy().effect(Status.AWAITING_SCOPE)).isEqualTo(Effect.ALLOW);
        assertThat(c.screeningPolicy().match().blockThreshold()).isGreaterThanOrEqualTo(c.screeningPolicy().match().reviewThreshold());
    }

    @Test
    void aFileOverridesKeyByKeyAndMayTighten() throws IOException {
        Config c = Config.load(file("policy:\n  effects: {awaiting_scope: review}\nmatcher:\n  block_threshold: 0.97\n"));
        assertThat(c.screeningPolicy().effect(Status.AWAITING_SCOPE)).isEqualTo(Effect.REVIEW);
        assertThat(c.matcher().blockThreshold()).isEqualTo(0.97);
        assertThat(c.matcher().reviewThreshold()).isEqualTo(Config.defaults().matcher().reviewThreshold());
    }

    @Test
    void unknownKeysBadValuesAndLooseningAreErrorsNamingTheKey() throws IOException {
        assertThatThrownBy(() -> Config.load(file("matcher:\n  treshold: 0.9\n"))).hasMessageContaining("treshold");
        assertThatThrownBy(() -> Config.load(file("policy:\n  effects: {in_force: ALLOW}\n"))).hasMessageContaining("may not loosen in_force");
        assertThatThrownBy(() -> Config.load(file("policy:\n  effects: {in_forse: BLOCK}\n"))).hasMessageContaining("unknown status 'in_forse'");
        assertThatThrownBy(() -> Config.load(file("matcher:\n  algorithm: nope-v9\n"))).hasMessageContaining("matcher.algorithm");
        assertThatThrownBy(() -> Config.load(file("matcher:\n  review_threshold: 0.99\n  block_threshold: 0.5\n"))).hasMessageContaining("thresholds");
        assertThatThrownBy(() -> Config.load(file("input:\n  max_line_chars: 10\n"))).hasMessageContaining("input.max_line_chars");
        assertThatThrownBy(() -> Config.load(file("server:\n  workers: -1\n"))).hasMessageContaining("server.workers");
        assertThatThrownBy(() -> Config.load(file("server:\n  max_queued: 0\n"))).hasMessageContaining("server.max_queued");
    }

    @Test
    void aKeyWrittenTwiceIsAnErrorNamingItsLine() throws IOException {
        assertThatThrownBy(() -> Config.load(file("matcher:\n  review_threshold: 0.85\n  review_threshold: 0.7\n")))
                .isInstanceOf(Config.ConfigException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("review_threshold");
        assertThatThrownBy(() -> Config.load(file("matcher:\n  algorithm: interdict-v1\nmatcher:\n  review_threshold: 0.9\n")))
                .hasMessageContaining("line 3").hasMessageContaining("matcher");
    }

    @Test
    void serverWorkersDefaultToOnePerCoreWithABoundedQueue() throws IOException {
        assertThat(Config.defaults().server().workers()).isZero();
        assertThat(Config.defaults().server().maxQueued()).isPositive();
        assertThat(Config.load(file("server:\n  workers: 3\n  max_queued: 10\n")).server().workers()).isEqualTo(3);
    }
}
