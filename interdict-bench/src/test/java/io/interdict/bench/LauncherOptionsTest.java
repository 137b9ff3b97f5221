package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.bench.jmh.IndexBuildBenchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;

/**
 * The launcher's JVM options as {@code INTERDICT_PRINT_JVM_OPTIONS=1 ./interdict COMMAND} prints them, which
 * scripts/bench-build measures the index build with, and the JMH benchmark that stands for {@code lists compile}.
 */
class LauncherOptionsTest {
    private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    /** The launcher beside this module (tests run in the module's folder). */
    private static Path launcher() {
        Path here = Path.of("..", "interdict").toAbsolutePath().normalize();
        assertThat(here).exists();
        return here;
    }

    private static List<String> printed(String javaOptions, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", launcher().toString()));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("INTERDICT_PRINT_JVM_OPTIONS", "1");
        pb.environment().remove("INTERDICT_JAVA_OPTS");
        if (javaOptions != null) {
            pb.environment().put("INTERDICT_JAVA_OPTS", javaOptions);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void eachKindOfCommandGetsItsOwnCompilerAndCollector() throws Exception {
        List<String> compile = printed(null, "lists", "compile");
        assertThat(compile).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");

        List<String> serve = printed(null, "--home", "/nonexistent/home", "serve");
        assertThat(serve).doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC")
                .anyMatch(o -> o.startsWith("-XX:Tier4InvocationThreshold="));

        List<String> batch = printed(null, "match", "--input", "names.csv");
        assertThat(batch).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0");

        List<String> check = printed(null, "check", "Alipay");
        assertThat(check).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseParallelGC");
    }

    @Test
    void theUsersOwnOptionsComeLastAndNothingRuns() throws Exception {
        List<String> compile = printed("-Xmx3g -Dmarker=1", "lists", "compile");
        assertThat(compile.subList(compile.size() - 2, compile.size())).containsExactly("-Xmx3g", "-Dmarker=1");
        // Printing runs no command: the output is options alone, even for a command that would fail.
        assertThat(printed(null, "no-such-command", "--bogus")).allMatch(o -> o.startsWith("-"));
    }

    @Test
    void theJmhBenchmarkOfListsCompileForksWithTheLaunchersOptions() throws Exception {
        List<String> launcher = new ArrayList<>(printed(null, "lists", "compile"));
        launcher.remove(HUGE_PAGES);   // asked for only where the kernel offers them on request
        assertThat(IndexBuildBenchmark.LISTS_COMPILE).containsExactlyInAnyOrderElementsOf(launcher);
        Fork fork = IndexBuildBenchmark.class.getMethod("firstBuildAsListsCompile").getAnnotation(Fork.class);
        assertThat(fork.jvmArgsAppend()).containsExactly(IndexBuildBenchmark.LISTS_COMPILE);
        assertThat(Files.isExecutable(launcher())).isTrue();
    }
}
