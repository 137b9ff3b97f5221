package io.interdict.lists;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.ListFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Loads test fixtures and bundled resources from the classpath (never from the shared data folder). */
public final class TestFiles {
    private TestFiles() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code fixtures/<path>} as a list file named by its last path element. */
    public static ListFile fixture(String path) {
        return ListFile.of(path.substring(path.lastIndexOf('/') + 1), bytes("fixtures/" + path));
    }

    public static List<ListFile> fixtures(String dir, String... names) {
        List<ListFile> out = new ArrayList<>();
        for (String n : names) {
            out.add(fixture(dir + "/" + n));
        }
        return out;
    }

    /** A bundled publication's files ({@code lists/<source>/<date>/<name>.gz}), un-gzipped. */
    public static List<ListFile> bundled(String source, String date, String... names) {
        List<ListFile> out = new ArrayList<>();
        for (String n : names) {
            out.add(ListFile.of(n, bytes("lists/" + source + "/" + date + "/" + n)));
        }
        return out;
    }

    public static ListFile text(String name, String content) {
        return new ListFile(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Entity entity(SourcePart p, String id) {
        return p.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(id + " not in " + p.info().id()));
    }

    public static List<String> names(Entity e, NameStrength s) {
        return e.names().stream().filter(n -> n.strength() == s).map(Name::value).toList();
    }

    public static List<String> ids(Entity e) {
        return e.identifiers().stream().map(Object::toString).toList();
    }
}
