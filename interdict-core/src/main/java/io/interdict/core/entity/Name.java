package io.interdict.core.entity;

import java.util.Objects;

/**
 * One name of an entity, kept exactly as the source wrote it.
 *
 * @param value    the name as written
 * @param script   ISO 15924 code of the dominant script ("Latn", "Hani", "Cyrl", "Arab" ...)
 * @param strength primary, alias or weak alias
 * @param lang     BCP 47 language tag when the source says, else null
 */
public record Name(String value, String script, NameStrength strength, String lang) {
    public Name {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank name");
        }
        if (script == null) {
            script = Scripts.dominant(value);
        }
        if (strength == null) {
            strength = NameStrength.PRIMARY;
        }
    }

    public static Name primary(String value) {
        return new Name(value, null, NameStrength.PRIMARY, null);
    }

    public static Name alias(String value) {
        return new Name(value, null, NameStrength.ALIAS, null);
    }

    public static Name weak(String value) {
        return new Name(value, null, NameStrength.WEAK_ALIAS, null);
    }
}
