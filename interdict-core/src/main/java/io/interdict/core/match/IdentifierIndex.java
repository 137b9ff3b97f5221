package io.interdict.core.match;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.NameStrength;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exact identifier lookup, shared by every matcher: an identifier match always scores 1.0. */
public final class IdentifierIndex {
    private final Map<String, List<Hit>> byKey = new HashMap<>();

    private record Hit(String entityId, Identifier identifier) {
    }

    public IdentifierIndex(Collection<Entity> entities) {
        for (Entity e : entities) {
            for (Identifier id : e.identifiers()) {
                byKey.computeIfAbsent(id.key(), k -> new ArrayList<>(1)).add(new Hit(e.id(), id));
            }
        }
    }

    /** One match per entity carrying any of the identifiers, in the order found. */
    public List<EntityMatch> match(Collection<Identifier> ids) {
        Map<String, EntityMatch> out = new LinkedHashMap<>();
        for (Identifier q : ids) {
            for (Hit h : byKey.getOrDefault(q.key(), List.of())) {
                out.putIfAbsent(h.entityId(), new EntityMatch(h.entityId(), MatchedOn.IDENTIFIER, q.toString(),
                        h.identifier().toString(), NameStrength.PRIMARY, 1.0,
                        List.of(new Feature("identifier_match", 1.0, h.identifier().scheme()))));
            }
        }
        return new ArrayList<>(out.values());
    }
}
