package io.interdict.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The engine's version as built: project version and commit, e.g. {@code 0.1.0-SNAPSHOT+3f2a9c1}
 * ({@code +3f2a9c1.dirty} when built from uncommitted changes). It is recorded with every stored
 * decision, so replay can tell which engine decided.
 */
public final class Version {
    private static final String VALUE = read();

    private Version() {
    }

    /** The version string, never null. */
    public static String get() {
        return VALUE;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/io/interdict/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through: an unreadable resource reads as unknown, never as a made-up version
        }
        String version = clean(p.getProperty("version"));
        String commit = clean(p.getProperty("commit"));
        boolean dirty = "true".equals(clean(p.getProperty("dirty")));
        return (version == null ? "unknown" : version) + (commit == null ? "" : "+" + commit + (dirty ? ".dirty" : ""));
    }

    /** A property left unfiltered (a build that ran no Maven resources phase) counts as absent. */
    private static String clean(String v) {
        return v == null || v.isBlank() || v.startsWith("${") ? null : v.trim();
    }
}
