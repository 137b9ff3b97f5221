package io.interdict.server.auth;

import java.time.Instant;
import java.util.Set;

/**
 * A key as stored: never the secret itself, only its SHA-256.
 *
 * @param id      public handle used to list and revoke ({@code key_3f9a…}); not a secret
 * @param revoked when it was revoked, or null while active
 */
public record ApiKey(String id, String name, Set<Role> roles, String sha256, Instant created, Instant revoked) {
    public ApiKey {
        roles = Set.copyOf(roles);
    }

    public boolean active() {
        return revoked == null;
    }

    /** The strongest role held. */
    public Role role() {
        return roles.stream().max(Enum::compareTo).orElse(Role.SCREEN);
    }

    public boolean grants(Role required) {
        return roles.stream().anyMatch(r -> r.grants(required));
    }
}
