package io.interdict.lists;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Relation;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.screen.ListEntry;
import io.interdict.core.snapshot.SourcePart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes a set of source parts assemblable by {@link io.interdict.core.snapshot.Snapshot#of}, which
 * rejects duplicate entity and measure ids. Overlaps are expected between lists: the CSL re-publishes
 * the SDN, non-SDN and DPL entries under the same ids as their direct imports, and it declares
 * {@code us-bis-entity-list}, which the built-in regime also defines. Rules, in order:
 * <ol>
 *   <li>The same entity id in several parts: the part with the newest list date keeps it (a tie or
 *       unknown dates: the earlier part in the given order). The other copies are dropped.</li>
 *   <li>The same list measure (same id and listSource) declared by several parts: the first is kept.</li>
 *   <li>A list measure whose id a non-list measure already owns (the regime's Huawei entry of
 *       {@code us-bis-entity-list}): the owner keeps its id, title, timeline and clauses and gains the
 *       list clause and {@code listSource}, so Entity List rows report {@code us-bis-entity-list}.</li>
 *   <li>Two list measures with one id but different list sources cannot be merged: a problem is reported.</li>
 * </ol>
 */
public final class PartReconciler {
    /** The parts to assemble and what was changed to make them fit. */
    public record Reconciled(List<SourcePart> parts, List<String> notes, List<String> problems) {
    }

    private PartReconciler() {
    }

    public static Reconciled reconcile(List<SourcePart> parts) {
        List<String> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // 1. entity owners
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            for (Entity e : parts.get(i).entities()) {
                Integer prev = owner.get(e.id());
                if (prev == null || newer(parts.get(i), parts.get(prev))) {
                    owner.put(e.id(), i);
                }
            }
        }
        // 2-4. measures
        Map<String, Measure> measures = new LinkedHashMap<>();
        Map<String, Integer> measureOwner = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            for (Measure m : parts.get(i).measures()) {
                Measure prev = measures.get(m.id());
                if (prev == null) {
                    measures.put(m.id(), m);
                    measureOwner.put(m.id(), i);
                    continue;
                }
                String from = parts.get(i).info().id();
                if (prev.list() && m.list()) {
                    if (!Objects.equals(prev.listSource(), m.listSource())) {
                        problems.add(from + ": list measure " + m.id() + " lists '" + m.listSource()
                                + "' but another part's lists '" + prev.listSource() + "'");
                    }
                } else if (prev.list() != m.list()) {
                    Measure owning = prev.list() ? m : prev;
                    Measure list = prev.list() ? prev : m;
                    if (owning.list()) {
                        problems.add(from + ": measure " + m.id() + " declared twice");
                        continue;
                    }
                    measures.put(m.id(), fold(owning, list));
                    if (!prev.list()) {
                        // keep the owner's position; its part is where the folded measure lives
                        notes.add(m.id() + ": list entries of '" + list.listSource() + "' (" + from + ") folded into the built-in measure");
                    } else {
                        measureOwner.put(m.id(), i);
                        notes.add(m.id() + ": list entries of '" + list.listSource() + "' folded into the measure of " + from);
                    }
                } else {
                    problems.add(from + ": measure " + m.id() + " is defined by two parts");
                }
            }
        }
        // A dropped copy still proves the entry was listed by its part's list date: an entry without a
        // listing date of its own is "known from" the earliest publication that has it (ListEntry.SEEN_IN).
        Map<String, String> seenIn = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String date = parts.get(i).info().listDate();
            if (date == null) {
                continue;
            }
            for (Entity e : parts.get(i).entities()) {
                if (owner.get(e.id()) != i) {
                    seenIn.merge(e.id(), date, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        List<SourcePart> out = new ArrayList<>(parts.size());
        int dropped = 0;
        for (int i = 0; i < parts.size(); i++) {
            SourcePart p = parts.get(i);
            List<Entity> keep = new ArrayList<>(p.entities().size());
            boolean changed = false;
            for (Entity e : p.entities()) {
                if (owner.get(e.id()) == i) {
                    String seen = seenIn.get(e.id());
                    if (seen != null && !e.attributes().containsKey(ListEntry.LISTED_ON)
                            && (p.info().listDate() == null || seen.compareTo(p.info().listDate()) < 0)) {
                        e = withSeenIn(e, seen);
                        changed = true;
                    }
                    keep.add(e);
                } else {
                    dropped++;
                }
            }
            List<Measure> ms = new ArrayList<>();
            for (Map.Entry<String, Integer> e : measureOwner.entrySet()) {
                if (e.getValue() == i) {
                    ms.add(measures.get(e.getKey()));
                }
            }
            List<Relation> rels = p.relations();
            out.add(!changed && keep.size() == p.entities().size() && ms.equals(p.measures()) ? p
                    : new SourcePart(p.info(), keep, rels, ms));
        }
        if (dropped > 0) {
            notes.add(dropped + " entity copies superseded by the same id in a part with a newer list date");
        }
        return new Reconciled(out, notes, problems);
    }

    private static Entity withSeenIn(Entity e, String date) {
        Map<String, List<String>> attrs = new LinkedHashMap<>(e.attributes());
        List<String> seen = new ArrayList<>(attrs.getOrDefault(ListEntry.SEEN_IN, List.of()));
        seen.add(date);
        attrs.put(ListEntry.SEEN_IN, List.copyOf(seen));
        return new Entity(e.id(), e.kind(), e.names(), e.identifiers(), e.countries(), attrs, e.unconfirmed(), e.raw());
    }

    private static boolean newer(SourcePart a, SourcePart b) {
        String da = a.info().listDate();
        String db = b.info().listDate();
        return da != null && (db == null || da.compareTo(db) > 0);
    }

    /** The owner measure plus the list's clause(s); the owner's own clauses keep their targets. */
    static Measure fold(Measure owner, Measure list) {
        List<Prohibition> ps = new ArrayList<>(owner.prohibitions());
        for (Prohibition p : list.prohibitions()) {
            if (owner.prohibition(p.clause()).isEmpty()) {
                ps.add(p);
            }
        }
        List<String> notes = new ArrayList<>(owner.notes());
        notes.add("Clause '" + io.interdict.lists.common.ListCatalog.LIST_CLAUSE + "' lists every entry of the imported source '"
                + list.listSource() + "'.");
        return new Measure(owner.id(), owner.shortTitle(), owner.title(), owner.authority(), owner.jurisdictions(),
                owner.citations(), owner.events(), ps, owner.obligations(), true, list.listSource(), notes);
    }
}
