package io.interdict.lists;

import io.interdict.core.entity.Entity;
import io.interdict.core.screen.ListEntry;
import io.interdict.core.snapshot.SourcePart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps entries that left a list visible for the dates before they left: given the stored publications
 * of one source, oldest first, the newest part gains every entry an earlier publication had and a later
 * one dropped, marked {@code removed_on} (the date of the first publication without it) and
 * {@code seen_in} (the date of the first one with it). An entry that came back is simply listed again.
 */
final class RemovedEntries {
    /** One stored publication and its date (the list date, or the day it was stored when the list has none). */
    record Publication(SourcePart part, String date) {
    }

    private RemovedEntries() {
    }

    static SourcePart carry(List<Publication> oldestFirst) {
        Publication current = oldestFirst.get(oldestFirst.size() - 1);
        Map<String, Entity> removed = new LinkedHashMap<>();
        Map<String, String> firstSeen = new LinkedHashMap<>();
        for (Publication pub : oldestFirst) {
            pub.part().entities().forEach(e -> firstSeen.putIfAbsent(e.id(), pub.date()));
        }
        for (int i = 1; i < oldestFirst.size(); i++) {
            Publication before = oldestFirst.get(i - 1);
            Publication after = oldestFirst.get(i);
            Map<String, Entity> now = new LinkedHashMap<>();
            after.part().entities().forEach(e -> now.put(e.id(), e));
            now.keySet().forEach(removed::remove);
            for (Entity e : before.part().entities()) {
                if (!now.containsKey(e.id()) && !removed.containsKey(e.id())) {
                    removed.put(e.id(), marked(e, after.date(), firstSeen.get(e.id())));
                }
            }
        }
        if (removed.isEmpty()) {
            return current.part();
        }
        List<Entity> all = new ArrayList<>(current.part().entities());
        all.addAll(removed.values());
        SourcePart p = current.part();
        return new SourcePart(p.info(), all, p.relations(), p.measures());
    }

    private static Entity marked(Entity e, String removedOn, String seenIn) {
        Map<String, List<String>> attrs = new LinkedHashMap<>(e.attributes());
        if (removedOn != null) {
            attrs.put(ListEntry.REMOVED_ON, List.of(removedOn));
        }
        if (seenIn != null) {
            attrs.put(ListEntry.SEEN_IN, List.of(seenIn));
        }
        return new Entity(e.id(), e.kind(), e.names(), e.identifiers(), e.countries(), attrs, e.unconfirmed(), e.raw());
    }
}
