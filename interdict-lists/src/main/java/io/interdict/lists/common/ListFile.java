package io.interdict.lists.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * One input file of an import, held as raw bytes: the checksum is taken over exactly these bytes,
 * and every reader decodes them itself (encodings differ per publisher).
 *
 * @param name  the file name as published ({@code sdn.csv}); row errors name it
 * @param bytes the raw content, already un-gzipped
 */
public record ListFile(String name, byte[] bytes) {
    public ListFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /**
     * Largest file accepted by default, after decompression: far above any published list (the
     * largest bundled one is under 4 MB) and far below what would exhaust memory; a gzip bomb
     * (13 MB that inflate to 3 GB) is refused before it is held.
     */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    /** Reads a file; a {@code .gz} suffix is decompressed and dropped from the name. */
    public static ListFile read(Path path) {
        return read(path, DEFAULT_MAX_BYTES);
    }

    /** Reads a file of at most {@code maxBytes} (also after decompression). */
    public static ListFile read(Path path, long maxBytes) {
        try {
            String name = path.getFileName().toString();
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new IllegalArgumentException(path + ": " + size + " bytes, over the limit of " + maxBytes + " bytes");
            }
            return of(name, Files.readAllBytes(path), maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps bytes; gzip content (magic 1f 8b) is decompressed and a {@code .gz} suffix dropped. */
    public static ListFile of(String name, byte[] bytes) {
        return of(name, bytes, DEFAULT_MAX_BYTES);
    }

    /**
     * Wraps bytes; gzip content is decompressed, reading at most {@code maxBytes}.
     *
     * @throws IllegalArgumentException when the content inflates past the limit
     */
    public static ListFile of(String name, byte[] bytes, long maxBytes) {
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (out.length > maxBytes) {
                    throw new IllegalArgumentException(name + ": decompresses to more than the limit of " + maxBytes
                            + " bytes (" + bytes.length + " compressed); refused as a possible decompression bomb");
                }
                bytes = out;
            } catch (IOException e) {
                throw new UncheckedIOException("corrupt gzip in " + name, e);
            }
        }
        return new ListFile(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name, bytes);
    }

    /** The file name without directories, lower-cased, for matching {@code SDN.CSV} and {@code sdn.csv} alike. */
    public String baseName() {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
