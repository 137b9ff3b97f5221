package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;

/**
 * ICU's {@code Latin-ASCII; Lower} for case-folded Latin text, one code point at a time from a table
 * that ICU itself fills once. After step 1 the text is case-folded, and on lower-case letters ICU's
 * Latin-ASCII rules do not depend on their neighbours, so folding each code point alone gives what
 * the whole-string transliteration gives (a property test compares the two) at a fraction of the
 * cost: most names on lists and in payments are Latin, and a query must not pay for a rule engine.
 */
final class LatinFold {
    /** Blocks whose code points are looked up: Latin-1 to IPA, spacing modifiers and combining marks,
     *  phonetic extensions, Latin Extended Additional, general punctuation, Latin Extended-C/-D/-E. */
    private static final int[][] RANGES = {
        {0x0080, 0x036F}, {0x1D00, 0x1DFF}, {0x1E00, 0x1EFF}, {0x2000, 0x206F},
        {0x2C60, 0x2C7F}, {0xA720, 0xA7FF}, {0xAB30, 0xAB6F},
    };
    private static final int TABLE_END = 0xAB70;
    private static final String[] TABLE = table();

    private LatinFold() {
    }

    private static String[] table() {
        Transliterator t = Transliterator.getInstance("Latin-ASCII; Lower");
        String[] out = new String[TABLE_END];
        for (int[] r : RANGES) {
            for (int cp = r[0]; cp <= r[1]; cp++) {
                if (Character.isDefined(cp) && !Character.isSurrogate((char) cp)) {
                    out[cp] = t.transliterate(String.valueOf((char) cp));
                }
            }
        }
        return out;
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
            String r = c < TABLE_END ? TABLE[c] : null;
            if (r == null) {
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
