package io.interdict.store.review;

/**
 * Who is acting on the store, as established by something the actor cannot simply declare: an API key
 * they hold (CLI {@code --key}, HTTP {@code Authorization}), a console login, or, for a local store
 * without keys, the operating-system account running the command. Four-eyes compares {@link #name()};
 * the record keeps {@link #recorded()}, which also says how the identity was established.
 *
 * @param name the person (a key's name, a user name, an OS login)
 * @param via  how it was established ("key key_3f9a…", "os user", "console"), or "" when unknown
 */
public record Identity(String name, String via) {
    public Identity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an identity needs a name");
        }
        via = via == null ? "" : via;
    }

    /** The holder of an API key: the key's name (its id when unnamed), established by the key. */
    public static Identity ofApiKey(String keyId, String keyName) {
        return new Identity(keyName == null || keyName.isBlank() ? keyId : keyName, "key " + keyId);
    }

    /** A user logged in to a console or another front end that authenticated them. */
    public static Identity ofLogin(String user, String frontEnd) {
        return new Identity(user, frontEnd);
    }

    /**
     * The operating-system account running this process, read from the OS (getpwuid), not from the
     * environment or {@code -Duser.name}, which anyone can set.
     */
    public static Identity osUser() {
        String name = null;
        try {
            name = new com.sun.security.auth.module.UnixSystem().getUsername();
        } catch (LinkageError | RuntimeException e) {
            // Not Unix (Windows), or the module is absent: the JVM's own notion of the user.
        }
        if (name == null || name.isBlank()) {
            name = System.getProperty("user.name", "unknown");
        }
        return new Identity(name, "os user");
    }

    /** An identity the caller vouches for without saying how (tests, internal processes). */
    public static Identity named(String name) {
        return new Identity(name, "");
    }

    /** What the audit trail records: the name and how it was established. */
    public String recorded() {
        return via.isEmpty() ? name : name + " (" + via + ")";
    }
}
