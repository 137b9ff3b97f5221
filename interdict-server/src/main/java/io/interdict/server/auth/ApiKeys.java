package io.interdict.server.auth;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where API keys live. The file store ({@link FileApiKeys}) is the default; a database-backed store
 * only has to implement this.
 */
public interface ApiKeys {
    /** The active key whose secret is {@code presented}, if any. */
    Optional<ApiKey> verify(String presented);

    /** Creates a key; the returned secret is shown once and never stored. */
    Created create(String name, Set<Role> roles);

    List<ApiKey> list();

    /** Revokes by id; false when no such active key exists. */
    boolean revoke(String id);

    record Created(ApiKey key, String secret) {
    }
}
