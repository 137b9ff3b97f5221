package io.interdict.core.entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A listed or built-in party.
 *
 * @param id          source-prefixed stable id: {@code ofac-sdn:306}, {@code interdict:app/alipay}
 * @param attributes  further facts the source carries (programmes, dates of birth, addresses, remarks),
 *                    each a list of strings under a stable key
 * @param raw         the source record as read, for audit (may be null for built-in data)
 */
public record Entity(String id, EntityKind kind, List<Name> names, List<Identifier> identifiers,
                     List<String> countries, Map<String, List<String>> attributes,
                     boolean unconfirmed, String raw) {
    public Entity {
        Objects.requireNonNull(id, "id");
        if (!id.contains(":")) {
            throw new IllegalArgumentException("entity id '" + id + "' must be source-prefixed (source:key)");
        }
        kind = kind == null ? EntityKind.UNKNOWN : kind;
        names = names == null ? List.of() : List.copyOf(names);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        countries = countries == null ? List.of() : List.copyOf(countries);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The source prefix of the id: {@code ofac-sdn} for {@code ofac-sdn:306}. */
    public String source() {
        return id.substring(0, id.indexOf(':'));
    }

    /** The first primary name, or the first name, or the id. */
    public String caption() {
        return names.stream().filter(n -> n.strength() == NameStrength.PRIMARY).findFirst()
                .or(() -> names.stream().findFirst())
                .map(Name::value)
                .orElse(id);
    }
}
