package io.interdict.core.match;

import io.interdict.core.codec.Decoder;
import io.interdict.core.codec.Encoder;
import io.interdict.core.codec.KeyPostings;
import io.interdict.core.codec.Strings;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Exact identifier lookup, shared by every matcher: an identifier match always scores 1.0. */
public final class IdentifierIndex {
    private final Function<String, List<Hit>> byKey;

    private record Hit(String entityId, Identifier identifier) {
    }

    public IdentifierIndex(Collection<Entity> entities) {
        Map<String, List<Hit>> map = new HashMap<>();
        for (Entity e : entities) {
            for (Identifier id : e.identifiers()) {
                map.computeIfAbsent(id.key(), k -> new ArrayList<>(1)).add(new Hit(e.id(), id));
            }
        }
        byKey = k -> map.getOrDefault(k, List.of());
    }

    private IdentifierIndex(Function<String, List<Hit>> byKey) {
        this.byKey = byKey;
    }

    /** One match per entity carrying any of the identifiers, in the order found. */
    public List<EntityMatch> match(Collection<Identifier> ids) {
        Map<String, EntityMatch> out = new LinkedHashMap<>();
        for (Identifier q : ids) {
            for (Hit h : byKey.apply(q.key())) {
                out.putIfAbsent(h.entityId(), new EntityMatch(h.entityId(), MatchedOn.IDENTIFIER, q.toString(),
                        h.identifier().toString(), NameStrength.PRIMARY, 1.0,
                        List.of(new Feature("identifier_match", 1.0, h.identifier().scheme()))));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The identifiers of the entities as (key hash -> entity, identifier position) postings. */
    public static void write(Collection<Entity> entities, Encoder out) {
        List<String> ids = new ArrayList<>();
        KeyPostings.Builder b = new KeyPostings.Builder();
        for (Entity e : entities) {
            for (int i = 0; i < e.identifiers().size(); i++) {
                b.add(KeyPostings.hash(e.identifiers().get(i).key()), ids.size(), i);
            }
            if (!e.identifiers().isEmpty()) {
                ids.add(e.id());
            }
        }
        Strings.write(ids, out);
        b.build().write(out);
    }

    /** The index {@link #write} wrote; identifiers are read from the snapshot's entities when they match. */
    public static IdentifierIndex read(Decoder in, Snapshot snapshot) {
        Strings ids = Strings.read(in);
        KeyPostings postings = KeyPostings.read(in);
        return new IdentifierIndex(key -> {
            long range = postings.find(KeyPostings.hash(key));
            List<Hit> hits = new ArrayList<>(1);
            for (int p = (int) (range >>> 32); p < (int) range; p++) {
                String entityId = ids.get(postings.first(p));
                Entity e = snapshot.entity(entityId).orElseThrow(
                        () -> new Decoder.CorruptDataException("identifier index names an unknown entity " + entityId));
                Identifier id = e.identifiers().get(postings.second(p));
                if (id.key().equals(key)) {   // a hash collision never matches
                    hits.add(new Hit(entityId, id));
                }
            }
            return hits;
        });
    }
}
