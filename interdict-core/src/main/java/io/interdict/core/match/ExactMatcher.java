package io.interdict.core.match;

import io.interdict.core.codec.Decoder;
import io.interdict.core.codec.Encoder;
import io.interdict.core.codec.KeyPostings;
import io.interdict.core.codec.Strings;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.tx.Party;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code exact-v1}: identifiers exactly, names by token-set equality after {@link SimpleNormalizer}.
 * Every match scores 1.0. The baseline the fuzzy matchers must never do worse than.
 */
public final class ExactMatcher implements PartyMatcher {
    public static final String ALGORITHM = "exact-v1";
    /** The compiled section of this matcher's index (token-set keys and identifiers). */
    static final String SECTION = ALGORITHM + "/index-1";

    private final Function<String, List<Entry>> byKey;
    private final IdentifierIndex identifiers;

    private record Entry(String entityId, Name name) {
    }

    public ExactMatcher(Collection<Entity> entities) {
        Map<String, List<Entry>> map = new HashMap<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                String k = SimpleNormalizer.key(n.value());
                if (!k.isEmpty()) {
                    map.computeIfAbsent(k, x -> new ArrayList<>(1)).add(new Entry(e.id(), n));
                }
            }
        }
        byKey = k -> map.getOrDefault(k, List.of());
        identifiers = new IdentifierIndex(entities);
    }

    private ExactMatcher(Function<String, List<Entry>> byKey, IdentifierIndex identifiers) {
        this.byKey = byKey;
        this.identifiers = identifiers;
    }

    public static MatcherFactory factory() {
        return MatcherFactory.of(ALGORITHM, (entities, settings) -> new ExactMatcher(entities), codec());
    }

    /** Saves the token-set keys as hashes pointing at (entity, name position); a lookup re-checks the key. */
    public static IndexCodec codec() {
        return new IndexCodec() {
            @Override
            public String section() {
                return SECTION;
            }

            @Override
            public void write(PartyMatcher matcher, Snapshot snapshot, Encoder out) {
                List<String> ids = new ArrayList<>();
                KeyPostings.Builder b = new KeyPostings.Builder();
                for (Entity e : snapshot.entities()) {
                    for (int i = 0; i < e.names().size(); i++) {
                        String k = SimpleNormalizer.key(e.names().get(i).value());
                        if (!k.isEmpty()) {
                            b.add(KeyPostings.hash(k), ids.size(), i);
                        }
                    }
                    ids.add(e.id());
                }
                Strings.write(ids, out);
                b.build().write(out);
                IdentifierIndex.write(snapshot.entities(), out);
            }

            @Override
            public PartyMatcher read(Decoder in, Snapshot snapshot, MatchSettings settings) {
                Strings ids = Strings.read(in);
                KeyPostings postings = KeyPostings.read(in);
                IdentifierIndex identifiers = IdentifierIndex.read(in, snapshot);
                return new ExactMatcher(key -> {
                    long range = postings.find(KeyPostings.hash(key));
                    List<Entry> out = new ArrayList<>(1);
                    for (int p = (int) (range >>> 32); p < (int) range; p++) {
                        String id = ids.get(postings.first(p));
                        Entity e = snapshot.entity(id).orElseThrow(
                                () -> new Decoder.CorruptDataException("name index names an unknown entity " + id));
                        Name n = e.names().get(postings.second(p));
                        if (SimpleNormalizer.key(n.value()).equals(key)) {   // a hash collision never matches
                            out.add(new Entry(id, n));
                        }
                    }
                    return out;
                }, identifiers);
            }
        };
    }

    @Override
    public List<EntityMatch> match(Party party) {
        Map<String, EntityMatch> out = new LinkedHashMap<>();
        for (EntityMatch m : identifiers.match(party.ids())) {
            out.putIfAbsent(m.entityId(), m);
        }
        if (party.name() != null && !party.name().isBlank()) {
            String key = SimpleNormalizer.key(party.name());
            for (Entry en : byKey.apply(key)) {
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
