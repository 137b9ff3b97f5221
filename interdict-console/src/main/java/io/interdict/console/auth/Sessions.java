package io.interdict.console.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, in memory: a restart signs everyone out, which is what a screening console wants.
 * The cookie carries only a random token; the CSRF token lives here and in the forms, never in a
 * cookie. Sessions end after {@link #IDLE} without a request and {@link #ABSOLUTE} after sign-in.
 */
public final class Sessions {
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in session. */
    public record Session(String token, Identity who, String csrf, Instant started, Instant lastSeen) {
        Session touched(Instant now) {
            return new Session(token, who, csrf, started, now);
        }

        /** Constant-time comparison with the token a form sent. */
        public boolean csrfMatches(String presented) {
            return presented != null && MessageDigest.isEqual(csrf.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private final Map<String, Session> byToken = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    public Session start(Identity who) {
        Instant now = clock.instant();
        expire(now);
        Session s = new Session(token(), who, token(), now, now);
        byToken.put(s.token(), s);
        return s;
    }

    public Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session s = byToken.get(token);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.started().plus(ABSOLUTE))) {
            byToken.remove(token);
            return Optional.empty();
        }
        Session t = s.touched(now);
        byToken.put(token, t);
        return Optional.of(t);
    }

    public void end(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    private void expire(Instant now) {
        byToken.values().removeIf(s -> now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.started().plus(ABSOLUTE)));
    }

    /** 32 random bytes, base64url. */
    public static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
