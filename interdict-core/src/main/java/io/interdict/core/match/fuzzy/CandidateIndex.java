package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Token-keyed inverted index over prepared names, built once per snapshot (see
 * docs/adr/0001-candidate-index.md). Each distinctive token is posted under its exact text and its
 * one-deletion variants (a symmetric-deletion index: two tokens one edit apart share a key), its
 * transliteration skeleton and its phonetic code; adjacent token pairs are also posted glued, so
 * "Tik Tok" finds "TikTok" and back. Keys are 64-bit hashes in an open-addressing table (a hash
 * collision can only add a candidate, never change a score). A query touches only the postings of
 * its own keys, weighted by rarity, and returns the best few names for full scoring: its cost
 * depends on how common the query's words are, not on the size of the list.
 */
public final class CandidateIndex {
    /** Tokens shorter than this are posted exactly, without deletion variants ("al", "li" would match everything). */
    static final int MIN_DELETE_LENGTH = 4;
    /** Variant keys with more postings than this are skipped at query time: "-ohn" (john, ohn...) or a
     *  common skeleton would touch thousands of names that the exact word reaches anyway. */
    static final int MAX_VARIANT_POSTINGS = 1000;
    private static final char EXACT = '-';
    private static final char SKELETON = '~';
    private static final char PHONETIC = '#';

    /** Open-addressing table of (key, posting range) pairs side by side, so a lookup reads one cache
     *  line; a range is {@code offset << 32 | length} into {@link #postings}, 0 for an empty slot. */
    private final long[] table;
    private final int[] postings;
    private final int shift;
    private final int mask;
    private final int size;
    private final int keyCount;

    private CandidateIndex(long[] table, int[] postings, int shift, int size, int keyCount) {
        this.table = table;
        this.postings = postings;
        this.shift = shift;
        this.mask = (table.length >> 1) - 1;
        this.size = size;
        this.keyCount = keyCount;
    }

