package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;

/**
 * ICU's {@code Latin-ASCII; Lower} for case-folded Latin text, one code point at a time from a table
 * that ICU itself fills. After step 1 the text is case-folded, and on lower-case letters ICU's
 * Latin-ASCII rules do not depend on their neighbours, so folding each code point alone gives what
 * the whole-string transliteration gives (a property test compares the two) at a fraction of the
 * cost: most names on lists and in payments are Latin, and a query must not pay for a rule engine.
 * A code point's entry is asked of ICU when first met: a run meets a few dozen of the table's 1,646
 * code points, and filling the whole table at once cost a batch of queries 50 ms.
 */
final class LatinFold {
    /** Blocks whose code points are looked up: Latin-1 to IPA, spacing modifiers and combining marks,
     *  phonetic extensions, Latin Extended Additional, general punctuation, Latin Extended-C/-D/-E. */
    private static final int[][] RANGES = {
        {0x0080, 0x036F}, {0x1D00, 0x1DFF}, {0x1E00, 0x1EFF}, {0x2000, 0x206F},
        {0x2C60, 0x2C7F}, {0xA720, 0xA7FF}, {0xAB30, 0xAB6F},
    };
    private static final int TABLE_END = 0xAB70;
    /** Each code point's fold once asked (null: not yet; {@link #NONE}: outside the table). */
    private static final String[] TABLE = new String[TABLE_END];
    private static final String NONE = new String("none");
    /** ICU, for the entries not asked yet; guarded by the class lock (a transliterator is not shared between threads). */
    private static Transliterator icu;

    private LatinFold() {
    }

    private static synchronized String entry(char c) {
        String known = TABLE[c];
        if (known != null) {
            return known;
        }
        String r = NONE;
        if (inTable(c)) {
            if (icu == null) {
                icu = Transliterator.getInstance("Latin-ASCII; Lower");
            }
            r = icu.transliterate(String.valueOf(c));
        }
        TABLE[c] = r;
        return r;
    }

    private static boolean inTable(char c) {
        if (!Character.isDefined(c) || Character.isSurrogate(c)) {
            return false;
        }
        for (int[] r : RANGES) {
            if (c >= r[0] && c <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The folded text, or null when it holds a code point outside the table (the caller asks ICU). */
    static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (c >= TABLE_END) {
                return null;
            }
            String r = TABLE[c];   // an entry once written is never changed: read without the lock
            if (r == null) {
                r = entry(c);
            }
            if (r == NONE) {
                return null;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            out.append(r);
        }
        return out == null ? text : out.toString();
    }
}
