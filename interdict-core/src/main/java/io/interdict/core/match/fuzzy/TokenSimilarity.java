package io.interdict.core.match.fuzzy;

/** Pure string similarities over normalised tokens. */
public final class TokenSimilarity {
    // Reused rows: scoring runs the distance tens of times per candidate.
    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][]{new int[64], new int[64], new int[64]});

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

    /** {@link #editRatio} when it is at least {@code floor}, else 0 (computed within a band). */
    static double editRatioAtLeast(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        int max = Math.max(a.length(), b.length());
        int k = (int) Math.floor((1.0 - floor) * max + 1e-9);
        int d = osaWithin(a, b, k);
        return d > k ? 0.0 : 1.0 - (double) d / max;
    }
}
