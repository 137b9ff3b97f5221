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
    private final String hash;

    private Snapshot(List<SourceInfo> sources, Map<String, Entity> entities, List<Relation> relations,
                     Map<String, Measure> measures, String hash) {
        this.sources = sources;
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
        List<SourceInfo> sources = new ArrayList<>();
        for (SourcePart p : parts) {
            sources.add(p.info());
            for (Entity e : p.entities()) {
                if (entities.putIfAbsent(e.id(), e) != null) {
                    problems.add(p.info().id() + ": duplicate entity id " + e.id());
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
                Collections.unmodifiableMap(measures), hash(sources));
    }

    /**
     * A snapshot read back from its compiled form ({@link SnapshotCodec}): it was checked when it was
     * assembled, and {@code entities} may decode each entity only when it is asked for.
     */
    static Snapshot restored(List<SourceInfo> sources, Map<String, Entity> entities, List<Relation> relations,
                             Map<String, Measure> measures, String hash) {
        return new Snapshot(List.copyOf(sources), entities, List.copyOf(relations), Collections.unmodifiableMap(measures), hash);
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

    public Collection<Entity> entities() {
        return entities.values();
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
