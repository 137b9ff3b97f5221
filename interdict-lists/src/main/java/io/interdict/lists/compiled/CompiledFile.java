package io.interdict.lists.compiled;

import io.interdict.core.codec.Decoder;
import io.interdict.core.codec.Encoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The container of a compiled snapshot: named sections behind a versioned header, and a CRC-32 of every
 * byte before it at the end. Written to a temporary file, synced and renamed into place, so a reader
 * sees a whole file or none, and two writers each rename a whole file; read by memory mapping and
 * checked in full (length, both magics, format version, checksum) before any section is used.
 *
 * <pre>
 * 0   "INTERDCT"            8-byte magic
 * 8   format version        int
 * 12  header length H       int
 * 16  file length L         long
 * 24  snapshot id, inputs fingerprint, section count, then per section: key, offset, length
 * H   sections, each 8-byte aligned
 * L-8 CRC-32 of bytes [0, L-8)   int
 * L-4 "SNAP"                end magic (a truncated file lacks it)
 * </pre>
 */
public final class CompiledFile {
    /** This build reads and writes this format; a file of another version is rebuilt, never guessed at. */
    public static final int FORMAT_VERSION = 1;
    static final long MAGIC = 0x544344524554_4e49L;   // "INTERDCT" little-endian
    static final int END_MAGIC = 0x50414e53;          // "SNAP" little-endian
    private static final int FIXED = 24;

    private final String snapshotId;
    private final String inputs;
    private final Map<String, ByteBuffer> sections;
    private final long size;

    private CompiledFile(String snapshotId, String inputs, Map<String, ByteBuffer> sections, long size) {
        this.snapshotId = snapshotId;
        this.inputs = inputs;
        this.sections = sections;
        this.size = size;
    }

    public String snapshotId() {
        return snapshotId;
    }

    /** The fingerprint of what the snapshot was compiled from (see {@link CompiledSnapshots}). */
    public String inputs() {
        return inputs;
    }

    public long size() {
        return size;
    }

    /** The section's bytes (a view of the mapping), or null when the file has no such section. */
    public ByteBuffer section(String key) {
        ByteBuffer b = sections.get(key);
        return b == null ? null : b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    public boolean has(String key) {
        return sections.containsKey(key);
    }

    /** The section keys, in file order. */
    public java.util.Set<String> sectionKeys() {
        return java.util.Collections.unmodifiableSet(sections.keySet());
    }

    /** Writes the file atomically: a temporary file next to {@code target}, synced, then renamed over it. */
    public static void write(Path target, String snapshotId, String inputs, Map<String, byte[]> sections) {
        Encoder header = new Encoder();
        header.writeString(snapshotId).writeString(inputs).writeInt(sections.size());
        // Offsets depend on the header's length, which depends on the offsets' encoding: fixed-width longs.
        long[] offsets = new long[sections.size()];
        int headerLength;
        {
            Encoder probe = new Encoder();
            probe.writeString(snapshotId).writeString(inputs).writeInt(sections.size());
            for (String k : sections.keySet()) {
                probe.writeString(k).writeLong(0).writeLong(0);
            }
            headerLength = align(FIXED + probe.size());
        }
        long at = headerLength;
        int i = 0;
        for (Map.Entry<String, byte[]> e : sections.entrySet()) {
            offsets[i] = at;
            header.writeString(e.getKey()).writeLong(at).writeLong(e.getValue().length);
            at = align(at + e.getValue().length);
            i++;
        }
        long length = at + 8;
        ByteBuffer fixed = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        fixed.putLong(MAGIC).putInt(FORMAT_VERSION).putInt(headerLength).putLong(length).put(header.toByteArray());
        fixed.position(0);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            CRC32 crc = new CRC32();
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                crc.update(fixed.duplicate());
                writeFully(ch, fixed);
                long pos = headerLength;
                byte[] pad = new byte[8];
                for (byte[] s : sections.values()) {
                    crc.update(s);
                    writeFully(ch, ByteBuffer.wrap(s));
                    pos += s.length;
                    int padding = (int) (align(pos) - pos);
                    crc.update(pad, 0, padding);
                    writeFully(ch, ByteBuffer.wrap(pad, 0, padding));
                    pos += padding;
                }
                ByteBuffer trailer = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
                trailer.putInt((int) crc.getValue()).putInt(END_MAGIC).flip();
                writeFully(ch, trailer);
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compiled snapshot " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is never read
                }
            }
        }
    }

    /**
     * Writes {@code b} whole, a megabyte at a time: a channel copies a heap buffer into a direct one of its size
     * first, which for a section of tens of megabytes is a new, zeroed buffer as large as the section.
     */
    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        final int chunk = 1 << 20;
        while (b.hasRemaining()) {
            ByteBuffer slice = b.slice();
            if (slice.remaining() > chunk) {
                slice.limit(chunk);
            }
            int n = ch.write(slice);
            b.position(b.position() + n);
        }
    }

    /** Makes the rename durable; not every platform can open a directory, which only weakens durability. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the file itself is synced; only the directory entry may be lost on a power cut
        }
    }

    private static long align(long n) {
        return (n + 7) & ~7L;
    }

    private static int align(int n) {
        return (n + 7) & ~7;
    }

    /**
     * Maps and checks the file. Throws {@link NoSuchFileException} when it does not exist and
     * {@link Invalid} (with the reason) when it is truncated, corrupt or of another format version.
     */
    public static CompiledFile open(Path file) throws NoSuchFileException, Invalid {
        MappedByteBuffer map;
        long size;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw new Invalid("larger than 2 GB");
            }
            map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new Invalid("unreadable: " + e.getMessage());
        }
        ByteBuffer b = map.order(ByteOrder.LITTLE_ENDIAN);
        if (size < FIXED + 8 || b.getLong(0) != MAGIC) {
            throw new Invalid("not a compiled snapshot (no header)");
        }
        int version = b.getInt(8);
        if (version != FORMAT_VERSION) {
            throw new Invalid("format version " + version + ", this build reads version " + FORMAT_VERSION);
        }
        int headerLength = b.getInt(12);
        long length = b.getLong(16);
        if (length != size) {
            throw new Invalid("truncated or extended: " + size + " bytes, the header says " + length);
        }
        if (b.getInt((int) size - 4) != END_MAGIC) {
            throw new Invalid("no end marker (truncated)");
        }
        CRC32 crc = new CRC32();
        crc.update(b.slice(0, (int) size - 8));
        if ((int) crc.getValue() != b.getInt((int) size - 8)) {
            throw new Invalid("checksum mismatch (corrupt)");
        }
        if (headerLength < FIXED || headerLength > size - 8) {
            throw new Invalid("header length out of range");
        }
        try {
            Decoder h = new Decoder(b.slice(FIXED, headerLength - FIXED));
            String snapshotId = h.readString();
            String inputs = h.readString();
            int count = h.count(17);
            Map<String, ByteBuffer> sections = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String key = h.readString();
                long offset = h.readLong();
                long len = h.readLong();
                if (offset < headerLength || len < 0 || offset + len > size - 8) {
                    throw new Invalid("section " + key + " lies outside the file");
                }
                sections.put(key, b.slice((int) offset, (int) len).order(ByteOrder.LITTLE_ENDIAN));
            }
            return new CompiledFile(snapshotId, inputs, sections, size);
        } catch (Decoder.CorruptDataException e) {
            throw new Invalid("malformed header: " + e.getMessage());
        }
    }

    /** Why a compiled file cannot be used; it is then rebuilt. */
    public static final class Invalid extends Exception {
        public Invalid(String reason) {
            super(reason);
        }
    }
}
