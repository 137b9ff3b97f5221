package io.interdict.streams.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SnapshotAssemblerTest {
    private static final byte[] CONTENT = "0123456789abcdefghij".getBytes(StandardCharsets.UTF_8);

    /** Publishes CONTENT as snapshot {@code id} in chunks of {@code size}, as the publisher does. */
    private static void publish(SnapshotAssembler a, String id, byte[] content, int size, boolean pointer) {
        int chunks = (content.length + size - 1) / size;
        for (int i = 0; i < chunks; i++) {
            a.accept(SnapshotRecords.chunkKey(id, i), Arrays.copyOfRange(content, i * size, Math.min(content.length, (i + 1) * size)));
        }
        a.accept(SnapshotRecords.manifestKey(id), new SnapshotRecords.Manifest(id, "f", chunks, content.length,
                SnapshotRecords.sha256(content), null, null).toBytes());
        if (pointer) {
            a.accept(SnapshotRecords.CURRENT, id.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aWholePublicationIsDeliveredOnceInChunkOrder() {
        SnapshotAssembler a = new SnapshotAssembler();
        publish(a, "s1", CONTENT, 7, true);
        SnapshotAssembler.Complete c = a.next().orElseThrow();
        assertThat(c.content()).isEqualTo(CONTENT);
        assertThat(c.manifest().chunks()).isEqualTo(3);
        assertThat(a.next()).as("nothing new").isEmpty();
        assertThat(a.problem()).isNull();
    }

    @Test
    void nothingIsDeliveredBeforeThePointerNamesIt() {
        SnapshotAssembler a = new SnapshotAssembler();
        publish(a, "s1", CONTENT, 7, false);
        assertThat(a.next()).isEmpty();
        a.accept(SnapshotRecords.CURRENT, "s1".getBytes(StandardCharsets.UTF_8));
        assertThat(a.next()).isPresent();
    }

    @Test
    void aMissingChunkKeepsThePublicationOut() {
        SnapshotAssembler a = new SnapshotAssembler();
        publish(a, "s1", CONTENT, 7, true);
        a.next();
        publish(a, "s2", "other content!".getBytes(StandardCharsets.UTF_8), 5, false);
        a.accept(SnapshotRecords.chunkKey("s2", 1), null);
        a.accept(SnapshotRecords.CURRENT, "s2".getBytes(StandardCharsets.UTF_8));
        assertThat(a.next()).isEmpty();
        assertThat(a.problem()).contains("s2").contains("2 of 3 chunks");
    }

    @Test
    void contentThatDoesNotMatchTheChecksumIsRefused() {
        SnapshotAssembler a = new SnapshotAssembler();
        publish(a, "s1", CONTENT, 7, true);
        a.accept(SnapshotRecords.chunkKey("s1", 1), "XXXXXXX".getBytes(StandardCharsets.UTF_8));
        assertThat(a.next()).isEmpty();
        assertThat(a.problem()).contains("SHA-256");
    }

    @Test
    void aLaterPublicationReplacesTheEarlierOne() {
        SnapshotAssembler a = new SnapshotAssembler();
        publish(a, "s1", CONTENT, 7, true);
        byte[] two = "the second snapshot's content".getBytes(StandardCharsets.UTF_8);
        publish(a, "s2", two, 4, true);
        SnapshotAssembler.Complete c = a.next().orElseThrow();
        assertThat(c.manifest().snapshot()).isEqualTo("s2");
        assertThat(c.content()).isEqualTo(two);
    }
}
