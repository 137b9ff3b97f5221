package io.interdict.streams.testkit;

import io.interdict.lists.Embedded;
import io.interdict.config.Config;
import io.interdict.streams.StreamApp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * One application instance in its own JVM, for the failure tests (a SIGKILL must kill a real process):
 * {@code InstanceMain BOOTSTRAP CONFIG_FILE}. Screens with {@link TestLists#V1} until a snapshot is
 * published, prints {@code metrics-port N} once started, and shuts down gracefully on SIGTERM.
 */
public final class InstanceMain {
    private InstanceMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Config config = Config.load(Path.of(args[1]));
        StreamApp app = StreamApp.start(args[0], config, s -> Embedded.screener(s, config), () -> TestLists.V1, Clock.systemUTC());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stop.countDown();
        }));
        System.out.println("metrics-port " + app.metricsPort());
        System.out.flush();
        stop.await();
    }
}
