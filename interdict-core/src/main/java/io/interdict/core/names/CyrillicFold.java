package io.interdict.core.names;

/**
 * ICU's {@link Transliterate#ANY_ASCII_ID} (BGN/PCGN for Russian) for a word of the basic Cyrillic letters (U+0430 to
 * U+045F), from a table generated from ICU ({@code cyrillic-fold.tsv}, by {@code CyrillicFoldTableGenerator}): each
 * letter as ICU reads it at the start of a word, and, where it differs, as ICU reads it after a given letter ("е" is
 * "ye" at the start and after a vowel, "e" after a consonant; "тс" is "t·s"). Where some vowels meet, ICU's rules
 * look further back ("аее" is "ayee"): in the 17 pairs the generator finds there (е, ё or э before е, ё, э or ы; ы
 * before а, е, у, ы or ё: "андреевич", "алексеев", common in patronymics) the second letter is read by the letter
 * before the pair too, from what ICU gives the three (1,215 triples); a word holding a triple the generator could not
 * confirm on every word of up to four letters goes to ICU whole. The generator checks every three-letter word and
 * every word of up to four letters holding such a pair against ICU, a property test longer ones. The modifier apostrophe "ʼ" of Ukrainian and Belarusian names
 * ("марʼяна", "демʼянчук") is a letter to ICU (BGN/PCGN's "ё" after it reads "e", as after a consonant), so it is read
 * here as one more letter, checked like the others (not at the start of a word); so are the ASCII letters a Cyrillic
 * word is now and then typed with ("васовa", its last letter Latin), which ICU's BGN/PCGN rules read as letters too.
 * What it saves: most Russian names no longer build ICU's transliterators (100-200 ms of CPU on the
 * first non-Latin name of a process) nor run its rule engine.
 */
final class CyrillicFold {
    static final char FIRST = '\u0430';
    static final char LAST = '\u045F';
    /** The modifier apostrophe of Ukrainian and Belarusian ("марʼяна"), a letter to ICU: read with the letters, at the
     *  table's last index. */
    static final char APOSTROPHE = '\u02BC';
    private CyrillicFold() {
    }

    /** The table, read when the first word is folded (the generator uses this class before the table exists). */
    private static final class Table {
        static final int SIZE = LAST - FIRST + 2 + 26;
        static final String[] ALONE = new String[SIZE];
        /** After the letter of the row, the reading of the letter of the column; null where it reads as alone. */
        static final String[][] AFTER = new String[SIZE][SIZE];
        /** The pairs where ICU looks further back: their second letter is read by the two letters before it
         *  ({@link #TRIPLES}), and a word holding one whose triple the table lacks goes to ICU. */
        static final boolean[][] FURTHER = new boolean[SIZE][SIZE];
        /** For a pair of {@link #FURTHER}, what ICU adds for its second letter after the letter before the pair (or at
         *  the word's start, {@link #START}), by {@link #tripleKey}; a triple not here goes to ICU. */
        static final java.util.Map<Integer, String> TRIPLES = new java.util.HashMap<>();

        static {
            for (String[] f : HexTables.read("cyrillic-fold.tsv")) {
                switch (f[0]) {
                    case "A" -> ALONE[index((char) Integer.parseInt(f[1], 16))] = HexTables.text(f[2]);
                    case "P" -> AFTER[index((char) Integer.parseInt(f[1], 0, 4, 16))][index((char) Integer.parseInt(f[1], 5, 9, 16))] =
                            HexTables.text(f[2]);
                    case "X" -> FURTHER[index((char) Integer.parseInt(f[1], 0, 4, 16))][index((char) Integer.parseInt(f[1], 5, 9, 16))] = true;
                    case "T" -> {
                        int x = f[1].charAt(0) == '^' ? START : index((char) Integer.parseInt(f[1], 0, 4, 16));
                        int at = f[1].charAt(0) == '^' ? 2 : 5;
                        TRIPLES.put(tripleKey(x, index((char) Integer.parseInt(f[1], at, at + 4, 16)),
                                index((char) Integer.parseInt(f[1], at + 5, at + 9, 16))), HexTables.text(f[2]));
                    }
                    default -> throw new IllegalStateException("cyrillic-fold.tsv: unknown line " + String.join("\t", f));
                }
            }
        }
    }

    /** Where a triple's first letter stands for the start of the word. */
    static final int START = LAST - FIRST + 2 + 26;

    /** The key of a triple: the letter before the pair (or {@link #START}), the pair's two letters. */
    static int tripleKey(int before, int first, int second) {
        return (before * (START + 1) + first) * (START + 1) + second;
    }

    /** The letter's index in the table: its offset from {@link #FIRST}, then the apostrophe, then the ASCII letters; -1
     *  for another character. */
    static int index(char c) {
        return c >= FIRST && c <= LAST ? c - FIRST : c == APOSTROPHE ? LAST - FIRST + 1 : c >= 'a' && c <= 'z' ? LAST - FIRST + 2 + c - 'a' : -1;
    }

    /** Whether the word is of the letters the table reads (the basic Cyrillic letters, the apostrophe, ASCII letters),
     *  with a Cyrillic letter first. */
    static boolean isBasic(String word) {
        if (word.isEmpty() || word.charAt(0) < FIRST || word.charAt(0) > LAST) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            int x = index(word.charAt(i));
            if (x < 0 || Table.ALONE[x] == null) {
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
        int before = START;
        int prev = -1;
        for (int i = 0; i < word.length(); i++) {
            int c = index(word.charAt(i));
            if (prev < 0) {
                out.append(Table.ALONE[c]);
            } else if (Table.FURTHER[prev][c]) {
                String read = Table.TRIPLES.get(tripleKey(before, prev, c));
                if (read == null) {
                    return null;   // ICU looks further back still
                }
                out.append(read);
            } else {
                String after = Table.AFTER[prev][c];
                out.append(after != null ? after : Table.ALONE[c]);
            }
            before = prev < 0 ? START : prev;
            prev = c;
        }
        return out.toString();
    }
}
