package io.interdict.core.snapshot;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Relation;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable, content-hashed set of entities, relations and measures a decision is made with.
 * Assembled from source parts; referential integrity is checked here, once.
 */
public final class Snapshot {
    private final List<SourceInfo> sources;
    private final Map<String, Entity> entities;
    private final List<Relation> relations;
    private final Map<String, Measure> measures;
    /** Entity id -> the source part it came from (a list entry's publication date is its part's); null if none. */
    private final java.util.function.Function<String, SourceInfo> origins;
    private final String hash;

    private Snapshot(List<SourceInfo> sources, Map<String, Entity> entities, List<Relation> relations,
                     Map<String, Measure> measures, java.util.function.Function<String, SourceInfo> origins, String hash) {
        this.sources = sources;
        this.origins = origins;
        this.entities = entities;
        this.relations = relations;
        this.measures = measures;
        this.hash = hash;
    }

    /** Assembles parts; every problem found is reported together. */
    public static Snapshot of(List<SourcePart> parts) {
        List<String> problems = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        Map<String, Measure> measures = new LinkedHashMap<>();
        Map<String, SourceInfo> origins = new HashMap<>();
        List<SourceInfo> sources = new ArrayList<>();
        for (SourcePart p : parts) {
            sources.add(p.info());
            for (Entity e : p.entities()) {
                if (entities.putIfAbsent(e.id(), e) != null) {
                    problems.add(p.info().id() + ": duplicate entity id " + e.id());
                } else {
                    origins.put(e.id(), p.info());
                }
            }
            relations.addAll(p.relations());
            for (Measure m : p.measures()) {
                if (measures.putIfAbsent(m.id(), m) != null) {
                    problems.add(p.info().id() + ": duplicate measure id " + m.id());
                }
            }
        }
        for (Relation r : relations) {
            for (String id : List.of(r.from(), r.to())) {
                if (!entities.containsKey(id)) {
                    problems.add("relation " + r.from() + " " + r.kind().wire() + " " + r.to() + ": unknown entity " + id);
                }
            }
        }
        for (Measure m : measures.values()) {
            for (Prohibition p : m.prohibitions()) {
                for (String t : p.targets()) {
                    if (!entities.containsKey(t)) {
                        problems.add("measure " + m.id() + " clause " + p.clause() + ": unknown target " + t);
                    }
                }
            }
            for (Obligation o : m.obligations()) {
                for (String t : o.targets()) {
                    if (!entities.containsKey(t)) {
                        problems.add("measure " + m.id() + " obligation " + o.id() + ": unknown target " + t);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SnapshotException(problems);
        }
        return new Snapshot(List.copyOf(sources), Collections.unmodifiableMap(entities), List.copyOf(relations),
                Collections.unmodifiableMap(measures), origins::get, hash(sources));
    }

    /**
     * A snapshot read back from its compiled form ({@link SnapshotCodec}): it was checked when it was
     * assembled, and {@code entities} may decode each entity only when it is asked for.
     */
    static Snapshot restored(List<SourceInfo> sources, Map<String, Entity> entities, List<Relation> relations,
                             Map<String, Measure> measures, java.util.function.Function<String, SourceInfo> origins,
                             String hash) {
        return new Snapshot(List.copyOf(sources), entities, List.copyOf(relations), Collections.unmodifiableMap(measures),
                origins, hash);
    }

    private static String hash(List<SourceInfo> sources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (SourceInfo s : sources) {
                md.update((s.id() + "=" + s.checksum() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String hash() {
        return hash;
    }

    public List<SourceInfo> sources() {
        return sources;
    }

    /**
     * The publication date of the oldest dated list in the snapshot, or null when none is dated: how
     * current the screening data is (the built-in regime carries its own dated events, not a list date).
     */
    public java.time.LocalDate oldestListDate() {
        java.time.LocalDate oldest = null;
        for (SourceInfo s : sources) {
            if (s.listDate() == null) {
                continue;
            }
            try {
                java.time.LocalDate d = java.time.LocalDate.parse(s.listDate());
                oldest = oldest == null || d.isBefore(oldest) ? d : oldest;
            } catch (java.time.DateTimeException e) {
                // a partial date ("2021-07") says too little to compare; it is shown by `lists show`
            }
        }
        return oldest;
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    /** The source part an entity came from: its publisher and list date. */
    public Optional<SourceInfo> origin(String entityId) {
        return Optional.ofNullable(origins.apply(entityId));
    }

    /** The entity ids, in order, without building the entities (a compiled snapshot decodes them lazily). */
    public Collection<String> entityIds() {
        return entities.keySet();
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public List<Relation> relations() {
        return relations;
    }

    public Collection<Measure> measures() {
        return measures.values();
    }

    public Optional<Measure> measure(String id) {
        return Optional.ofNullable(measures.get(id));
    }
}
