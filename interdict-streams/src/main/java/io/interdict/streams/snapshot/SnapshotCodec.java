package io.interdict.streams.snapshot;

import io.interdict.core.snapshot.Snapshot;

/**
 * How a snapshot's content travels on the snapshot topic. The manifest names the format, so a new
 * format (such as a compiled snapshot file) can be published next to this one and instances refuse,
 * with a clear message, a format they do not know.
 */
public interface SnapshotCodec {
    /** The format's name and version, written in the manifest. */
    String format();

    byte[] encode(Snapshot snapshot);

    /** The snapshot again; its id (hash) is recomputed from the content, never taken from the manifest. */
    Snapshot decode(byte[] content);
}
