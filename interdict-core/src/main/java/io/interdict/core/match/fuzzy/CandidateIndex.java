package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Token-keyed inverted index over prepared names, built once per snapshot (see
 * docs/adr/0001-candidate-index.md). Each distinctive token is posted under its exact text and its
 * one-deletion variants (a symmetric-deletion index: two tokens one edit apart share a key), its
 * transliteration skeleton and its phonetic code; adjacent token pairs are also posted glued, so
 * "Tik Tok" finds "TikTok" and back. A query touches only the postings of its own keys, weighted by
 * rarity, and returns the best few names for full scoring: its cost depends on how common the
 * query's words are, not on the size of the list.
 */
public final class CandidateIndex {
    /** Tokens shorter than this are posted exactly, without deletion variants ("al", "li" would match everything). */
    static final int MIN_DELETE_LENGTH = 4;

    private final Map<String, int[]> postings;
    private final int size;

    private CandidateIndex(Map<String, int[]> postings, int size) {
        this.postings = postings;
        this.size = size;
    }

    public static CandidateIndex build(List<ScoringName> names) {
        Map<String, IntList> tmp = new HashMap<>(names.size() * 8);
        for (int id = 0; id < names.size(); id++) {
            for (String key : keys(names.get(id))) {
                IntList l = tmp.computeIfAbsent(key, k -> new IntList());
                if (l.size == 0 || l.last() != id) {
                    l.add(id);
                }
            }
        }
        Map<String, int[]> out = new HashMap<>(tmp.size() * 4 / 3 + 1);
        for (Map.Entry<String, IntList> e : tmp.entrySet()) {
            out.put(e.getKey(), e.getValue().toArray());
        }
        return new CandidateIndex(out, names.size());
    }

    public int size() {
        return size;
    }

    public int keyCount() {
        return postings.size();
    }

    /** Index keys of a name, per token; the same function serves queries (one list per token). */
    static List<String> keys(ScoringName n) {
        List<String> out = new ArrayList<>();
        for (List<String> perToken : tokenKeys(n)) {
            out.addAll(perToken);
        }
        return out;
    }

    /** The keys of each distinctive token (and of each glued adjacent pair), one list per token. */
    static List<List<String>> tokenKeys(ScoringName n) {
        List<List<String>> out = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < n.size(); i++) {
            any |= indexed(n.kind[i]);
        }
        for (int i = 0; i < n.size(); i++) {
            // Names of only particles, initials or numbers are posted by those tokens.
            if (any ? !indexed(n.kind[i]) : n.kind[i] == TokenKind.INITIAL && n.size() > 1) {
                continue;
            }
            List<String> keys = new ArrayList<>(n.text[i].length() + 3);
            deletions(n.text[i], keys);
            keys.add("~" + n.skeleton[i]);
            if (n.phonetic[i] != null) {
                keys.add("#" + n.phonetic[i]);
            }
            out.add(keys);
        }
        for (int i = 0; i + 1 < n.size(); i++) {
            if (n.kind[i] != TokenKind.NUMBER && n.kind[i + 1] != TokenKind.NUMBER) {
                List<String> keys = new ArrayList<>();
                deletions(n.text[i] + n.text[i + 1], keys);
                out.add(keys);
            }
        }
        return out;
    }

    private static boolean indexed(TokenKind k) {
        return k == TokenKind.WORD || k == TokenKind.GENERIC;
    }

    /** "-t" and, for tokens of MIN_DELETE_LENGTH+, "-" + t with one character deleted. */
    private static void deletions(String t, List<String> keys) {
        keys.add("-" + t);
        if (t.length() < MIN_DELETE_LENGTH) {
            return;
        }
        for (int i = 0; i < t.length(); i++) {
            if (i > 0 && t.charAt(i) == t.charAt(i - 1)) {
                continue;   // deleting either letter of a double gives the same variant
            }
            keys.add("-" + t.substring(0, i) + t.substring(i + 1));
        }
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
        for (List<String> keys : tokenKeys(query)) {
            s.token++;
            int start = s.touchedTokenStart();
            for (String k : keys) {
                int[] p = postings.get(k);
                if (p == null) {
                    continue;
                }
                for (int id : p) {
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

    private static final class Scratch {
        final float[] acc;
        final int[] seenQuery;
        final int[] seenToken;
        final IntList touched = new IntList();
        final IntList tokenHits = new IntList();
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

        int touchedTokenStart() {
            return tokenHits.size;
        }
    }

    static final class IntList {
        int[] a = new int[4];
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

        int last() {
            return a[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
