package io.interdict.core.match;

import io.interdict.core.codec.Decoder;
import io.interdict.core.codec.Encoder;
import io.interdict.core.snapshot.Snapshot;

/**
 * How a matching algorithm keeps its prepared index in a compiled snapshot, so that a process reads it
 * instead of normalising and indexing every name again. A factory offers one through
 * {@link MatcherFactory#codec()}; an algorithm without one is built in memory as before.
 *
 * <p>{@link #section()} names the algorithm and the version of its layout ({@code "interdict-v1/index-1"}):
 * an index that changes what it holds or how it is laid out takes a new section name, and a compiled
 * file without that section falls back to building in memory (and is recompiled with it).
 */
public interface IndexCodec {
    /** The section key: algorithm name, then the layout version. */
    String section();

    /** Writes the prepared index of {@code matcher}, which this algorithm built over {@code snapshot}'s entities. */
    void write(PartyMatcher matcher, Snapshot snapshot, Encoder out);

    /**
     * The matcher, from what {@link #write} wrote for the same snapshot; the section may be a view of a
     * memory-mapped file and may be kept. Throws {@link Decoder.CorruptDataException} on malformed data.
     */
    PartyMatcher read(Decoder in, Snapshot snapshot, MatchSettings settings);
}
