package io.interdict.core.match.fuzzy;

/** Pure string similarities over normalised tokens. */
public final class TokenSimilarity {
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
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
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
}
