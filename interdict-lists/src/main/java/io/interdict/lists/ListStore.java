package io.interdict.lists;

import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Downloaded or imported publications kept on disk ({@code <dir>/<source>/} with the raw files and
 * {@code list.properties}), so that an update survives a restart. A stored source replaces the
 * bundled one of the same id. Writes go to a temporary folder that is renamed into place, so a crash
 * never leaves half a publication. A replaced publication moves to {@code <dir>/<source>.history/<n>/},
 * so that entries removed from the list stay visible for the dates before their removal
 * ({@link RemovedEntries}).
 */
public final class ListStore {
    private final Path dir;

    public ListStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public void save(SourcePart part, List<ListFile> files) {
        String source = part.info().id();
        try {
            Files.createDirectories(dir);
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
            Path target = dir.resolve(source);
            if (Files.exists(target) && sameChecksum(target, part.info().checksum())) {
                // The same publication again (an update that found nothing new): replace, keep no history.
                Path old = dir.resolve(source + ".old");
                deleteTree(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else if (Files.exists(target)) {
                Path history = dir.resolve(source + HISTORY);
                Files.createDirectories(history);
                Path old = history.resolve(String.format("%04d", historyOf(source).size() + 1));
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stored publication, imported; a stored one that no longer imports is an error, not skipped. */
    public List<SourcePart> load() throws ImportException {
        List<SourcePart> parts = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return parts;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path d : s.filter(p -> Files.isRegularFile(p.resolve("list.properties"))).sorted().toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(d.resolve("list.properties"))) {
                    p.load(r);
                }
                List<ListFile> files = new ArrayList<>();
                for (String n : p.getProperty("files").split(",")) {
                    files.add(ListFile.read(d.resolve(n)));
                }
                String source = p.getProperty("source");
                List<RemovedEntries.Publication> pubs = new ArrayList<>();
                for (Path old : historyOf(source)) {
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
