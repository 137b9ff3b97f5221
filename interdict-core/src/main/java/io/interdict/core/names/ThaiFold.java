package io.interdict.core.names;

/**
 * ICU's {@link Transliterate#ANY_ASCII_ID} for a run of Thai, as {@link Transliterate} reads it (syllable breaks
 * removed), letter by letter from a table generated from ICU ({@code thai-fold.tsv}, by {@code ThaiFoldTableGenerator}).
 * ICU's Thai-Latin breaks the run into words with its dictionary, moves each leading vowel (เ แ โ ใ ไ) after the letter
 * it precedes in writing ("เก" "ke"), then reads every letter alone (ThaiLogical-Latin has no context), and its
 * Latin-ASCII drops the marks it writes on those letters (the tone marks, the vowels' dots and macrons); the spaces
 * its word breaks leave are what the pipeline removes. So the reading of a run is its letters' readings one after
 * another, with each leading vowel's after the consonant that follows it; the word breaks could only matter where one
 * fell between a leading vowel and its consonant, or between a consonant and its marks, which the property tests
 * (random words of Thai syllable shapes, every name of a screening benchmark written in Thai) never found. The table
 * reads the consonants, the vowels and the tone marks: a leading vowel not followed by a consonant, a mark not after
 * a consonant or after a mark of a higher combining class (ICU would reorder them), digits, signs and ๆ send the run to
 * ICU. After ษ, whose reading ends in a modifier prime, Latin-ASCII keeps a tone mark or the thanthakhat: those pairs
 * are read as ICU reads them ("รักษ์"). What it saves: a batch with a Thai name no longer builds ICU's
 * transliterators (0.15-0.45 s of CPU in a cold process: in 20,000 names of a screening benchmark's negatives, its 34
 * Thai names were, with one Cyrillic word typed with a Latin letter, the last that still did; now none does).
 */
final class ThaiFold {
    static final char FIRST = '\u0E01';
    static final char LAST = '\u0E4D';
    static final int SIZE = LAST - FIRST + 1;

    private ThaiFold() {
    }

    /** The table, read when the first run is folded (the generator builds its own readings). */
    private static final class Loaded {
        static final String[] READING = new String[SIZE];
        static final String[][] AFTER = new String[SIZE][SIZE];
        static final boolean[][] FURTHER = new boolean[SIZE][SIZE];

        static {
            for (String[] f : HexTables.read("thai-fold.tsv")) {
                switch (f[0]) {
                    case "P" -> AFTER[Integer.parseInt(f[1], 0, 4, 16) - FIRST][Integer.parseInt(f[1], 5, 9, 16) - FIRST] = HexTables.text(f[2]);
                    case "X" -> FURTHER[Integer.parseInt(f[1], 0, 4, 16) - FIRST][Integer.parseInt(f[1], 5, 9, 16) - FIRST] = true;
                    default -> READING[Integer.parseInt(f[0], 16) - FIRST] = HexTables.text(f[1]);
                }
            }
        }
    }

    /** The consonants. */
    static boolean consonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    /** The leading vowels, written before the consonant they follow in speech. */
    static boolean leading(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /** The combining vowels and marks (above and below a consonant). */
    static boolean mark(char c) {
        return c == '\u0E31' || c >= '\u0E34' && c <= '\u0E39' || c >= '\u0E47' && c <= '\u0E4D';
    }

    /** The letters the table may read: consonants, vowels, tone marks (not ฯ, ๆ, the digits, the signs). */
    static boolean inTable(char c) {
        return consonant(c) || leading(c) || mark(c) || c == '\u0E30' || c == '\u0E32' || c == '\u0E33' || c == '\u0E45';
    }

    /** The run's reading without ICU's syllable breaks, or null when the table cannot tell (ICU reads it). */
    static String fold(String run) {
        return read(run, Loaded.READING, Loaded.AFTER, Loaded.FURTHER);
    }

    /** The run read by these readings (by letter, from {@link #FIRST}), or null; after: a mark's reading after a
     *  consonant where it differs (after ษ, whose reading ends in a modifier prime, Latin-ASCII keeps a tone mark);
     *  further: the consonants and marks ICU reads otherwise side by side. */
    static String read(String run, String[] reading, String[][] after, boolean[][] further) {
        int n = run.length();
        if (n == 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(n * 2);
        boolean kept = false;   // the last letter was a mark Latin-ASCII keeps (after ษ)
        for (int i = 0; i < n; i++) {
            char c = run.charAt(i);
            if (c < FIRST || c > LAST || !inTable(c) || reading[c - FIRST] == null) {
                return null;
            }
            if (mark(c)) {
                // In ICU's logical order: after a leading vowel moved after its consonant, a mark follows the vowel.
                char before = i > 1 && leading(run.charAt(i - 2)) ? run.charAt(i - 2) : i > 0 ? run.charAt(i - 1) : 0;
                int combining = com.ibm.icu.lang.UCharacter.getCombiningClass(c);
                boolean ordered = mark(before) && (combining == 0 || com.ibm.icu.lang.UCharacter.getCombiningClass(before) <= combining);
                if (consonant(before) ? further[before - FIRST][c - FIRST] : !leading(before) && (!ordered || kept)) {
                    return null;   // a mark on no consonant, out of canonical order (ICU reorders them), or after a kept one
                }
                String a = consonant(before) ? after[before - FIRST][c - FIRST] : null;
                if (a != null) {
                    out.append(a);
                    kept = true;
                    continue;
                }
            }
            kept = false;
            if (leading(c)) {
                char next = i + 1 < n ? run.charAt(i + 1) : 0;
                if (!consonant(next) || reading[next - FIRST] == null) {
                    return null;
                }
                out.append(reading[next - FIRST]).append(reading[c - FIRST]);
                i++;
            } else {
                out.append(reading[c - FIRST]);
            }
        }
        return Transliterate.SYLLABLE_BREAKS.matcher(out).replaceAll("");
    }
}
