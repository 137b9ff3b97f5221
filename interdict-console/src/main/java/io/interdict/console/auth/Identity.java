package io.interdict.console.auth;

import io.interdict.server.auth.Role;

/**
 * Who is signed in: the actor recorded with every action (a user's name, or {@code key:<name>} for
 * an API key, so a key and a user can never pass for each other in the four-eyes check) and the
 * strongest role they hold.
 *
 * @param keyId the API key's id when signed in with a key, else null (a user account)
 */
public record Identity(String actor, Role role, String via, String keyId) {
    public boolean may(Role required) {
        return role.grants(required);
    }

    /** The person as the store's review records and compares them (four-eyes), with how they signed in. */
    public io.interdict.store.review.Identity person() {
        return new io.interdict.store.review.Identity(actor, keyId != null ? "console, key " + keyId : "console, " + via);
    }
}
