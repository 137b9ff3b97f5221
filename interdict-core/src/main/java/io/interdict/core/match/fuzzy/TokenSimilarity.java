package io.interdict.core.match.fuzzy;

/** Pure string similarities over normalised tokens. */
public final class TokenSimilarity {
    // Reused rows: scoring runs the distance tens of times per candidate.
    private static final PerThread<int[][]> ROWS = PerThread.withInitial(() -> new int[][]{new int[64], new int[64], new int[64]});

    private TokenSimilarity() {
    }

    /**
     * 1 - (optimal-string-alignment edit distance / longer length): substitutions, insertions,
     * deletions and adjacent transpositions cost 1 ("marcon" ~ "macron" = 0.83, "pulin" ~ "putin" = 0.8).
     */
    public static double editRatio(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        int max = Math.max(la, lb);
        if (max == 0) {
            return 1.0;
        }
        return 1.0 - (double) osa(a, b) / max;
    }

    /** Optimal string alignment distance (restricted Damerau-Levenshtein). */
    static int osa(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0) {
            return lb;
        }
        if (lb == 0) {
            return la;
        }
        int[][] rows = ROWS.get();
        if (rows[0].length <= lb) {
            rows = new int[][]{new int[lb * 2 + 1], new int[lb * 2 + 1], new int[lb * 2 + 1]};
            ROWS.set(rows);
        }
        int[] prev2 = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb];
    }

    /**
     * The optimal string alignment distance if it is at most {@code k}, else {@code k + 1}: only the
     * diagonal band of width 2k+1 is computed, and the loop stops once a whole row exceeds k.
     */
    static int osaWithin(String a, String b, int k) {
        int la = a.length();
        int lb = b.length();
        int inf = k + 1;
        if (Math.abs(la - lb) > k) {
            return inf;
        }
        if (la == 0 || lb == 0) {
            return Math.min(inf, Math.max(la, lb));
        }
        if (k <= 1) {
            return Math.min(inf, la == lb ? withinOneSameLength(a, b) : la < lb ? withinOneLonger(a, b) : withinOneLonger(b, a));
        }
        int d = la <= lb ? osaBits(a, b) : osaBits(b, a);
        if (d >= 0) {
            return Math.min(d, inf);
        }
        return osaBand(a, b, k);
    }

    /** The distance of two words of the same length when it is 0 or 1 (one substitution, or two adjacent letters
     *  swapped), else 2: the check most rules ask for ("is this a typo?"), without a matrix. */
    private static int withinOneSameLength(String a, String b) {
        int n = a.length();
        int p = 0;
        while (p < n && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        if (p == n) {
            return 0;
        }
        if (a.regionMatches(p + 1, b, p + 1, n - p - 1)) {
            return 1;
        }
        return p + 1 < n && a.charAt(p) == b.charAt(p + 1) && a.charAt(p + 1) == b.charAt(p)
                && a.regionMatches(p + 2, b, p + 2, n - p - 2) ? 1 : 2;
    }

    /** The distance of a word and one a letter longer when it is 1 (one letter inserted), else 2. */
    private static int withinOneLonger(String shorter, String longer) {
        int n = shorter.length();
        int p = 0;
        while (p < n && shorter.charAt(p) == longer.charAt(p)) {
            p++;
        }
        return shorter.regionMatches(p, longer, p + 1, n - p) ? 1 : 2;
    }

    private static final PerThread<long[]> PEQ = PerThread.withInitial(() -> new long[128]);

    /**
     * The optimal string alignment distance by Hyyrö's bit-vector algorithm (2003): one machine word
     * holds a column of the distance matrix as vertical deltas, so each character of the text costs a
     * dozen word operations whatever the pattern's length. -1 when the pattern is longer than 64 or a
     * character is outside ASCII (the caller falls back to the banded matrix).
     */
    static int osaBits(String pattern, String text) {
        int m = pattern.length();
        if (m > 64) {
            return -1;
        }
        long[] peq = PEQ.get();
        int i = 0;
        for (; i < m; i++) {
            char c = pattern.charAt(i);
            if (c >= 128) {
                break;
            }
            peq[c] |= 1L << i;
        }
        int d = -1;
        if (i == m) {
            d = osaBits(peq, m, text);
        }
        for (int j = 0; j < i; j++) {
            peq[pattern.charAt(j)] = 0;
        }
        return d;
    }

    private static int osaBits(long[] peq, int m, String text) {
        long last = 1L << (m - 1);
        long vp = m == 64 ? -1L : (1L << m) - 1;
        long vn = 0;
        long d0 = 0;
        long pmPrev = 0;
        int score = m;
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c >= 128) {
                return -1;
            }
            long pm = peq[c];
            long tr = (((~d0) & pm) << 1) & pmPrev;
            d0 = (((pm & vp) + vp) ^ vp) | pm | vn | tr;
            long hp = vn | ~(d0 | vp);
            long hn = vp & d0;
            if ((hp & last) != 0) {
                score++;
            } else if ((hn & last) != 0) {
                score--;
            }
            long x = (hp << 1) | 1;
            vn = x & d0;
            vp = (hn << 1) | ~(x | d0);
            pmPrev = pm;
        }
        return score;
    }

    /** The banded matrix form of {@link #osaWithin}: only the diagonal band of width 2k+1, stopping once a row exceeds k. */
    static int osaBand(String a, String b, int k) {
        int la = a.length();
        int lb = b.length();
        int inf = k + 1;
        int[][] rows = ROWS.get();
        if (rows[0].length <= lb + 1) {
            rows = new int[][]{new int[lb * 2 + 2], new int[lb * 2 + 2], new int[lb * 2 + 2]};
            ROWS.set(rows);
        }
        int[] prev2 = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j <= k ? j : inf;
        }
        for (int i = 1; i <= la; i++) {
            int lo = Math.max(1, i - k);
            int hi = Math.min(lb, i + k);
            cur[0] = i <= k ? i : inf;
            cur[lo - 1] = lo == 1 ? cur[0] : inf;
            int rowMin = lo == 1 ? cur[0] : inf;
            char ca = a.charAt(i - 1);
            for (int j = lo; j <= hi; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                v = Math.min(v, inf);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (hi < lb) {
                cur[hi + 1] = inf;
            }
            if (rowMin > k) {
                return inf;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], inf);
    }

    /**
     * The set of characters of a token as bits: a-z, 0-9, and one bit for anything else. Two tokens
     * whose sets differ by c characters on one side are at least c edits apart (each edit adds or
     * removes at most one character on each side), which rejects most token pairs without a distance.
     */
    static long letters(String t) {
        long m = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            m |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 63);
        }
        return m;
    }

    /** A lower bound of the edit distance between tokens with these {@link #letters} sets. */
    static int lettersApart(long a, long b) {
        return Math.max(Long.bitCount(a & ~b), Long.bitCount(b & ~a));
    }

    /** {@link #osaWithin(String, String, int)}, first rejected by the letter sets when they are too far apart. */
    static int osaWithin(String a, long lettersA, String b, long lettersB, int k) {
        return lettersApart(lettersA, lettersB) > k ? k + 1 : osaWithin(a, b, k);
    }

    /**
     * {@link #editRatio} when it is at least {@code floor}, else 0: computed within a band, after the
     * {@link #letters} sets have had their chance to reject the pair.
     */
    static double editRatioAtLeast(String a, long lettersA, String b, long lettersB, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        int max = Math.max(a.length(), b.length());
        int k = floorToInt((1.0 - floor) * max + 1e-9);
        int d = osaWithin(a, lettersA, b, lettersB, k);
        return d > k ? 0.0 : 1.0 - (double) d / max;
    }

    /** {@code (int) Math.floor(x)}; a cast for the non-negative edit budgets scoring asks for (the client compiler calls floor out of line). */
    static int floorToInt(double x) {
        return x >= 0 ? (int) x : (int) Math.floor(x);
    }
}
