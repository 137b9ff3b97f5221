package io.interdict.core.entity;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifier as {@code scheme:value}: {@code android:com.tencent.mm}, {@code imo:9187629},
 * {@code appstore:414478124}. Schemes are lower case; values keep their case except for schemes
 * whose values are case-insensitive by definition (see {@link #normalizedValue()}).
 */
public record Identifier(String scheme, String value) {
    public Identifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        scheme = scheme.trim().toLowerCase(Locale.ROOT);
        value = value.trim();
        if (!validScheme(scheme)) {
            throw new IllegalArgumentException("identifier scheme '" + scheme + "' must be letters, digits, '_', '.' or '-'");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("identifier '" + scheme + ":' has no value");
        }
    }

    /** Whether a scheme is one or more of a-z, 0-9, '_', '.' and '-' (a loop: identifiers are made for every entity read). */
    private static boolean validScheme(String scheme) {
        for (int i = 0; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return !scheme.isEmpty();
    }

    /** Parses {@code scheme:value}; the value may itself contain colons. */
    public static Identifier parse(String text) {
        Objects.requireNonNull(text, "identifier");
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("identifier '" + text + "' is not of the form scheme:value");
        }
        return new Identifier(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * The value as compared. Android package ids and iOS bundle ids are case-sensitive in the stores,
     * but a screening engine must not miss {@code com.eg.android.alipaygphone}; all schemes compare
     * case-insensitively with spaces and hyphens removed for numeric registries.
     */
    public String normalizedValue() {
        String v = value.toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "imo", "mmsi", "lei", "bic", "swift", "appstore", "duns", "iban" -> v.replaceAll("[\\s-]", "");
            default -> v;
        };
    }

    /** The key used by the identifier index. */
    public String key() {
        return scheme + ":" + normalizedValue();
    }

    @Override
    public String toString() {
        return scheme + ":" + value;
    }
}
