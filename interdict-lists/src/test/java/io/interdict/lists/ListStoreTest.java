package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.un.UnScImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedPublication_reloadsIdentically_andReplacesAnEarlierOne() throws Exception {
        List<ListFile> files = List.of(TestFiles.fixture("un-sc/sample_unsc.xml"));
        SourcePart part = new UnScImporter().importFiles(files, null).part();
        ListStore store = new ListStore(dir);
        store.save(part, files);
        store.save(part, files);   // a second save replaces the folder atomically
        List<SourcePart> loaded = store.load();
        assertThat(loaded).singleElement().satisfies(p -> {
            assertThat(p.info()).isEqualTo(part.info());
            assertThat(p.entities()).isEqualTo(part.entities());
        });
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("un-sc");
        }
    }
}
