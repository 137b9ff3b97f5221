package io.interdict.core.codec;

import java.util.Arrays;

/**
 * A read-only multimap from 64-bit keys (hashes of strings) to pairs of ints, stored as three flat
 * arrays so that it is written and read in bulk. A hash collision can only add an entry: every user
 * checks the entry it finds against the exact string before using it.
 */
public final class KeyPostings {
    private final long[] keys;
    private final int[] start;
    private final int[] first;
    private final int[] second;

    private KeyPostings(long[] keys, int[] start, int[] first, int[] second) {
        this.keys = keys;
        this.start = start;
        this.first = first;
        this.second = second;
    }

    /** Collects (key, first, second) entries; {@link #build()} sorts them by key, keeping insertion order within a key. */
    public static final class Builder {
        private long[] k = new long[64];
        private int[] a = new int[64];
        private int[] b = new int[64];
        private int n;

        public Builder add(long key, int first, int second) {
            if (n == k.length) {
                k = Arrays.copyOf(k, n * 2);
                a = Arrays.copyOf(a, n * 2);
                b = Arrays.copyOf(b, n * 2);
            }
            k[n] = key;
            a[n] = first;
            b[n] = second;
            n++;
            return this;
        }

        public KeyPostings build() {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Long.compare(k[x], k[y]));   // stable: insertion order kept within a key
            long[] keys = new long[n];
            int[] starts = new int[n + 1];
            int[] fa = new int[n];
            int[] fb = new int[n];
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                int j = order[i];
                if (distinct == 0 || keys[distinct - 1] != k[j]) {
                    keys[distinct] = k[j];
                    starts[distinct] = i;
                    distinct++;
                }
                fa[i] = a[j];
                fb[i] = b[j];
            }
            starts[distinct] = n;
            return new KeyPostings(Arrays.copyOf(keys, distinct), Arrays.copyOf(starts, distinct + 1), fa, fb);
        }
    }

    public void write(Encoder out) {
        out.writeLongs(keys).writeInts(start).writeInts(first).writeInts(second);
    }

    public static KeyPostings read(Decoder in) {
        long[] keys = in.readLongs();
        int[] start = in.readInts();
        int[] first = in.readInts();
        int[] second = in.readInts();
        if (start.length != keys.length + 1 || first.length != second.length || start[keys.length] != first.length) {
            throw new Decoder.CorruptDataException("key postings of inconsistent lengths");
        }
        return new KeyPostings(keys, start, first, second);
    }

    /** The entries of the key as a range {@code from << 32 | to} into {@link #first}/{@link #second}; 0 if none. */
    public long find(long key) {
        int i = Arrays.binarySearch(keys, key);
        return i < 0 ? 0 : (long) start[i] << 32 | start[i + 1];
    }

    /** How many distinct keys the map holds. */
    public int keyCount() {
        return keys.length;
    }

    /** The {@code i}-th distinct key, in ascending order. */
    public long key(int i) {
        return keys[i];
    }

    public int first(int entry) {
        return first[entry];
    }

    public int second(int entry) {
        return second[entry];
    }

    /** 64-bit FNV-1a of the string, then mixed: the key of a string. */
    public static long hash(String s) {
        return hash(s, 0, s.length());
    }

    /** {@link #hash(String)} of {@code s.subSequence(from, to)}, without making that string. */
    public static long hash(CharSequence s, int from, int to) {
        long h = FNV_START;
        for (int i = from; i < to; i++) {
            h = fnv(h, s.charAt(i));
        }
        return mixed(h);
    }

    /** FNV-1a's state before any character: {@code mixed(fnv(...fnv(FNV_START, c0)..., cn))} is the {@link #hash} of
     *  c0..cn, worked out a character at a time (the hashes of a word's prefixes, one pass). */
    public static final long FNV_START = 0xcbf29ce484222325L;

    /** FNV-1a's state after one more character. */
    public static long fnv(long state, char c) {
        return (state ^ c) * 0x100000001b3L;
    }

    /** The key of an FNV-1a state: the state mixed. */
    public static long mixed(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
