package io.interdict.core.names;

import io.interdict.core.entity.EntityKind;
import java.util.Locale;

/** FollowTheMoney-style schema of a name: decides person versus organisation rules. */
public enum Schema {
    PERSON, ORGANIZATION, COMPANY, LEGAL_ENTITY, VESSEL, UNKNOWN;

    public boolean isPerson() {
        return this == PERSON;
    }

    /** Organisation rules (legal forms, generic business words) apply to all but persons. */
    public boolean isOrganization() {
        return this == ORGANIZATION || this == COMPANY || this == LEGAL_ENTITY;
    }

    /** Parses FtM names ("Person", "LegalEntity") and Interdict kinds; null or blank is UNKNOWN. */
    public static Schema of(String s) {
        if (s == null || s.isBlank()) {
            return UNKNOWN;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")) {
            case "person", "individual" -> PERSON;
            case "organization", "organisation" -> ORGANIZATION;
            case "company", "app" -> COMPANY;
            case "legalentity", "entity" -> LEGAL_ENTITY;
            case "vessel" -> VESSEL;
            case "thing", "unknown", "aircraft" -> UNKNOWN;
            default -> throw new IllegalArgumentException("unknown schema '" + s
                    + "' (expected Person, Organization, Company, LegalEntity, Vessel)");
        };
    }

    public static Schema of(EntityKind kind) {
        return switch (kind) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case APP -> COMPANY;
            case VESSEL -> VESSEL;
            default -> UNKNOWN;
        };
    }
}
