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
        try (java.io.InputStream in = LatinFold.class.getResourceAsStream("latin-fold.tsv")) {
            if (in == null) {
                throw new IllegalStateException("latin-fold.tsv missing from the classpath");
            }
            java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.US_ASCII));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int tab = line.indexOf('\t');
                StringBuilder fold = new StringBuilder();
                for (int i = tab + 1; i < line.length(); i += 5) {
                    fold.append((char) Integer.parseInt(line, i, i + 4, 16));
                }
                table[Integer.parseInt(line, 0, tab, 16)] = fold.toString();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
