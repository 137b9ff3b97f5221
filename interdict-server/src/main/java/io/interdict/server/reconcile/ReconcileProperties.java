package io.interdict.server.reconcile;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.entity.Relation;
import io.interdict.server.Engine;
import io.interdict.server.yente.FtmTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The properties the reconciliation service knows: which a query may use to refine a match, and which
 * data extension can add as columns. Ids are FollowTheMoney property names where FtM has one.
 */
final class ReconcileProperties {
    /** id → label, for suggest and property proposals, in the order they are offered. */
    static final Map<String, String> LABELS = new LinkedHashMap<>();
    /** Properties a reconciliation query may carry (the rest of LABELS are output only). */
    static final List<String> QUERY = List.of("country", "identifier", "alias", "imoNumber", "leiCode", "swiftBic",
            "dunsCode", "website");

    static {
        LABELS.put("name", "Name");
        LABELS.put("alias", "Alias");
        LABELS.put("country", "Country");
        LABELS.put("identifier", "Identifier (scheme:value)");
        LABELS.put("imoNumber", "IMO number");
        LABELS.put("leiCode", "LEI");
        LABELS.put("swiftBic", "SWIFT/BIC");
        LABELS.put("dunsCode", "DUNS");
        LABELS.put("website", "Website (domain)");
        LABELS.put("datasets", "Datasets (sources and measures)");
        LABELS.put("target", "Sanctions target");
        LABELS.put("related", "Related entities (developer, operator, owner…)");
    }

    private ReconcileProperties() {
    }

    /** A cell of a data extension row: a string or a reconciled entity. */
    record Value(String str, String id, String name) {
    }

    /** The values of one property of one entity; an unknown property has none. */
    static List<Value> values(Engine e, Entity en, String property) {
        List<Value> out = new ArrayList<>();
        switch (property) {
            case "name" -> out.add(new Value(en.caption(), null, null));
            case "alias" -> {
                for (Name n : en.names()) {
                    if (n.strength() != NameStrength.PRIMARY || !n.value().equals(en.caption())) {
                        out.add(new Value(n.value(), null, null));
                    }
                }
            }
            case "country" -> en.countries().forEach(c -> out.add(new Value(c.toLowerCase(Locale.ROOT), null, null)));
            case "identifier" -> en.identifiers().forEach(i -> out.add(new Value(i.toString(), null, null)));
            case "datasets" -> e.datasets().of(en).forEach(d -> out.add(new Value(d, null, null)));
            case "target" -> out.add(new Value(Boolean.toString(e.datasets().isTarget(en)), null, null));
            case "related" -> {
                for (Relation r : e.outgoing(en.id())) {
                    out.add(new Value(null, r.to(), e.snapshot().entity(r.to()).map(Entity::caption).orElse(r.to())
                            + " (" + r.kind().wire().replace('_', ' ') + ")"));
                }
                for (Relation r : e.incoming(en.id())) {
                    out.add(new Value(null, r.from(), e.snapshot().entity(r.from()).map(Entity::caption).orElse(r.from())
                            + " (" + r.kind().wire().replace('_', ' ') + " this)"));
                }
            }
            default -> {
                String scheme = FtmTypes.ID_SCHEMES.get(property);
                if (scheme != null) {
                    for (Identifier i : en.identifiers()) {
                        if (i.scheme().equals(scheme) || (scheme.equals("bic") && i.scheme().equals("swift"))) {
                            out.add(new Value(i.value(), null, null));
                        }
                    }
                }
            }
        }
        return out;
    }
}
