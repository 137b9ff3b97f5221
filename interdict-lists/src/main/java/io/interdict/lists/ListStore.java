package io.interdict.lists;

import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Downloaded or imported publications kept on disk, so that an update survives a restart. A stored
 * source replaces the bundled one of the same id.
 *
 * <p>Each publication is written, complete, into a folder of its own that is never changed again
 * ({@code <source>.<unique id>/} with the raw files and {@code list.properties}); it becomes the
 * active one only when the single pointer file {@code published.properties} (source = folder) is
 * replaced by an atomic rename. Loading reads the pointer and nothing else, so a folder left behind
 * by a crashed or concurrent import can never take over a completed publication. Saves hold a lock
 * on {@code published.lock} while they change the pointer, so two imports at once keep both.
 *
 * <p>A replaced publication with other content moves to {@code <source>.history/<n>/}, so that
 * entries removed from the list stay visible for the dates before their removal
 * ({@link RemovedEntries}); the same content stored again keeps no history.
 */
public final class ListStore {
    /** The committed pointer: which folder holds each source's active publication. */
    static final String POINTER = "published.properties";
    private static final String LOCK = "published.lock";

    private final Path dir;

    public ListStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Stores and activates the publication; returns the folder that now holds it. */
    public Path save(SourcePart part, List<ListFile> files) {
        String source = part.info().id();
        try {
            Files.createDirectories(dir);
            // 1. The publication, complete, in a folder nothing points to yet.
            Path tmp = Files.createTempDirectory(dir, source + ".tmp");
            Properties p = new Properties();
            p.setProperty("source", source);
            p.setProperty("checksum", part.info().checksum());
            if (part.info().listDate() != null) {
                p.setProperty("list_date", part.info().listDate());
            }
            List<String> names = new ArrayList<>();
            for (ListFile f : files) {
                Files.write(tmp.resolve(f.baseName()), f.bytes());
                names.add(f.baseName());
            }
            p.setProperty("files", String.join(",", names));
            p.setProperty("stored_on", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
            try (Writer w = Files.newBufferedWriter(tmp.resolve("list.properties"))) {
                p.store(w, "interdict list publication");
            }
            String folder = source + "." + UUID.randomUUID();
            Files.move(tmp, dir.resolve(folder), StandardCopyOption.ATOMIC_MOVE);
            // 2. The commit: one atomic replacement of the pointer, under the lock.
            synchronized (ListStore.class) {    // file locks are per process: threads of this one queue here
            try (FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = ch.lock()) {
                Map<String, String> pointer = readPointer();
                String previous = pointer.put(source, folder);
                writePointer(pointer);
                // 3. The replaced publication: history when its content differs, else gone (never needed
                // for loading the active list, so a crash here loses nothing but history).
                if (previous != null && !previous.equals(folder)) {
                    Path old = dir.resolve(previous);
                    if (Files.isDirectory(old) && !sameChecksum(old, part.info().checksum())) {
                        Path history = dir.resolve(source + HISTORY);
                        Files.createDirectories(history);
                        Files.move(old, history.resolve(String.format("%04d", historyOf(source).size() + 1)),
                                StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        deleteTree(old);
                    }
                }
            }
            }
            return dir.resolve(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the " + source + " publication in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every stored publication, imported; a stored one that no longer imports is an error, not skipped. */
    public List<SourcePart> load() throws ImportException {
        List<SourcePart> parts = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return parts;
        }
        try {
            for (Map.Entry<String, String> e : active().entrySet()) {
                Path d = dir.resolve(e.getValue());
                List<RemovedEntries.Publication> pubs = new ArrayList<>();
                for (Path old : historyOf(e.getKey())) {
                    pubs.add(publication(old));
                }
                pubs.add(publication(d));
                parts.add(RemovedEntries.carry(pubs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /**
     * Source to folder of the active publications: the pointer's, or for a folder written before the
     * pointer existed, each {@code <source>/} folder whose {@code list.properties} names that source
     * (never a {@code .tmp} or {@code .old} leftover).
     */
    Map<String, String> active() throws IOException {
        if (Files.exists(dir.resolve(POINTER))) {
            return readPointer();
        }
        Map<String, String> legacy = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            // Only <source>/ folders: never <source>.tmp…, .old or <source>.<id> ones, which may be mid-write.
            for (Path d : s.filter(p -> p.getFileName().toString().indexOf('.') < 0
                    && Files.isRegularFile(p.resolve("list.properties"))).sorted().toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(d.resolve("list.properties"))) {
                    p.load(r);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;
                }
                String source = p.getProperty("source");
                if (source != null && d.getFileName().toString().equals(source)) {
                    legacy.put(source, source);
                }
            }
        }
        return legacy;
    }

    private Map<String, String> readPointer() throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path f = dir.resolve(POINTER);
        if (!Files.exists(f)) {
            return active();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f)) {
            p.load(r);
        }
        for (String source : p.stringPropertyNames()) {
            out.put(source, p.getProperty(source));
        }
        return out;
    }

    private void writePointer(Map<String, String> pointer) throws IOException {
        Properties p = new Properties();
        pointer.forEach(p::setProperty);
        Path tmp = Files.createTempFile(dir, POINTER, ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, "interdict: the active publication of each stored source");
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);    // the pointer must never name a folder whose files are not on disk yet
        }
        try {
            Files.move(tmp, dir.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static final String HISTORY = ".history";

    private static boolean sameChecksum(Path stored, String checksum) throws IOException {
        Path props = stored.resolve("list.properties");
        if (!Files.isRegularFile(props)) {
            return false;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(props)) {
            p.load(r);
        }
        return checksum.equals(p.getProperty("checksum"));
    }

    /** The replaced publications of a source, oldest first. */
    private List<Path> historyOf(String source) throws IOException {
        Path history = dir.resolve(source + HISTORY);
        if (!Files.isDirectory(history)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(history)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("list.properties"))).sorted().toList();
        }
    }

    private static RemovedEntries.Publication publication(Path d) throws IOException, ImportException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(d.resolve("list.properties"))) {
            p.load(r);
        }
        List<ListFile> files = new ArrayList<>();
        for (String n : p.getProperty("files").split(",")) {
            files.add(ListFile.read(d.resolve(n)));
        }
        ImportResult r = Importers.forSource(p.getProperty("source"), files.stream().map(ListFile::name).toList())
                .importFiles(files, p.getProperty("list_date"));
        String date = r.part().info().listDate() != null ? r.part().info().listDate() : p.getProperty("stored_on");
        return new RemovedEntries.Publication(r.part(), date);
    }

    /** The bundled lists with every stored publication in place of its bundled one. */
    public ListSet listSet() throws ImportException {
        ListSet set = ListSet.bundled();
        load().forEach(set::activate);
        return set;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(x);
            }
        }
    }
}