    public static CandidateIndex build(List<ScoringName> names) {
        // Keys of every name once (in parallel: the build is on the snapshot-swap path).
        long[][] nameKeys = names.parallelStream().map(n -> {
            KeyBuffer b = new KeyBuffer();
            keysOf(n, b);
            return Arrays.copyOf(b.keys, b.size);
        }).toArray(long[][]::new);
        int total = 0;
        for (long[] k : nameKeys) {
            total += k.length;
        }
        // Sorted, the keys give their distinct count (the table is sized by it, at most half full) and
        // each key's posting count; inserted in order, they fill the table and the postings front to back.
        long[] all = new long[total];
        int at = 0;
        for (long[] k : nameKeys) {
            System.arraycopy(k, 0, all, at, k.length);
            at += k.length;
        }
        Arrays.parallelSort(all);
        int distinct = 0;
        for (int i = 0; i < total; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                distinct++;
            }
        }
        int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1, (long) distinct * 2 - 1)));
        int shift = 64 - bits;
        int capacity = 1 << bits;
        long[] table = new long[capacity * 2];
        int[] slots = new int[distinct];
        for (int i = 0, k = 0; i < total; k++) {
            int j = i;
            while (j < total && all[j] == all[i]) {
                j++;
            }
            int slot = freeSlot(table, shift, capacity - 1, all[i]);
            table[2 * slot] = all[i];
            table[2 * slot + 1] = (long) i << 32 | (j - i);   // offset; the length marks the slot used
            slots[k] = slot;
            i = j;
        }
        for (int slot : slots) {
            table[2 * slot + 1] &= ~0xFFFF_FFFFL;   // lengths counted again, without a name's repeats
        }
        int[] postings = new int[total];
        for (int id = 0; id < nameKeys.length; id++) {
            for (long key : nameKeys[id]) {
                int slot = find(table, shift, capacity - 1, key);
                long range = table[2 * slot + 1];
                int offset = (int) (range >>> 32);
                int length = (int) range;
                // A name posts a key once, however many of its tokens give it.
                if (length == 0 || postings[offset + length - 1] != id) {
                    postings[offset + length] = id;
                    table[2 * slot + 1] = range + 1;
                }
            }
        }
        return new CandidateIndex(table, postings, shift, names.size(), distinct);
    }

    /** Home slot from the top bits of the (well mixed) key: keys inserted in sorted order fill the table in order. */
    private static int home(long key, int shift) {
        return (int) (key >>> shift);
    }

    private static int freeSlot(long[] table, int shift, int mask, long key) {
        int s = home(key, shift);
        while (table[2 * s + 1] != 0) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private static int find(long[] table, int shift, int mask, long key) {
        int s = home(key, shift);
        while (table[2 * s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The range of a key's postings ({@code offset << 32 | length}), or 0 when no name has it. */
    private long get(long key) {
        int s = home(key, shift);
        long range;
        while ((range = table[2 * s + 1]) != 0) {
            if (table[2 * s] == key) {
                return range;
            }
            s = (s + 1) & mask;
        }
        return 0;
    }

    public int size() {
        return size;
    }

    /** How many names hold this exact token. */
    public int frequency(String token) {
        return (int) get(hash(EXACT, token, -1));
    }

    public int keyCount() {
        return keyCount;
    }

    /** All keys of a name (index side). */
    private static void keysOf(ScoringName n, KeyBuffer out) {
        int tokens = tokenCount(n);
        for (int t = 0; t < tokens; t++) {
            tokenKeys(n, t, out);
        }
    }

    /** Number of key groups of a name: its indexed tokens, then its glued adjacent pairs. */
    static int tokenCount(ScoringName n) {
        return n.size() + Math.max(0, n.size() - 1);
    }

    /** The keys of key group g (token g, or glued pair g - size) into out; nothing if not indexed. */
    static void tokenKeys(ScoringName n, int g, KeyBuffer out) {
        int size = n.size();
        if (g < size) {
            boolean any = false;
            for (int i = 0; i < size; i++) {
                any |= indexed(n.kind[i]);
            }
            // Names of only particles, initials or numbers are posted by those tokens.
            if (any ? !indexed(n.kind[g]) : n.kind[g] == TokenKind.INITIAL && size > 1) {
                return;
            }
            deletions(n.text[g], out);
            out.add(hash(SKELETON, n.skeleton[g], -1));
            // Short phonetic codes ("JN": john, jean, juan, jin...) select nothing: only 4+ letters.
            if (n.phonetic[g] != null && n.phonetic[g].length() >= 4) {
                out.add(hash(PHONETIC, n.phonetic[g], -1));
            }
            return;
        }
        int i = g - size;
        if (n.kind[i] != TokenKind.NUMBER && n.kind[i + 1] != TokenKind.NUMBER) {
            deletions(n.text[i] + n.text[i + 1], out);
        }
    }

    private static boolean indexed(TokenKind k) {
        return k == TokenKind.WORD || k == TokenKind.GENERIC;
    }

    /** The token itself and, for tokens of MIN_DELETE_LENGTH+, each one-character deletion. */
    private static void deletions(String t, KeyBuffer out) {
        out.add(hash(EXACT, t, -1));
        if (t.length() < MIN_DELETE_LENGTH) {
            return;
        }
        for (int i = 0; i < t.length(); i++) {
            if (i > 0 && t.charAt(i) == t.charAt(i - 1)) {
                continue;   // deleting either letter of a double gives the same variant
            }
            out.add(hash(EXACT, t, i));
        }
    }

    /** 64-bit FNV-1a of the key space and the text without character {@code skip}, then mixed. */
    static long hash(char space, String t, int skip) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ space) * 0x100000001b3L;
        for (int i = 0; i < t.length(); i++) {
            if (i != skip) {
                h = (h ^ t.charAt(i)) * 0x100000001b3L;
            }
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Per-thread scratch space, sized to the index: no allocation per query beyond the result. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(0));

    /**
     * The ids of at most {@code limit} names sharing keys with the query, best first by the summed
     * rarity of the query tokens they share. {@code accept} filters names (e.g. by source).
     */
    public int[] candidates(ScoringName query, int limit, IntPredicate accept) {
        Scratch s = scratch.get();
        if (s.acc.length < size) {
            s = new Scratch(size);
            scratch.set(s);
        }
        s.reset();
        int groups = tokenCount(query);
        for (int g = 0; g < groups; g++) {
            s.keys.clear();
            tokenKeys(query, g, s.keys);
            if (s.keys.size == 0) {
                continue;
            }
            s.token++;
            int start = s.tokenHits.size;
            for (int k = 0; k < s.keys.size; k++) {
                long range = get(s.keys.keys[k]);
                int length = (int) range;
                // Key 0 is the token itself; a variant key (deletion, skeleton, phonetic) shared by very
                // many names selects nothing and only costs time.
                if (length == 0 || (k > 0 && length > MAX_VARIANT_POSTINGS)) {
                    continue;
                }
                int offset = (int) (range >>> 32);
                for (int p = offset; p < offset + length; p++) {
                    int id = postings[p];
                    if (s.seenToken[id] != s.token) {
                        s.seenToken[id] = s.token;
                        s.tokenHits.add(id);
                    }
                }
            }
            int df = s.tokenHits.size - start;
            if (df == 0) {
                continue;
            }
            // Rarity of this query token among the names: a shared rare word outweighs shared common ones.
            float idf = (float) Math.log(1.0 + (double) size / df);
            for (int i = start; i < s.tokenHits.size; i++) {
                int id = s.tokenHits.get(i);
                if (s.seenQuery[id] != s.query) {
                    s.seenQuery[id] = s.query;
                    s.acc[id] = 0;
                    s.touched.add(id);
                }
                s.acc[id] += idf;
            }
            s.tokenHits.size = start;
        }
        return top(s, limit, accept);
    }

    private static int[] top(Scratch s, int limit, IntPredicate accept) {
        // Partial selection: a small sorted array of the best `limit` ids.
        int[] best = new int[limit];
        float[] bestScore = new float[limit];
        int n = 0;
        for (int i = 0; i < s.touched.size; i++) {
            int id = s.touched.get(i);
            float a = s.acc[id];
            if (n == limit && a <= bestScore[n - 1]) {
                continue;
            }
            if (!accept.test(id)) {
                continue;
            }
            int pos = n < limit ? n++ : limit - 1;
            while (pos > 0 && bestScore[pos - 1] < a) {
                best[pos] = best[pos - 1];
                bestScore[pos] = bestScore[pos - 1];
                pos--;
            }
            best[pos] = id;
            bestScore[pos] = a;
        }
        return Arrays.copyOf(best, n);
    }

    static final class KeyBuffer {
        long[] keys = new long[32];
        int size;

        void add(long k) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = k;
        }

        void clear() {
            size = 0;
        }
    }

    private static final class Scratch {
        final float[] acc;
        final int[] seenQuery;
        final int[] seenToken;
        final IntList touched = new IntList();
        final IntList tokenHits = new IntList();
        final KeyBuffer keys = new KeyBuffer();
        int query;
        int token;

        Scratch(int size) {
            acc = new float[size];
            seenQuery = new int[size];
            seenToken = new int[size];
        }

        void reset() {
            query++;
            touched.size = 0;
            tokenHits.size = 0;
        }
    }

    static final class IntList {
        int[] a = new int[16];
        int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }
    }
}
