package io.interdict.core.names;

/**
 * ICU's {@link Transliterate#ANY_ASCII_ID} for a word of Hangul syllables, from a table generated from ICU
 * ({@code hangul-fold.tsv}, by {@code HangulFoldTableGenerator}): ICU reads a syllable as its initial consonant,
 * vowel and final consonant one after the other, and puts a hyphen between two syllables where the letters could
 * otherwise be read across the boundary, which depends on the first's final and the second's initial ("sin-a"),
 * and between two vowels on the vowels ("ae-e"). Where three or more vowels meet across silent initials ("오에의")
 * ICU looks further, and such a word goes to ICU whole (a property test compares the two). What it saves: a Korean
 * name no longer builds ICU's transliterators (100-200 ms of CPU on the first non-Latin name of a process).
 */
final class HangulFold {
    static final int INITIALS = 19;
    static final int VOWELS = 21;
    static final int FINALS = 28;
    /** The initial ㅇ, silent before a vowel. */
    static final int SILENT = 11;
    private static final char FIRST = '\uAC00';
    private static final char LAST = '\uD7A3';

    /** The table, read when the first word is folded (the generator uses this class before the table exists). */
    private static final class Table {
        static final String[] INITIAL = new String[INITIALS];
        static final String[] VOWEL = new String[VOWELS];
        static final String[] FINAL = new String[FINALS];
        /** What goes between a final (row) and the next initial (column); "" when nothing. */
        static final String[][] BETWEEN = new String[FINALS][INITIALS];
        /** What goes between the vowel of an open syllable (row) and that of one with a silent initial (column). */
        static final String[][] BETWEEN_VOWELS = new String[VOWELS][VOWELS];

        static {
            for (String[] row : BETWEEN) {
                java.util.Arrays.fill(row, "");
            }
            for (String[] row : BETWEEN_VOWELS) {
                java.util.Arrays.fill(row, "");
            }
            for (String[] f : HexTables.read("hangul-fold.tsv")) {
                String r = HexTables.text(f[2]);
                switch (f[0]) {
                    case "I" -> INITIAL[Integer.parseInt(f[1])] = r;
                    case "M" -> VOWEL[Integer.parseInt(f[1])] = r;
                    case "F" -> FINAL[Integer.parseInt(f[1])] = r;
                    case "B" -> BETWEEN[Integer.parseInt(f[1], 0, 2, 10)][Integer.parseInt(f[1], 3, 5, 10)] = r;
                    case "V" -> BETWEEN_VOWELS[Integer.parseInt(f[1], 0, 2, 10)][Integer.parseInt(f[1], 3, 5, 10)] = r;
                    default -> throw new IllegalStateException("hangul-fold.tsv: unknown line " + String.join("\t", f));
                }
            }
        }
    }

    private HangulFold() {
    }

    /** Whether every character of the non-empty word is a Hangul syllable. */
    static boolean isSyllables(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < FIRST || c > LAST) {
                return false;
            }
        }
        return true;
    }

    /** The word's reading, or null when it is not all Hangul syllables or three vowels meet (ICU reads it). */
    static String fold(String word) {
        if (!isSyllables(word)) {
            return null;
        }
        StringBuilder out = new StringBuilder(word.length() * 4);
        int lastFinal = -1;
        int lastVowel = -1;
        boolean vowelsMet = false;
        for (int i = 0; i < word.length(); i++) {
            int s = word.charAt(i) - FIRST;
            int l = s / (VOWELS * FINALS);
            int v = s / FINALS % VOWELS;
            int t = s % FINALS;
            if (lastFinal >= 0) {
                boolean vowels = lastFinal == 0 && l == SILENT;
                if (vowels && vowelsMet) {
                    return null;
                }
                vowelsMet = vowels;
                out.append(vowels ? Table.BETWEEN_VOWELS[lastVowel][v] : Table.BETWEEN[lastFinal][l]);
            }
            out.append(Table.INITIAL[l]).append(Table.VOWEL[v]).append(Table.FINAL[t]);
            lastFinal = t;
            lastVowel = v;
        }
        return out.toString();
    }

    /** The syllable of these parts (indexes as in Unicode's composition of Hangul syllables). */
    static String syllable(int initial, int vowel, int fin) {
        return String.valueOf((char) (FIRST + (initial * VOWELS + vowel) * FINALS + fin));
    }
}
