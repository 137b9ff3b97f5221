package io.interdict.store.snapshot;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Relation;
import io.interdict.core.measure.Measure;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.store.db.Database;
import io.interdict.store.db.StoreException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Snapshots referenced by stored decisions. Identity and per-source checksums are always kept; with
 * retention on, a gzip copy of the content too, so replay and {@code screen --as-of-snapshot} can use
 * the exact lists a past decision was made with after the active lists have moved on.
 *
 * <p>The copy is the snapshot's records as JSON (component fields only). It is read back through
 * {@link Snapshot#of}, so the hash and integrity checks are recomputed rather than trusted.
 */
public final class SnapshotArchive {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // Records only: their component fields, never derived accessors such as Conditions.isEmpty().
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Stored identity of a snapshot. */
    public record Info(String hash, List<SourceInfo> sources, String firstUsedAt, boolean retained) {
    }

    /** The content as archived: sources, then all entities, relations and measures. */
    /**
     * @param origins for each entity, the index in {@code sources} of the part it came from (-1: none): a
     *                list entry's dates are read against its own publication, so a replay must keep it.
     *                Null in archives written before it was kept (every entity then reads as the first part's).
     */
    record Content(List<SourceInfo> sources, List<Entity> entities, List<Relation> relations, List<Measure> measures,
                   List<Integer> origins) {
    }

    private final Database db;
    private final Clock clock;

    public SnapshotArchive(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records the snapshot if not yet known; adds the content copy when {@code retain} and missing.
     * Safe with several writers at once: the insert does nothing if another writer's came first, and
     * the content is only ever set where it is still missing.
     */
    public void register(Snapshot s, boolean retain) {
        db.tx(c -> {
            boolean hasContent = false;
            try (PreparedStatement q = c.prepareStatement("SELECT content IS NOT NULL FROM snapshots WHERE hash = ?")) {
                q.setString(1, s.hash());
                try (ResultSet rs = q.executeQuery()) {
                    hasContent = rs.next() && rs.getBoolean(1);
                }
            }
            String content = retain && !hasContent ? encode(s) : null;
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO snapshots (hash, sources, first_used_at, content) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING")) {
                ins.setString(1, s.hash());
                ins.setString(2, JSON.writeValueAsString(s.sources()));
                ins.setString(3, Instant.now(clock).toString());
                ins.setString(4, content);
                ins.executeUpdate();
            } catch (IOException e) {
                throw new StoreException("cannot write snapshot metadata", e);
            }
            if (content != null) {
                try (PreparedStatement up = c.prepareStatement("UPDATE snapshots SET content = ? WHERE hash = ? AND content IS NULL")) {
                    up.setString(1, content);
                    up.setString(2, s.hash());
                    up.executeUpdate();
                }
            }
            return null;
        });
    }

    public Optional<Info> info(String hash) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT sources, first_used_at, content IS NOT NULL FROM snapshots WHERE hash = ?")) {
                q.setString(1, hash);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    List<SourceInfo> sources = JSON.readValue(rs.getString(1), new TypeReference<List<SourceInfo>>() { });
                    return Optional.of(new Info(hash, sources, rs.getString(2), rs.getBoolean(3)));
                } catch (IOException e) {
                    throw new StoreException("snapshot " + hash + ": unreadable metadata", e);
                }
            }
        });
    }

    public List<Info> list() {
        List<String> hashes = db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT hash FROM snapshots ORDER BY first_used_at, hash");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        return hashes.stream().map(h -> info(h).orElseThrow()).toList();
    }

    /** The retained snapshot, rebuilt and re-verified; empty when only its identity was kept. */
    public Optional<Snapshot> load(String hash) {
        String content = db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT content FROM snapshots WHERE hash = ?")) {
                q.setString(1, hash);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (content == null) {
            return Optional.empty();
        }
        Snapshot s = decode(content);
        if (!s.hash().equals(hash)) {
            throw new StoreException("retained snapshot " + hash + " rebuilds as " + s.hash() + " (archive corrupt)");
        }
        return Optional.of(s);
    }

    /** The content copy: gzip JSON of the snapshot's records, Base64. */
    public static String encode(Snapshot s) {
        List<Entity> entities = List.copyOf(s.entities());
        java.util.Map<SourceInfo, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < s.sources().size(); i++) {
            index.putIfAbsent(s.sources().get(i), i);
        }
        List<Integer> origins = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            origins.add(s.origin(e.id()).map(o -> index.getOrDefault(o, -1)).orElse(-1));
        }
        Content content = new Content(s.sources(), entities, s.relations(), List.copyOf(s.measures()), origins);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            JSON.writeValue(gz, content);
        } catch (IOException e) {
            throw new StoreException("cannot archive snapshot " + s.hash() + ": " + e.getMessage(), e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** The snapshot of an {@link #encode} copy, reassembled (its hash recomputed, not trusted). */
    public static Snapshot decode(String text) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            Content c = JSON.readValue(in, Content.class);
            // Relations and measures ride on the first part; each entity on the part it came from (when the
            // archive says). Snapshot.of hashes the sources in order, so the hash is the original's.
            int n = c.sources().size();
            List<List<Entity>> byPart = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                byPart.add(new ArrayList<>());
            }
            for (int k = 0; k < c.entities().size(); k++) {
                int o = c.origins() == null || k >= c.origins().size() ? 0 : c.origins().get(k);
                byPart.get(o >= 0 && o < n ? o : 0).add(c.entities().get(k));
            }
            List<SourcePart> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(i == 0 ? new SourcePart(c.sources().get(0), byPart.get(0), c.relations(), c.measures())
                        : new SourcePart(c.sources().get(i), byPart.get(i), List.of(), List.of()));
            }
            return Snapshot.of(parts);
        } catch (IOException e) {
            throw new StoreException("cannot read archived snapshot: " + e.getMessage(), e);
        }
    }
}
