package io.interdict.server.yente;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** FollowTheMoney schema names as types, shared by the yente and reconciliation endpoints. */
public final class FtmTypes {
    /** Type id → label, in the order a client should offer them. */
    public static final Map<String, String> LABELS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("LegalEntity", "Legal entity");
        m.put("Person", "Person");
        m.put("Organization", "Organization");
        m.put("Company", "Company");
        m.put("PublicBody", "Public body");
        m.put("Vessel", "Vessel");
        m.put("Airplane", "Airplane");
        m.put("Thing", "Any");
        LABELS = java.util.Collections.unmodifiableMap(m);
    }

    /** FtM identifier properties → Interdict identifier schemes. */
    public static final Map<String, String> ID_SCHEMES = Ftm.ID_PROPS;

    private FtmTypes() {
    }

    /** The entity kinds a type may match, or null for an unknown type. */
    public static Set<EntityKind> kinds(String type) {
        return Ftm.SCHEMATA.get(type);
    }

    public static String schemaOf(Entity e) {
        return Ftm.schemaOf(e);
    }
}
