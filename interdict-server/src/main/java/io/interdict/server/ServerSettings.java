package io.interdict.server;

import io.interdict.config.Config;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;

/**
 * The server's settings, from the {@code server} section of the configuration and the command line.
 *
 * @param keystore null = plain HTTP
 */
public record ServerSettings(String host, int port, long maxBodyBytes, int maxBatch, int maxMatchLimit, int maxThreads, int workers, int maxQueued, boolean inlineWhenIdle, Path dataDir,
                             boolean openOnLoopback, List<String> corsOrigins, Path keystore, String keystorePassword,
                             String keystoreType) {
    public ServerSettings {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }

    public static ServerSettings from(Config.ServerConfig c) {
        Config.TlsConfig tls = c.tls();
        Path ks = tls == null || tls.keystore() == null || tls.keystore().isBlank() ? null : Path.of(tls.keystore());
        return new ServerSettings(c.host(), c.port(), c.maxBodyBytes(), c.maxBatch(), c.maxMatchLimit(), c.maxThreads(), c.workers(), c.maxQueued(), c.inlineWhenIdle(),
                Path.of(c.dataDir()), c.openOnLoopback(), c.corsOrigins(), ks,
                tls == null ? null : tls.keystorePassword(), tls == null ? "PKCS12" : tls.keystoreType());
    }

    /** For tests: loopback, any free port, defaults otherwise. */
    public static ServerSettings defaults() {
        return from(Config.defaults().server()).withPort(0);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, maxBodyBytes, maxBatch, maxMatchLimit, maxThreads, workers, maxQueued, inlineWhenIdle, dataDir, openOnLoopback, corsOrigins,
                keystore, keystorePassword, keystoreType);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, maxBodyBytes, maxBatch, maxMatchLimit, maxThreads, workers, maxQueued, inlineWhenIdle, dataDir, openOnLoopback, corsOrigins,
                keystore, keystorePassword, keystoreType);
    }

    public ServerSettings withDataDir(Path d) {
        return new ServerSettings(host, port, maxBodyBytes, maxBatch, maxMatchLimit, maxThreads, workers, maxQueued, inlineWhenIdle, d, openOnLoopback, corsOrigins,
                keystore, keystorePassword, keystoreType);
    }

    public ServerSettings withOpenOnLoopback(boolean open) {
        return new ServerSettings(host, port, maxBodyBytes, maxBatch, maxMatchLimit, maxThreads, workers, maxQueued, inlineWhenIdle, dataDir, open, corsOrigins,
                keystore, keystorePassword, keystoreType);
    }

    public ServerSettings withLimits(long body, int batch) {
        return new ServerSettings(host, port, body, batch, maxMatchLimit, maxThreads, workers, maxQueued, inlineWhenIdle, dataDir, openOnLoopback, corsOrigins,
                keystore, keystorePassword, keystoreType);
    }

    public ServerSettings withWorkers(int w, int queued) {
        return new ServerSettings(host, port, maxBodyBytes, maxBatch, maxMatchLimit, maxThreads, w, queued, inlineWhenIdle, dataDir, openOnLoopback, corsOrigins,
                keystore, keystorePassword, keystoreType);
    }

    /** Every screening and matching request through the workers' queue (false), or inline while idle (true). */
    public ServerSettings withInlineWhenIdle(boolean inline) {
        return new ServerSettings(host, port, maxBodyBytes, maxBatch, maxMatchLimit, maxThreads, workers, maxQueued, inline, dataDir,
                openOnLoopback, corsOrigins, keystore, keystorePassword, keystoreType);
    }

    public ServerSettings withTls(Path ks, String password, String type) {
        return new ServerSettings(host, port, maxBodyBytes, maxBatch, maxMatchLimit, maxThreads, workers, maxQueued, inlineWhenIdle, dataDir, openOnLoopback, corsOrigins,
                ks, password, type);
    }

    public boolean tls() {
        return keystore != null;
    }

    /** Whether {@code host} names only this machine; open mode is refused otherwise. */
    public boolean loopbackHost() {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
