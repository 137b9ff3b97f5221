package io.interdict.core.entity;

import java.util.Locale;

/** How strongly a list vouches for a name: OFAC "weak aka" and similar become WEAK_ALIAS. */
public enum NameStrength {
    PRIMARY, ALIAS, WEAK_ALIAS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NameStrength of(String s) {
        if (s == null || s.isBlank()) {
            return PRIMARY;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "primary", "name" -> PRIMARY;
            case "alias", "aka", "fka", "nka" -> ALIAS;
            case "weak_alias", "weak", "weak_aka" -> WEAK_ALIAS;
            default -> throw new IllegalArgumentException("unknown name strength '" + s + "'");
        };
    }
}
