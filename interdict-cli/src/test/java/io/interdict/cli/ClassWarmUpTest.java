package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassWarmUpTest {
    @Test
    void keepsTheHomeAndConfigurationOfTheCommandLineInBothForms() {
        assertThat(ClassWarmUp.placement(new String[]{"check", "Alipay", "--home", "/h", "--config=/c.yaml", "--json"}))
                .containsExactly("--home", "/h", "--config=/c.yaml");
        assertThat(ClassWarmUp.placement(new String[]{"--home=/h", "measures", "--config", "/c.yaml"}))
                .containsExactly("--home=/h", "--config", "/c.yaml");
        assertThat(ClassWarmUp.placement(new String[]{"check", "--home"})).isEmpty();
    }

    @Test
    void doesNothingWhileTheHomeHasNoCompiledSnapshot(@TempDir Path home) {
        assertThat(printedByWarmUp(home)).isEmpty();
        assertThat(Files.exists(home.resolve("compiled"))).as("measures needs no compiled snapshot").isFalse();
    }

    @Test
    void runsTheReadOnlyCommandsOnceTheHomeHasACompiledSnapshot(@TempDir Path home) {
        assertThat(Main.run("measures", "--date", "2025-05-01", "--home", home.toString())).isZero();   // compiles
        assertThat(printedByWarmUp(home)).isEmpty();
    }

    @Test
    void tellsTheLauncherWhenItCouldNotWarm(@TempDir Path home, @TempDir Path dir) {
        Path unwarmed = dir.resolve("unwarmed");
        System.setProperty("interdict.cds.unwarmed", unwarmed.toString());
        try {
            ClassWarmUp.runOrTell(new String[]{"--help", "--home", home.toString()});
            assertThat(unwarmed).as("no compiled snapshot: not warmed").exists();
            Files.delete(unwarmed);
            assertThat(Main.run("measures", "--date", "2025-05-01", "--home", home.toString())).isZero();   // compiles
            ClassWarmUp.runOrTell(new String[]{"--help", "--home", home.toString()});
            assertThat(unwarmed).as("warmed").doesNotExist();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            System.clearProperty("interdict.cds.unwarmed");
        }
    }

    @Test
    void onlyTheLaunchersPropertyAsksForIt() {
        assertThat(ClassWarmUp.requested()).isFalse();
    }

    /** What the warm-up wrote to standard output, after a `--help` run in {@code home}. */
    private static String printedByWarmUp(Path home) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ClassWarmUp.run(new String[]{"--help", "--home", home.toString()});
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
