package io.interdict.core.names;

import java.util.Collection;

/**
 * A bit per word of a table, by the word's hash: a word whose bit is clear is surely not in the table, so the scorer's
 * word pairs, most of which hold no word of it, need no hash-map lookup. A set bit may be another word's (a filter, not
 * a set); the table decides.
 */
final class WordFilter {
    private final long[] bits;
    private final int mask;

    /** A filter of {@code size} bits (a power of two, 64 or more) over the words. */
    WordFilter(Collection<String> words, int size) {
        if (Integer.bitCount(size) != 1 || size < 64) {
            throw new IllegalArgumentException("size must be a power of two of 64 or more: " + size);
        }
        this.bits = new long[size / 64];
        this.mask = size - 1;
        for (String w : words) {
            int b = bit(w);
            bits[b >>> 6] |= 1L << b;
        }
    }

    /** False for a word that is surely not in the table. */
    boolean mayHold(String word) {
        int b = bit(word);
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    private int bit(String w) {
        int h = w.hashCode() * 0x9E3779B9;
        return (h ^ h >>> 15) & mask;
    }
}
