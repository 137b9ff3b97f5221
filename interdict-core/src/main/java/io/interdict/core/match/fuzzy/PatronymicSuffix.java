package io.interdict.core.match.fuzzy;

/**
 * The Slavic patronymic suffix "son of" is one suffix in many spellings: Russian -ovich, Polish -owicz, German and
 * Yiddish -owitz, Serbo-Croatian -ović (-ovic), Hungarian -ovics (Abramovich, Abramowicz, Abramowitz). Two words with
 * the same stem and the suffix in two spellings are one family name ("Rabinovich" ~ "Rabinowitz"), not a different
 * word, however many letters the spellings differ in.
 */
final class PatronymicSuffix {
    private static final String[] ENDINGS = {"tch", "ch", "cz", "tz", "cs", "c", "ts"};

    private PatronymicSuffix() {
    }

    /** Whether both words end in the suffix, spelt any way, after the same stem. */
    static boolean sameName(String x, String y) {
        int sx = suffixStart(x);
        int sy = suffixStart(y);
        return sx > 1 && sy > 1 && sx == sy && x.regionMatches(0, y, 0, sx);
    }

    /** Where "ov"/"ow"/"ev"/"ew" + "i" + an ending starts, or -1. */
    static int suffixStart(String w) {
        for (String e : ENDINGS) {
            int k = w.length() - e.length() - 3;
            if (k >= 0 && w.endsWith(e) && w.charAt(k + 2) == 'i'
                    && (w.charAt(k) == 'o' || w.charAt(k) == 'e') && (w.charAt(k + 1) == 'v' || w.charAt(k + 1) == 'w')) {
                return k;
            }
        }
        return -1;
    }
}
