package io.interdict.core.names;

/**
 * ICU's {@code Latin-ASCII; Lower} for case-folded Latin text, one code point at a time from a table
 * of what ICU gives each code point alone ({@code latin-fold.tsv}, generated from ICU). After step 1 the
 * text is case-folded, and on lower-case letters ICU's Latin-ASCII rules do not depend on their
 * neighbours, so folding each code point alone gives what the whole-string transliteration gives (a
 * property test compares the two) at a fraction of the cost: most names on lists and in payments are
 * Latin, and a query must not pay for a rule engine, nor its first one for building ICU's rules (60-100 ms
 * of CPU): the table, 1,646 code points, loads in about a millisecond.
 */
final class LatinFold {
    private static final int TABLE_END = 0xAB70;
    /** Each code point's fold; null outside the table. */
    private static final String[] TABLE = load();

    private LatinFold() {
    }

    private static String[] load() {
        String[] table = new String[TABLE_END];
        for (String[] row : HexTables.read("latin-fold.tsv")) {
            table[Integer.parseInt(row[0], 16)] = HexTables.text(row[1]);
        }
        return table;
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
