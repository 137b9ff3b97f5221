package io.interdict.streams.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The record layout of the compacted snapshot topic (one partition, so order is publication order):
 * <ul>
 *   <li>{@code chunk/<snapshot>/<n>}: bytes n*chunk_bytes.. of the encoded content;</li>
 *   <li>{@code manifest/<snapshot>}: JSON {@code snapshot, format, chunks, bytes, sha256, previous, published_at};</li>
 *   <li>{@code current}: the id of the snapshot to screen with, written last.</li>
 * </ul>
 * A publication writes all of them in one Kafka transaction, and compaction keeps the newest value of
 * each key, so a reader from the beginning always finds the whole current snapshot. Older snapshots
 * are removed with tombstones once a newer one is current (the previous one is kept, for rollback).
 */
public final class SnapshotRecords {
    public static final String CURRENT = "current";
    private static final String CHUNK = "chunk/";
    private static final String MANIFEST = "manifest/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A publication's description; {@code previous} is the snapshot it replaced (null for the first). */
    public record Manifest(String snapshot, String format, int chunks, long bytes, String sha256, String previous,
                           String publishedAt) {
        public byte[] toBytes() {
            ObjectNode o = JSON.createObjectNode();
            o.put("snapshot", snapshot);
            o.put("format", format);
            o.put("chunks", chunks);
            o.put("bytes", bytes);
            o.put("sha256", sha256);
            o.put("previous", previous);
            o.put("published_at", publishedAt);
            return o.toString().getBytes(StandardCharsets.UTF_8);
        }

        public static Manifest parse(byte[] b) {
            try {
                JsonNode o = JSON.readTree(b);
                return new Manifest(o.path("snapshot").asText(), o.path("format").asText(), o.path("chunks").asInt(),
                        o.path("bytes").asLong(), o.path("sha256").asText(), o.path("previous").asText(null),
                        o.path("published_at").asText(null));
            } catch (IOException e) {
                throw new IllegalArgumentException("unreadable snapshot manifest: " + e.getMessage(), e);
            }
        }
    }

    private SnapshotRecords() {
    }

    public static String chunkKey(String snapshot, int n) {
        return CHUNK + snapshot + "/" + n;
    }

    public static String manifestKey(String snapshot) {
        return MANIFEST + snapshot;
    }

    /** The snapshot id of a chunk or manifest key; null for other keys. */
    public static String snapshotOf(String key) {
        if (key.startsWith(MANIFEST)) {
            return key.substring(MANIFEST.length());
        }
        if (key.startsWith(CHUNK)) {
            return key.substring(CHUNK.length(), key.lastIndexOf('/'));
        }
        return null;
    }

    public static boolean isChunk(String key) {
        return key.startsWith(CHUNK);
    }

    public static boolean isManifest(String key) {
        return key.startsWith(MANIFEST);
    }

    public static int chunkIndex(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
