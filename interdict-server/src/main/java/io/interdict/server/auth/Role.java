package io.interdict.server.auth;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a key may do. Ordered: {@code review} includes {@code screen}, {@code admin} includes both, so
 * a reviewer never needs a second key to look up the entity behind a hit.
 */
public enum Role implements RouteRole {
    /** Screen transactions, search names, read measures and lists. */
    SCREEN,
    /** Also read entity details with their raw source records. */
    REVIEW,
    /** Also read metrics; manage keys (through the CLI). */
    ADMIN;

    public boolean grants(Role required) {
        return compareTo(required) >= 0;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String s) {
        for (Role r : values()) {
            if (r.wire().equals(s == null ? "" : s.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + s + "' (expected "
                + Arrays.stream(values()).map(Role::wire).collect(Collectors.joining(", ")) + ")");
    }
}
