package io.interdict.core.match.fuzzy;

/**
 * A blocked Bloom filter of the {@link CandidateIndex}'s keys (or of words' {@link io.interdict.core.codec.KeyPostings}
 * keys: {@link ListedWords}): two bits of one 64-bit word per key, about
 * eight bits per key. It never says no to a key the index holds, so asking it first changes no result;
 * it says no to most others (glued pairs and deletions of a query's words mostly are no name's) from a
 * few megabytes that stay in a cache, where the table itself is read from memory.
 */
final class KeyFilter {
    private final long[] words;
    private final int mask;

    private KeyFilter(long[] words) {
        this.words = words;
        this.mask = words.length - 1;
    }

    /** The filter of the keys of an open-addressing table of (key, posting range) pairs; a range of 0 marks an empty slot. */
    static KeyFilter of(long[] table, int keyCount) {
        KeyFilter f = new KeyFilter(new long[size(keyCount)]);
        for (int slot = 0; slot < table.length / 2; slot++) {
            if (table[2 * slot + 1] != 0) {
                f.words[f.word(table[2 * slot])] |= bits(table[2 * slot]);
            }
        }
        return f;
    }

    /** The filter of the keys of a {@link io.interdict.core.codec.KeyPostings} (hashes of strings). */
    static KeyFilter of(io.interdict.core.codec.KeyPostings postings) {
        KeyFilter f = new KeyFilter(new long[size(postings.keyCount())]);
        for (int i = 0; i < postings.keyCount(); i++) {
            long key = postings.key(i);
            f.words[f.word(key)] |= bits(key);
        }
        return f;
    }

    /** The filter of these strings' {@link io.interdict.core.codec.KeyPostings#hash keys}. */
    static KeyFilter ofStrings(java.util.Collection<String> strings) {
        KeyFilter f = new KeyFilter(new long[size(strings.size())]);
        for (String s : strings) {
            long key = io.interdict.core.codec.KeyPostings.hash(s);
            f.words[f.word(key)] |= bits(key);
        }
        return f;
    }

    /** ~8 to 16 bits per key, a power of two of 64-bit words. */
    private static int size(int keyCount) {
        return Integer.highestOneBit(Math.max(64, keyCount / 8 - 1) * 2);
    }

    /** False only when no key of the table is {@code key}. */
    boolean mayContain(long key) {
        long b = bits(key);
        return (words[word(key)] & b) == b;
    }

    // The keys are mixed hashes: the table's slot comes from the top bits, the filter's word from the low ones.
    private int word(long key) {
        return (int) key & mask;
    }

    private static long bits(long key) {
        return 1L << (key >>> 32) | 1L << (key >>> 40);
    }
}
