package io.interdict.streams.snapshot;

import io.interdict.core.snapshot.Snapshot;
import io.interdict.store.snapshot.SnapshotArchive;
import java.util.Base64;

/**
 * The snapshot's assembled records (sources, entities, relations, measures) as gzip JSON: the copy the
 * store retains for replay ({@link SnapshotArchive}), so a published snapshot and an archived one are
 * the same bytes of content. Entities carry their names and identifiers as imported, so instances do
 * not re-import list files; the matcher index is built on arrival.
 */
public final class ArchiveCodec implements SnapshotCodec {
    public static final String FORMAT = "interdict-archive-json-gz/1";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public byte[] encode(Snapshot snapshot) {
        return Base64.getDecoder().decode(SnapshotArchive.encode(snapshot));
    }

    @Override
    public Snapshot decode(byte[] content) {
        return SnapshotArchive.decode(Base64.getEncoder().encodeToString(content));
    }
}
