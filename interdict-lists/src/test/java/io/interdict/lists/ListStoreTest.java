package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.dpl.DplImporter;
import io.interdict.lists.un.UnScImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListStoreTest {
    @TempDir
    Path dir;

    static final List<ListFile> UN = List.of(TestFiles.fixture("un-sc/sample_unsc.xml"));
    static final List<ListFile> DPL = List.of(TestFiles.fixture("us-bis-dpl/dpl.txt"));

    static SourcePart un() throws Exception {
        return new UnScImporter().importFiles(UN, null).part();
    }

    @Test
    void savedPublication_reloadsIdentically_andReplacesAnEarlierOne() throws Exception {
        SourcePart part = un();
        ListStore store = new ListStore(dir);
        store.save(part, UN);
        store.save(part, UN);   // a second save replaces the first, which is removed
        List<SourcePart> loaded = store.load();
        assertThat(loaded).singleElement().satisfies(p -> {
            assertThat(p.info()).isEqualTo(part.info());
            assertThat(p.entities()).isEqualTo(part.entities());
        });
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("un-sc"))).hasSize(1);
        }
    }

    /** Item 14 of issue 14: folders left by a crashed or concurrent import never take over. */
    @Test
    void aLeftoverImportFolderCannotTakeOverACompletedPublication() throws Exception {
        SourcePart part = un();
        ListStore store = new ListStore(dir);
        store.save(part, UN);
        Path active = dir.resolve(store.active().get("un-sc"));
        // What a crash between writing and committing leaves: complete publications of the same source.
        for (String leftover : List.of("un-sc.tmp123456", "un-sc.old", "un-sc", "zz-un-sc")) {
            copyWithListDate(active, dir.resolve(leftover), "1999-01-01");
        }
        assertThat(store.load()).singleElement().satisfies(p -> assertThat(p.info()).isEqualTo(part.info()));
    }

    @Test
    void aStoreWrittenBeforeThePointerStillLoadsButIgnoresLeftovers() throws Exception {
        SourcePart part = un();
        ListStore store = new ListStore(dir);
        store.save(part, UN);
        Path active = dir.resolve(store.active().get("un-sc"));
        copyWithListDate(active, dir.resolve("un-sc"), null);       // the old layout: <dir>/<source>/
        copyWithListDate(active, dir.resolve("un-sc.tmp99"), "1999-01-01");
        deleteTree(active);
        Files.delete(dir.resolve(ListStore.POINTER));
        assertThat(store.load()).singleElement().satisfies(p -> assertThat(p.info()).isEqualTo(part.info()));
        // The next save moves it to the pointer.
        store.save(new DplImporter().importFiles(DPL, null).part(), DPL);
        assertThat(store.load()).extracting(p -> p.info().id()).containsExactly("un-sc", "us-bis-dpl");
    }

    /** The class: concurrent writers. Imports of different sources at once keep every one. */
    @Test
    void concurrentSavesOfDifferentSourcesKeepEach() throws Exception {
        SourcePart un = un();
        SourcePart dpl = new DplImporter().importFiles(DPL, null).part();
        List<Thread> ts = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            boolean even = i % 2 == 0;
            Thread t = new Thread(() -> {
                try {
                    new ListStore(dir).save(even ? un : dpl, even ? UN : DPL);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            ts.add(t);
        }
        for (Thread t : ts) {
            t.join();
        }
        assertThat(failures).isEmpty();
        assertThat(new ListStore(dir).load()).extracting(p -> p.info().id()).containsExactly("un-sc", "us-bis-dpl");
    }

    private static void copyWithListDate(Path from, Path to, String listDate) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        if (listDate != null) {
            Files.writeString(to.resolve("list.properties"), Files.readString(to.resolve("list.properties")) + "list_date=" + listDate + "\n");
        }
    }

    private static void deleteTree(Path p) throws Exception {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(x);
            }
        }
    }
}
