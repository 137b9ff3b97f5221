package io.interdict.server.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The key inside HTTP Basic credentials ({@code base64(user:password)}), as Marble sends them when its
 * self-hosted screening is set to "basic": the password is the key; a key given as the user name with
 * an empty password works too. Malformed credentials give no key (then 401), never an exception.
 */
public final class BasicCredentials {
    private BasicCredentials() {
    }

    public static String key(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        String key = password.isEmpty() ? user : password;
        return key.isBlank() ? null : key.trim();
    }
}
