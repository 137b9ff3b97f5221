package io.interdict.core.names;

/**
 * ICU's {@link Transliterate#ANY_ASCII_ID} (BGN/PCGN for Russian) for a word of the basic Cyrillic letters (U+0430 to
 * U+045F), from a table generated from ICU ({@code cyrillic-fold.tsv}, by {@code CyrillicFoldTableGenerator}): each
 * letter as ICU reads it at the start of a word, and, where it differs, as ICU reads it after a given letter ("е" is
 * "ye" at the start and after a vowel, "e" after a consonant; "тс" is "t·s"). Where some vowels meet, ICU's rules
 * look further back ("аее" is "ayee"): a word holding one of the 17 pairs the generator finds there (е, ё or э before
 * е, ё, э or ы; ы before а, е, у, ы or ё: "андреевич") goes to ICU whole; the generator checks every three-letter
 * word against ICU and a property test longer ones. What it saves: most Russian names no longer build ICU's transliterators (100-200 ms of CPU on the
 * first non-Latin name of a process) nor run its rule engine.
 */
final class CyrillicFold {
    static final char FIRST = '\u0430';
    static final char LAST = '\u045F';
    private CyrillicFold() {
    }

    /** The table, read when the first word is folded (the generator uses this class before the table exists). */
    private static final class Table {
        static final int SIZE = LAST - FIRST + 1;
        static final String[] ALONE = new String[SIZE];
        /** After the letter of the row, the reading of the letter of the column; null where it reads as alone. */
        static final String[][] AFTER = new String[SIZE][SIZE];
        /** The pairs where ICU looks further back: a word holding one goes to ICU. */
        static final boolean[][] FURTHER = new boolean[SIZE][SIZE];

        static {
            for (String[] f : HexTables.read("cyrillic-fold.tsv")) {
                switch (f[0]) {
                    case "A" -> ALONE[Integer.parseInt(f[1], 16) - FIRST] = HexTables.text(f[2]);
                    case "P" -> AFTER[Integer.parseInt(f[1], 0, 4, 16) - FIRST][Integer.parseInt(f[1], 5, 9, 16) - FIRST] =
                            HexTables.text(f[2]);
                    case "X" -> FURTHER[Integer.parseInt(f[1], 0, 4, 16) - FIRST][Integer.parseInt(f[1], 5, 9, 16) - FIRST] = true;
                    default -> throw new IllegalStateException("cyrillic-fold.tsv: unknown line " + String.join("\t", f));
                }
            }
        }
    }

    /** Whether the word is of the basic Cyrillic letters only (those the table reads). */
    static boolean isBasic(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < FIRST || c > LAST || Table.ALONE[c - FIRST] == null) {
                return false;
            }
        }
        return true;
    }

    /** The word's reading, or null when it is not of the basic letters or holds a pair where ICU looks further back. */
    static String fold(String word) {
        if (!isBasic(word)) {
            return null;
        }
        StringBuilder out = new StringBuilder(word.length() + 4);
        char prev = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (prev == 0) {
                out.append(Table.ALONE[c - FIRST]);
            } else {
                if (Table.FURTHER[prev - FIRST][c - FIRST]) {
                    return null;
                }
                String after = Table.AFTER[prev - FIRST][c - FIRST];
                out.append(after != null ? after : Table.ALONE[c - FIRST]);
            }
            prev = c;
        }
        return out.toString();
    }
}
