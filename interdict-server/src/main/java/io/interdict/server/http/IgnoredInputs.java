package io.interdict.server.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs input the server ignores (a yente client's extra query parameter, an FtM property we do not
 * know) once per distinct name, so the operator learns what clients send without one line per request.
 * Only names are logged, never values: values may be personal data, and {@code api_key} is a secret.
 */
public final class IgnoredInputs {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IgnoredInputs.class);
    /** Distinct names remembered; beyond this, nothing more is logged (a client sending random names cannot flood the log). */
    static final int MAX = 1000;
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private IgnoredInputs() {
    }

    /** {@code what}: e.g. "query parameter of POST /match/{dataset}"; {@code name}: the ignored name. */
    public static void note(String what, String name) {
        String key = what + "\u0000" + name;
        if (SEEN.size() < MAX && SEEN.add(key)) {
            LOG.info("ignored {} '{}' (logged once per name)", what, Requests.shorten(name));
        }
    }
}
