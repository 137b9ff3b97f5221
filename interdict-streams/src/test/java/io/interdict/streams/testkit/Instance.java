package io.interdict.streams.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An application instance in a child JVM ({@link InstanceMain}): started, SIGKILLed, stopped. */
public final class Instance implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Process process;
    private final int metricsPort;
    private final Thread drain;

    private Instance(Process process, int metricsPort, Thread drain) {
        this.process = process;
        this.metricsPort = metricsPort;
        this.drain = drain;
    }

    /** Starts an instance and waits until it has printed its metrics port. */
    public static Instance start(String name, String bootstrap, Path config, Path logDir) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.io.interdict=info",
                "-cp", cp, InstanceMain.class.getName(), bootstrap, config.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(logDir.resolve(name + ".log").toFile())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        int port = -1;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("metrics-port ")) {
                port = Integer.parseInt(line.substring("metrics-port ".length()).trim());
                break;
            }
        }
        if (port < 0) {
            throw new IllegalStateException("instance " + name + " exited before starting; see " + logDir.resolve(name + ".log"));
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new Instance(p, port, drain);
    }

    /** The instance's Prometheus text, or "" while it does not answer. */
    public String metrics() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    public boolean running() {
        return metrics().contains("interdict_stream_running 1.0");
    }

    /** SIGKILL: no shutdown hook, no commit, no leaving the group. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the graceful shutdown. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        drain.join(5000);
    }
}
