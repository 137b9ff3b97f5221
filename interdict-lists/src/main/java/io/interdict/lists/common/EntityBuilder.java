package io.interdict.lists.common;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mutable accumulator for one entity while rows are mapped (several rows may make one entity:
 * OFAC add/alt files, UK alias rows, CSL duplicates). Blank values are dropped, duplicates kept once,
 * and a name already present at a stronger strength is not repeated as a weaker one.
 */
public final class EntityBuilder {
    public static final String LISTED_ON = "listed_on";
    public static final String PROGRAMS = "programs";
    public static final String REMARKS = "remarks";
    public static final String BIRTH_DATE = "birth_date";
    public static final String BIRTH_PLACE = "birth_place";
    public static final String ADDRESS = "address";
    public static final String NATIONALITY = "nationality";

    private final String id;
    private EntityKind kind = EntityKind.UNKNOWN;
    private final Map<String, Name> names = new LinkedHashMap<>();
    private final Set<Identifier> ids = new LinkedHashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Map<String, List<String>> attributes = new LinkedHashMap<>();
    private final List<String> raw = new ArrayList<>(2);

    public EntityBuilder(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public EntityBuilder kind(EntityKind k) {
        if (k != null && k != EntityKind.UNKNOWN) {
            kind = k;
        }
        return this;
    }

    public EntityKind kind() {
        return kind;
    }

    public EntityBuilder name(String value, NameStrength strength) {
        return name(value, strength, null);
    }

    public EntityBuilder name(String value, NameStrength strength, String lang) {
        String v = Text.clean(value);
        if (v == null) {
            return this;
        }
        Name old = names.get(v);
        if (old == null || strength.ordinal() < old.strength().ordinal()) {
            names.put(v, new Name(v, script(v), strength, lang));
        }
        return this;
    }

    /**
     * Most list names are plain ASCII: those are Latin (or script-less) without the per-name script
     * census of {@link io.interdict.core.entity.Scripts}, which dominated import time and allocation.
     */
    static String script(String v) {
        boolean letter = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 0x80) {
                return null;    // let the core decide
            }
            letter |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
        return letter ? "Latn" : "Zyyy";
    }

    public boolean hasNames() {
        return !names.isEmpty();
    }

    /** Adds {@code scheme:value}; a value the identifier rules reject is kept as an attribute instead. */
    public EntityBuilder identifier(String scheme, String value) {
        String v = Text.clean(value);
        if (v == null || scheme == null) {
            return this;
        }
        try {
            ids.add(new Identifier(scheme, IdLabels.value(scheme, v)));
        } catch (IllegalArgumentException e) {
            attr("id_" + IdLabels.slug(scheme), v);
        }
        return this;
    }

    /** ISO alpha-2 country code; ignored when null. */
    public EntityBuilder country(String code) {
        if (code != null && !code.isBlank()) {
            countries.add(code.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return this;
    }

    /** A country by name: its code when known; the name is always kept under {@code key}. */
    public EntityBuilder countryName(String key, String name) {
        String n = Text.clean(name);
        if (n == null) {
            return this;
        }
        attr(key, n);
        String code = Countries.code(n);
        if (code != null && (key.equals(NATIONALITY) || key.equals("citizenship"))) {
            attr(key + "_code", code);   // the matcher scores nationality by code (interdict-v2)
        }
        return country(code);
    }

    public EntityBuilder attr(String key, String value) {
        String v = Text.clean(value);
        if (v != null) {
            // Lists of a few values: a contains() scan is cheaper than a hash set per key.
            List<String> values = attributes.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return this;
    }

    public EntityBuilder raw(String record) {
        if (record != null) {
            raw.add(record);
        }
        return this;
    }

    public Entity build() {
        Map<String, List<String>> attrs = new LinkedHashMap<>(attributes.size() * 2);
        attributes.forEach((k, v) -> attrs.put(k, List.copyOf(v)));
        return new Entity(id, kind, new ArrayList<>(names.values()), new ArrayList<>(ids), new ArrayList<>(countries),
                attrs, false, raw.size() == 1 ? raw.get(0) : String.join("\n", raw));
    }
}
