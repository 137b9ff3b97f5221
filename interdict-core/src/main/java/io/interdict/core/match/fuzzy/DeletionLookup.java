package io.interdict.core.match.fuzzy;

import java.util.Map;

/**
 * A map of words looked up by a word with one letter left out, without building that word: the query's repair asks a
 * table of legal forms and small words for every word of a name that found nothing, with each of its letters left out
 * in turn ({@link QueryRepair}), and a string per letter cost more than the lookups. The key's hash is worked out as
 * {@link String#hashCode} would give it for the shortened word, and a key found is compared letter by letter, so a value
 * found is the one {@code map.get(shortened)} gives. Immutable; open addressing.
 */
final class DeletionLookup<V> {
    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;

    DeletionLookup(Map<String, V> map) {
        int slots = Integer.highestOneBit(Math.max(4, map.size() * 2) - 1) << 1;
        keys = new String[slots];
        hashes = new int[slots];
        values = new Object[slots];
        mask = slots - 1;
        for (Map.Entry<String, V> e : map.entrySet()) {
            int h = e.getKey().hashCode();
            int s = slot(h);
            while (keys[s] != null) {
                s = (s + 1) & mask;
            }
            keys[s] = e.getKey();
            hashes[s] = h;
            values[s] = e.getValue();
        }
    }

    /** The value of {@code t} with its letter at {@code without} left out ({@code -1}: t itself), or null. */
    @SuppressWarnings("unchecked")
    V get(String t, int without) {
        int n = t.length();
        if (without >= n) {
            return null;
        }
        int h = 0;
        for (int k = 0; k < n; k++) {
            if (k != without) {
                h = 31 * h + t.charAt(k);
            }
        }
        for (int s = slot(h); keys[s] != null; s = (s + 1) & mask) {
            if (hashes[s] == h && sameWithout(keys[s], t, without)) {
                return (V) values[s];
            }
        }
        return null;
    }

    /** Whether {@code key} is {@code t} with its letter at {@code without} left out (-1: t itself). */
    private static boolean sameWithout(String key, String t, int without) {
        if (without < 0) {
            return key.equals(t);
        }
        int n = t.length() - 1;
        return key.length() == n && t.regionMatches(0, key, 0, without) && t.regionMatches(without + 1, key, without, n - without);
    }

    private int slot(int h) {
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return h & mask;
    }
}
