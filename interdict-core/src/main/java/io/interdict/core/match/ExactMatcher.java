package io.interdict.core.match;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.tx.Party;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code exact-v1}: identifiers exactly, names by token-set equality after {@link SimpleNormalizer}.
 * Every match scores 1.0. The baseline the fuzzy matchers must never do worse than.
 */
public final class ExactMatcher implements PartyMatcher {
    public static final String ALGORITHM = "exact-v1";

    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final IdentifierIndex identifiers;

    private record Entry(String entityId, Name name) {
    }

    public ExactMatcher(Collection<Entity> entities) {
        for (Entity e : entities) {
            for (Name n : e.names()) {
                String k = SimpleNormalizer.key(n.value());
                if (!k.isEmpty()) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(new Entry(e.id(), n));
                }
            }
        }
        identifiers = new IdentifierIndex(entities);
    }

    public static MatcherFactory factory() {
        return MatcherFactory.of(ALGORITHM, (entities, settings) -> new ExactMatcher(entities));
    }

    @Override
    public List<EntityMatch> match(Party party) {
        Map<String, EntityMatch> out = new LinkedHashMap<>();
        for (EntityMatch m : identifiers.match(party.ids())) {
            out.putIfAbsent(m.entityId(), m);
        }
        if (party.name() != null && !party.name().isBlank()) {
            String key = SimpleNormalizer.key(party.name());
            for (Entry en : byKey.getOrDefault(key, List.of())) {
                out.putIfAbsent(en.entityId(), new EntityMatch(en.entityId(), MatchedOn.NAME, party.name(),
                        en.name().value(), en.name().strength(), 1.0,
                        List.of(new Feature("token_set_equal", 1.0, key))));
            }
        }
        return new ArrayList<>(out.values());
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }
}
