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

    /** Reads a file; a {@code .gz} suffix is decompressed and dropped from the name. */
    public static ListFile read(Path path) {
        try {
            String name = path.getFileName().toString();
            byte[] bytes = Files.readAllBytes(path);
            return of(name, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps bytes; gzip content (magic 1f 8b) is decompressed and a {@code .gz} suffix dropped. */
    public static ListFile of(String name, byte[] bytes) {
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
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
