package io.interdict.lists.compiled;

import io.interdict.core.codec.Decoder;
import io.interdict.core.codec.Encoder;
import io.interdict.core.match.IdentifierIndex;
import io.interdict.core.match.IndexCodec;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.MatcherFactory;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SnapshotCodec;
import io.interdict.lists.BundledLists;
import io.interdict.lists.Embedded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The compiled snapshots of one home ({@code <home>/compiled}): {@code <snapshot id>.snap} files and,
 * for each set of inputs (this build, the bundled lists, the lists stored under {@code <home>/lists}),
 * a small pointer file naming the snapshot they compile to. Opening finds the pointer, maps the file and
 * checks it; a missing, truncated, corrupt, stale or foreign-version file is compiled again, with a
 * notice saying why. Compilers take a lock (a file lock between processes, a lock between threads), so
 * two at once compile once; and since a file is only ever renamed into place whole, a reader never sees
 * half of one even without the lock.
 */
public final class CompiledSnapshots {
    private static final String SUFFIX = ".snap";
    private static final String POINTER_PREFIX = "inputs-";
    /** Pointers (sets of inputs) kept; older ones and the files only they named are deleted. */
    private static final int KEEP = 4;
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final Path dir;
    private final Source source;
    private final Consumer<String> notices;

    /** What is compiled: a fingerprint of the inputs that is cheap to compute, and the snapshot they give. */
    public interface Source {
        /** Changes whenever the snapshot would; computed without importing anything. */
        String fingerprint();

        Snapshot snapshot();
    }

    /**
     * @param dir      where compiled files live ({@code <home>/compiled})
     * @param listsDir the stored lists ({@code <home>/lists}), used in place of the bundled ones
     * @param notices  where to say that a file is being compiled and why
     */
    public CompiledSnapshots(Path dir, Path listsDir, Consumer<String> notices) {
        this(dir, lists(listsDir), notices);
    }

    public CompiledSnapshots(Path dir, Source source, Consumer<String> notices) {
        this.dir = dir;
        this.source = source;
        this.notices = notices;
    }

    /** The built-in regime and the bundled lists, with those stored under {@code listsDir} in their place. */
    public static Source lists(Path listsDir) {
        return new Source() {
            @Override
            public String fingerprint() {
                return inputs(listsDir);
            }

            @Override
            public Snapshot snapshot() {
                return Embedded.snapshot(listsDir);
            }
        };
    }

