package io.interdict.streams.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.snapshot.Snapshot;
import io.interdict.streams.testkit.TestLists;
import org.junit.jupiter.api.Test;

class ArchiveCodecTest {
    @Test
    void aSnapshotSurvivesTheTripWithItsIdAndContent() {
        ArchiveCodec codec = new ArchiveCodec();
        Snapshot back = codec.decode(codec.encode(TestLists.V2));
        assertThat(back.hash()).isEqualTo(TestLists.V2.hash());
        assertThat(back.entities()).containsExactlyElementsOf(TestLists.V2.entities());
        assertThat(back.measures()).containsExactlyElementsOf(TestLists.V2.measures());
    }
}
