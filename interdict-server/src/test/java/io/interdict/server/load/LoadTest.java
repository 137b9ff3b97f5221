package io.interdict.server.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.server.kit.ServerKit;
import java.net.URI;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load test, in-process (client and server share the JVM and both cores): excluded from the
 * default build, run with {@code mvn -o test -pl interdict-server -am -Dload.excluded=none -Dgroups=load
 * -Dtest=LoadTest -Dsurefire.failIfNoSpecifiedTests=false}. For figures without the client in the server's JVM, start
 * {@code interdict serve --open-loopback} and run {@link LoadGenerator#main}.
 */
@Tag("load")
class LoadTest {
    @Test
    void screensAndMatchesUnderLoad() throws Exception {
        ServerKit kit = ServerKit.shared();
        LoadGenerator g = new LoadGenerator(URI.create(kit.base()), kit.adminKey);
        System.out.printf("server heap: max %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        for (String s : new String[] {"healthz", "screen", "match10"}) {
            for (int c : new int[] {1, 8, 64}) {
                LoadGenerator.Result r = g.run(s, c, 5, 2, 300_000);
                System.out.println(r);
                assertThat(r.errors()).isZero();
                assertThat(r.requests()).isPositive();
            }
        }
    }
}
