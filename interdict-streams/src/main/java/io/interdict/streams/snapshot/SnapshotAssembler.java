package io.interdict.streams.snapshot;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reassembles the current snapshot from the records of the snapshot topic, in topic order. The result
 * is only ever a whole, verified publication: every chunk present, the total size and the SHA-256 of
 * the content equal to the manifest's. A corrupt or incomplete publication is reported and skipped,
 * and the instance keeps the snapshot it has.
 */
public final class SnapshotAssembler {
    /** A complete, verified publication. */
    public record Complete(SnapshotRecords.Manifest manifest, byte[] content) {
    }

    private final Map<String, SnapshotRecords.Manifest> manifests = new HashMap<>();
    private final Map<String, TreeMap<Integer, byte[]>> chunks = new HashMap<>();
    private String current;
    private String problem;
    private String delivered;

    /** One record of the topic; a null value is a tombstone. */
    public void accept(String key, byte[] value) {
        if (key == null) {
            return;
        }
        if (key.equals(SnapshotRecords.CURRENT)) {
            current = value == null ? null : new String(value, StandardCharsets.UTF_8);
            return;
        }
        String snapshot = SnapshotRecords.snapshotOf(key);
        if (snapshot == null) {
            return;
        }
        if (SnapshotRecords.isManifest(key)) {
            if (value == null) {
                manifests.remove(snapshot);
                chunks.remove(snapshot);
            } else {
                manifests.put(snapshot, SnapshotRecords.Manifest.parse(value));
            }
        } else if (SnapshotRecords.isChunk(key)) {
            TreeMap<Integer, byte[]> parts = chunks.computeIfAbsent(snapshot, s -> new TreeMap<>());
            if (value == null) {
                parts.remove(SnapshotRecords.chunkIndex(key));
            } else {
                parts.put(SnapshotRecords.chunkIndex(key), value);
            }
        }
    }

    /** The id the topic says is current (whole or not yet), if any. */
    public Optional<String> currentId() {
        return Optional.ofNullable(current);
    }

    /**
     * The current publication when it is whole, verified and not delivered before; empty while parts are
     * missing, when it is corrupt ({@link #problem()} says which) or when nothing changed. Its chunks are
     * released once delivered; those of other snapshots stay until the publisher's tombstones remove
     * them (a publication may still be arriving).
     */
    public Optional<Complete> next() {
        problem = null;
        if (current == null || current.equals(delivered)) {
            return Optional.empty();
        }
        SnapshotRecords.Manifest m = manifests.get(current);
        TreeMap<Integer, byte[]> parts = chunks.get(current);
        if (m == null || parts == null || parts.size() < m.chunks()) {
            problem = "snapshot " + current + " incomplete: " + (m == null ? "no manifest" : (parts == null ? 0 : parts.size())
                    + " of " + m.chunks() + " chunks");
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, m.bytes()));
        for (int i = 0; i < m.chunks(); i++) {
            byte[] c = parts.get(i);
            if (c == null) {
                problem = "snapshot " + current + ": chunk " + i + " missing";
                return Optional.empty();
            }
            out.writeBytes(c);
        }
        byte[] content = out.toByteArray();
        if (content.length != m.bytes() || !SnapshotRecords.sha256(content).equals(m.sha256())) {
            problem = "snapshot " + current + ": content does not match its manifest's size and SHA-256 (corrupt publication)";
            return Optional.empty();
        }
        chunks.remove(current);
        delivered = current;
        return Optional.of(new Complete(m, content));
    }

    /** Why the last {@link #next()} found nothing, or null. */
    public String problem() {
        return problem;
    }

    /** The manifests known, by snapshot id (the publisher reads the previous one's). */
    public Map<String, SnapshotRecords.Manifest> manifests() {
        return Map.copyOf(manifests);
    }
}
