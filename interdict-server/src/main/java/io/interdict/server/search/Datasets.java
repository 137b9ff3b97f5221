package io.interdict.server.search;

import io.interdict.core.entity.Entity;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The named subsets of a snapshot a client may search in (yente's "datasets", {@code /v1/match?list=}):
 * {@code default} (everything), an entity source ({@code ofac-sdn}, {@code interdict}) or a measure id
 * ({@code us-eo-13971}: the entities its clauses name directly, or every entry of a list measure).
 */
public final class Datasets {
    public static final String ALL = "default";
    /** yente's {@code sanctions} collection (yente's own example script matches against it): every sanctions target. */
    public static final String SANCTIONS = "sanctions";

    private final Set<String> sources = new TreeSet<>();
    private final Map<String, Measure> measures = new HashMap<>();
    private final Map<String, Set<String>> targetsByMeasure = new HashMap<>();
    private final Map<String, List<String>> measuresByEntity = new HashMap<>();
    private final Map<String, List<String>> listMeasuresBySource = new HashMap<>();

    public Datasets(Snapshot snapshot) {
        for (String id : snapshot.entityIds()) {   // ids alone: a compiled snapshot's entities stay undecoded
            sources.add(id.substring(0, id.indexOf(':')));
        }
        for (Measure m : snapshot.measures()) {
            measures.put(m.id(), m);
            Set<String> t = new HashSet<>();
            for (Prohibition p : m.prohibitions()) {
                t.addAll(p.targets());
            }
            for (Obligation o : m.obligations()) {
                t.addAll(o.targets());
            }
            targetsByMeasure.put(m.id(), t);
            for (String id : t) {
                measuresByEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(m.id());
            }
            if (m.list() && m.listSource() != null) {
                listMeasuresBySource.computeIfAbsent(m.listSource(), k -> new ArrayList<>()).add(m.id());
            }
        }
    }

    public boolean exists(String name) {
        return ALL.equals(name) || SANCTIONS.equals(name) || sources.contains(name) || measures.containsKey(name);
    }

    /** The entity sources (ofac-sdn, interdict…). */
    public List<String> sources() {
        return List.copyOf(sources);
    }

    /** The measure ids. */
    public List<String> measureIds() {
        return List.copyOf(new TreeSet<>(measures.keySet()));
    }

    /** Every dataset name, {@code default} first. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        out.add(ALL);
        out.addAll(sources);
        out.addAll(new TreeSet<>(measures.keySet()));
        return out;
    }

    /** Whether an entity belongs to a dataset (which must exist). */
    public boolean contains(String dataset, Entity e) {
        if (ALL.equals(dataset)) {
            return true;
        }
        if (sources.contains(dataset)) {
            return e.source().equals(dataset);
        }
        if (SANCTIONS.equals(dataset) && !measures.containsKey(SANCTIONS)) {
            return isTarget(e);
        }
        Measure m = measures.get(dataset);
        if (m == null) {
            return false;
        }
        return (m.list() && e.source().equals(m.listSource())) || targetsByMeasure.get(dataset).contains(e.id());
    }

    /** A filter accepting entities in any of {@code names}; an empty list accepts all. */
    public Predicate<Entity> anyOf(List<String> names) {
        if (names.isEmpty() || names.contains(ALL)) {
            return e -> true;
        }
        List<String> copy = List.copyOf(names);
        return e -> {
            for (String n : copy) {
                if (contains(n, e)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The datasets an entity is in besides {@code default}: its source, then the measures that name it. */
    public List<String> of(Entity e) {
        // A set: the OFAC SDN list measure and its entity source share the id "ofac-sdn".
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        out.add(e.source());
        out.addAll(listMeasuresBySource.getOrDefault(e.source(), List.of()));
        out.addAll(measuresByEntity.getOrDefault(e.id(), List.of()));
        return List.copyOf(out);
    }

    /** Whether any measure names the entity or lists its source (yente's {@code target}). */
    public boolean isTarget(Entity e) {
        return measuresByEntity.containsKey(e.id()) || listMeasuresBySource.containsKey(e.source());
    }
}
