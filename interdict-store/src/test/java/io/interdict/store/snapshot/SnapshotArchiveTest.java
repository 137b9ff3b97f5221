package io.interdict.store.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.snapshot.Snapshot;
import io.interdict.store.db.Database;
import io.interdict.store.testkit.Fixtures;
import io.interdict.store.testkit.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SnapshotArchiveTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void retainsIdentityAlwaysAndContentWhenAsked(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        SnapshotArchive archive = new SnapshotArchive(db, Fixtures.CLOCK);
        Snapshot s = Fixtures.small();
        archive.register(s, false);
        assertThat(archive.info(s.hash()).orElseThrow().sources()).isEqualTo(s.sources());
        assertThat(archive.load(s.hash())).isEmpty();

        archive.register(s, true);
        Snapshot back = archive.load(s.hash()).orElseThrow();
        assertThat(back.hash()).isEqualTo(s.hash());
        assertThat(back.entities()).containsExactlyElementsOf(s.entities());
        assertThat(back.measures()).containsExactlyElementsOf(s.measures());
        assertThat(archive.list()).singleElement().satisfies(i -> assertThat(i.retained()).isTrue());
    }
}