    /**
     * As {@link #lists(Path)}, with the built-in regime extended by overlay directories: their files'
     * bytes are part of the fingerprint, so an edited overlay compiles a new snapshot (whose id changes).
     */
    public static Source lists(Path listsDir, java.util.List<Path> overlays) {
        if (overlays.isEmpty()) {
            return lists(listsDir);
        }
        return new Source() {
            @Override
            public String fingerprint() {
                try {
                    MessageDigest md = MessageDigest.getInstance("SHA-256");
                    md.update(inputs(listsDir).getBytes(StandardCharsets.UTF_8));
                    for (Path dir : overlays) {
                        md.update(("overlay " + dir.toAbsolutePath().normalize() + "\n").getBytes(StandardCharsets.UTF_8));
                        if (!Files.isDirectory(dir)) {
                            continue;    // the loader reports a missing overlay when the snapshot is built
                        }
                        try (Stream<Path> files = Files.walk(dir)) {
                            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                                md.update((dir.relativize(f) + "\n").getBytes(StandardCharsets.UTF_8));
                                md.update(Files.readAllBytes(f));
                            }
                        }
                    }
                    return HexFormat.of().formatHex(md.digest());
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the regime overlays: " + e.getMessage(), e);
                }
            }

            @Override
            public Snapshot snapshot() {
                return Embedded.snapshot(listsDir, overlays);
            }
        };
    }

    public Path dir() {
        return dir;
    }

    /**
     * The compiled snapshot of the current inputs, compiled first when there is no usable one. A usable
     * file without {@code matcher}'s index (compiled under another algorithm) gets it added when the
     * index is first asked for ({@link CompiledSnapshot#matcher}), keeping the sections it has:
     * switching algorithms costs one index build, not one per process, and a command that uses no
     * name index (`measures`, `check --id`) never pays for it.
     */
    public CompiledSnapshot open(MatcherFactory matcher, MatchSettings settings) {
        String inputs = source.fingerprint();
        try {
            return read(inputs);
        } catch (Unusable e) {
            if (e.getMessage() != null) {
                notices.accept(e.getMessage() + "; compiling it again");
            }
        }
        return compile(inputs, matcher, settings, false);
    }

    /**
     * {@code factory}'s matcher over {@code snapshot} (read from the file of {@code inputs}), whose file
     * lacked its index: built and added to the file, keeping the file's other sections. Under the
     * compile locks the file is checked again: another process may have added the index meanwhile
     * (then it is read), or replaced the file with one of other inputs (then the index is built in
     * memory only, and the next process compiles).
     */
    PartyMatcher addIndex(String inputs, Snapshot snapshot, MatcherFactory factory, MatchSettings settings) {
        IndexCodec codec = factory.codec().orElseThrow();
        Path file = fileOf(snapshot.hash());
        ReentrantLock threads = LOCKS.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new ReentrantLock());
        threads.lock();
        try (FileChannel ch = FileChannel.open(dir.resolve(".compile.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            CompiledFile now;
            try {
                now = CompiledFile.open(file);
            } catch (NoSuchFileException | CompiledFile.Invalid e) {
                notices.accept("the compiled snapshot " + file + " changed meanwhile; building the " + factory.algorithm()
                        + " index in memory");
                return factory.build(snapshot.entities(), settings);
            }
            if (!now.snapshotId().equals(snapshot.hash()) || !now.inputs().equals(inputs)) {
                notices.accept("the compiled snapshot " + file + " changed meanwhile; building the " + factory.algorithm()
                        + " index in memory");
                return factory.build(snapshot.entities(), settings);
            }
            if (now.has(codec.section())) {
                try {
                    return codec.read(new Decoder(now.section(codec.section())), snapshot, settings);
                } catch (Decoder.CorruptDataException e) {
                    // written by another process of another build: replaced below
                }
            }
            long start = System.nanoTime();
            notices.accept("the compiled snapshot " + file + " has no index for " + factory.algorithm()
                    + "; adding it (once per algorithm)...");
            PartyMatcher built = factory.build(snapshot.entities(), settings);
            Map<String, byte[]> sections = new LinkedHashMap<>();
            for (String key : now.sectionKeys()) {
                ByteBuffer b = now.section(key);
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                sections.put(key, bytes);
            }
            Encoder out = new Encoder();
            codec.write(built, snapshot, out);
            sections.put(codec.section(), out.toByteArray());
            CompiledFile.write(file, snapshot.hash(), inputs, sections);
            notices.accept(String.format(java.util.Locale.ROOT, "added the %s index to %s (%.1f MB) in %.1f s", factory.algorithm(),
                    file, Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9));
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add the " + factory.algorithm() + " index to the compiled snapshot in " + dir
                    + ": " + e.getMessage(), e);
        } finally {
            threads.unlock();
        }
    }

    /** Compiles the current inputs now (after `lists update|import`), even when a file exists. */
    public CompiledSnapshot compile(MatcherFactory matcher, MatchSettings settings) {
        return compile(source.fingerprint(), matcher, settings, true);
    }

    /** Where the compiled file of a snapshot is. */
    public Path fileOf(String snapshotId) {
        return dir.resolve(snapshotId.replace("sha256:", "") + SUFFIX);
    }

    private Path pointer(String inputs) {
        return dir.resolve(POINTER_PREFIX + inputs.substring(0, 32));
    }

    /** Why an existing compiled file is not used; null message: there was none to use. */
    private static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    private CompiledSnapshot read(String inputs) throws Unusable {
        String id;
        try {
            id = Files.readString(pointer(inputs), StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            throw new Unusable(null);
        } catch (IOException e) {
            throw new Unusable("cannot read " + pointer(inputs) + ": " + e.getMessage());
        }
        Path path = fileOf(id);
        CompiledFile file;
        try {
            file = CompiledFile.open(path);
        } catch (NoSuchFileException e) {
            throw new Unusable("the compiled snapshot " + path + " is missing");
        } catch (CompiledFile.Invalid e) {
            throw new Unusable("the compiled snapshot " + path + " is unusable: " + e.getMessage());
        }
        if (!file.snapshotId().equals(id) || !file.inputs().equals(inputs)) {
            throw new Unusable("the compiled snapshot " + path + " is stale (compiled from other lists or another build)");
        }
        var section = file.section(SnapshotCodec.SECTION);
        if (section == null) {
            throw new Unusable("the compiled snapshot " + path + " has no " + SnapshotCodec.SECTION + " section");
        }
        Snapshot snapshot;
        try {
            snapshot = SnapshotCodec.read(section);
        } catch (Decoder.CorruptDataException e) {
            throw new Unusable("the compiled snapshot " + path + " is stale: " + e.getMessage());
        }
        if (!snapshot.hash().equals(id)) {
            throw new Unusable("the compiled snapshot " + path + " holds snapshot " + snapshot.hash() + ", not " + id);
        }
        return new CompiledSnapshot(snapshot, file, null, null, notices, (f, settings) -> addIndex(inputs, snapshot, f, settings));
    }

    private CompiledSnapshot compile(String inputs, MatcherFactory matcher, MatchSettings settings, boolean force) {
        ReentrantLock threads = LOCKS.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new ReentrantLock());
        threads.lock();
        try {
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(dir.resolve(".compile.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                if (!force) {
                    try {
                        return read(inputs);   // another process compiled it while we waited
                    } catch (Unusable e) {
                        // compile below
                    }
                }
                long start = System.nanoTime();
                notices.accept("compiling the snapshot of the lists into " + dir + " (once per list change)...");
                Snapshot snapshot = source.snapshot();
                // Encoding the snapshot (one thread) overlaps building the index (partly parallel).
                java.util.concurrent.CompletableFuture<byte[][]> encoded = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    Encoder ids = new Encoder();
                    IdentifierIndex.write(snapshot.entities(), ids);
                    return new byte[][] {SnapshotCodec.write(snapshot), ids.toByteArray()};
                }, CompiledSnapshots::startEncoder);
                PartyMatcher built = matcher.build(snapshot.entities(), settings);
                byte[][] parts = joined(encoded);
                Map<String, byte[]> sections = new LinkedHashMap<>();
                sections.put(SnapshotCodec.SECTION, parts[0]);
                sections.put(CompiledSnapshot.IDENTIFIERS, parts[1]);
                if (matcher.codec().isPresent()) {
                    IndexCodec codec = matcher.codec().get();
                    Encoder out = new Encoder();
                    codec.write(built, snapshot, out);
                    sections.put(codec.section(), out.toByteArray());
                }
                Path file = fileOf(snapshot.hash());
                CompiledFile.write(file, snapshot.hash(), inputs, sections);
                writeAtomically(pointer(inputs), snapshot.hash());
                clean();
                notices.accept(String.format(java.util.Locale.ROOT, "compiled %s (%.1f MB) in %.1f s", file,
                        Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9));
                return new CompiledSnapshot(snapshot, null, matcher, built, notices, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile the snapshot into " + dir + ": " + e.getMessage(), e);
        } finally {
            threads.unlock();
        }
    }

    private static void startEncoder(Runnable r) {
        Thread t = new Thread(r, "interdict-snapshot-encoder");
        t.setDaemon(true);
        t.start();
    }

    /** The encoder's result, its failure rethrown as it was. */
    private static byte[][] joined(java.util.concurrent.CompletableFuture<byte[][]> encoded) {
        try {
            return encoded.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap((content + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Keeps the newest pointers and the files they name; runs under the compile lock. */
    private void clean() throws IOException {
        List<Path> pointers;
        try (Stream<Path> s = Files.list(dir)) {
            pointers = new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith(POINTER_PREFIX)).toList());
        }
        pointers.sort(Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p);
            } catch (IOException e) {
                return java.nio.file.attribute.FileTime.fromMillis(0);
            }
        }).reversed());
        Set<Path> keep = new java.util.HashSet<>();
        for (int i = 0; i < pointers.size(); i++) {
            if (i >= KEEP) {
                Files.deleteIfExists(pointers.get(i));
                continue;
            }
            try {
                keep.add(fileOf(Files.readString(pointers.get(i)).trim()));
            } catch (IOException e) {
                Files.deleteIfExists(pointers.get(i));
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                if (!keep.contains(p)) {
                    Files.deleteIfExists(p);   // a process that still maps it keeps its pages
                }
            }
        }
    }

    /**
     * The fingerprint of what the snapshot is compiled from, computed without importing anything: this
     * build (its code and bundled data), the bundled lists it names, and the stored publications'
     * descriptions (each with the checksum of its files).
     */
    static String inputs(Path listsDir) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("format " + CompiledFile.FORMAT_VERSION + "\nbuild " + build() + "\n").getBytes(StandardCharsets.UTF_8));
            for (BundledLists.Bundle b : BundledLists.BUNDLES) {
                md.update(("bundled " + b.folder() + " " + b.files() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (Files.isDirectory(listsDir)) {
                // The committed pointer names the active publication of each source (ListStore).
                Path pointer = listsDir.resolve("published.properties");
                if (Files.isRegularFile(pointer)) {
                    md.update(Files.readAllBytes(pointer));
                }
                try (Stream<Path> s = Files.list(listsDir)) {
                    for (Path d : s.filter(p -> Files.isRegularFile(p.resolve("list.properties"))).sorted().toList()) {
                        md.update(("stored " + d.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(d.resolve("list.properties")));
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored lists under " + listsDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * This build: the jar holding the code and the bundled data, by path, size and time. A rebuilt jar
     * (new code, regime or lists) is a new build, so its first run compiles again. Run from class folders
     * (development, tests) it is the folder, which does not change when classes do: tests use their own home.
     */
    private static String build() {
        try {
            var source = CompiledSnapshots.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path p = Path.of(source.getLocation().toURI());
            String version = CompiledSnapshots.class.getPackage().getImplementationVersion();
            return p + " " + (Files.isRegularFile(p) ? Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() : "classes")
                    + " " + version;
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
