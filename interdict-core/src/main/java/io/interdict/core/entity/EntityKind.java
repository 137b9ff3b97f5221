package io.interdict.core.entity;

import java.util.Locale;

/** What a listed or built-in party is. Wire form is the lower-case name. */
public enum EntityKind {
    APP, ORGANIZATION, PERSON, VESSEL, AIRCRAFT, UNKNOWN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntityKind of(String s) {
        if (s == null || s.isBlank()) {
            return UNKNOWN;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "app", "application" -> APP;
            case "organization", "organisation", "company", "entity" -> ORGANIZATION;
            case "person", "individual" -> PERSON;
            case "vessel" -> VESSEL;
            case "aircraft" -> AIRCRAFT;
            case "unknown" -> UNKNOWN;
            default -> throw new IllegalArgumentException("unknown entity kind '" + s + "'");
        };
    }
}
