package io.interdict.core.match.fuzzy;

import java.util.Arrays;

/**
 * The names a query word of the {@link CandidateIndex} reaches through all its keys, in
 * the order the keys reach them, kept for the words of recent queries: query words recur (given names,
 * common surnames), and a word found here costs no key lookup and no duplicate posting. A direct-mapped
 * table of immutable entries: a word evicts the one in its slot, two threads may both store a word, and
 * the stored names are what the index gives, so a hit and a miss find the same names in the same order.
 */
final class RecentHits {
    /** Slots of the table; words reaching more names than {@link #MAX_NAMES} are not kept, and once the names
     *  kept since the table was last emptied reach {@link #BUDGET}, it is emptied (at most about 16 MB). */
    static final int SLOTS = 1 << 15;
    static final int MAX_NAMES = 2048;
    static final int BUDGET = 4 << 20;

    /** A word's names, the first {@code exact} of them reached by its own spelling (its first key). */
    record Entry(String text, int flags, int[] names, int exact) {
    }

    private final Entry[] slots = new Entry[SLOTS];
    /** Names stored since the table was last emptied (evicted ones included: an upper bound of what it holds). */
    private final java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();

    /** The names kept for a word of these flags (what besides its text its keys depend on), or null. */
    Entry get(String text, int flags) {
        Entry e = slots[slot(text, flags)];
        // A query's known words are the lists' own strings: mostly the very string kept.
        return e != null && e.flags == flags && (e.text == text || e.text.equals(text)) ? e : null;
    }

    void put(String text, int flags, CandidateIndex.IntList names, int exact) {
        if (names.size > MAX_NAMES) {
            return;
        }
        if (kept.addAndGet(names.size) > BUDGET) {
            Arrays.fill(slots, null);
            kept.set(names.size);
        }
        slots[slot(text, flags)] = new Entry(text, flags, Arrays.copyOf(names.a, names.size), exact);
    }

    private static int slot(String text, int flags) {
        int h = text.hashCode() * 31 + flags;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h & (SLOTS - 1);
    }
}
