package io.interdict.core.names;

/**
 * ICU's {@link Transliterate#ANY_ASCII_ID} for a word of Devanagari, read syllable by syllable from a table generated
 * from ICU ({@code devanagari-fold.tsv}, by {@code DevanagariFoldTableGenerator}). ICU's Devanagari-Latin (through its
 * InterIndic rules) reads a consonant with its inherent vowel ("क" "ka"), without it before a vowel sign ("कि" "ki") or
 * a virama ("क्" "k"), a vowel sign alone at the start of a word with a mark ("ि" "̔i"), the anusvara by the consonant
 * after it ("संत" "santa", "संप" "sampa", at the end "m"), and it writes an apostrophe where a letter after a vowel
 * would otherwise read as one with it ("कई" "ka'i", "क्ह" "k'ha"). So the table holds, for each consonant (and each
 * consonant with a nukta, "ज़" "za"), its reading alone, before a vowel sign and before a virama; each vowel sign's and
 * independent vowel's reading (the vowel's also after a vowel); each sign's (anusvara, candrabindu, visarga); whether
 * each reading ends as a vowel for a following independent vowel; and where a reading depends on the letter that
 * follows, that reading. Pairs of letters ICU reads otherwise, as the generator finds them by comparing every
 * syllable before every letter with ICU (the candrabindu before the anusvara), send a word to ICU whole, as does any
 * letter outside the table (digits, the om sign, a virama without its consonant); a property test compares
 * words of random syllables with ICU. What it saves: names in Devanagari (Hindi and Nepali: 400 distinct words in
 * 20,000 names of a screening benchmark's negatives) no longer build ICU's transliterators, whose first use costs a
 * cold process 0.15-0.45 s of CPU, nor run its rule engine.
 */
final class DevanagariFold {
    static final char FIRST = '\u0900';
    static final char LAST = '\u097F';
    static final char NUKTA = '\u093C';
    static final char VIRAMA = '\u094D';

    private DevanagariFold() {
    }

    /** The table, read when the first word is folded (the generator builds its own {@link Tables} before the file exists). */
    private static final class Loaded {
        static final Tables TABLES = Tables.load();
    }

    /** The word's reading, or null when it holds a letter or a pair of letters outside the table (ICU reads it). */
    static String fold(String word) {
        if (word.isEmpty() || word.charAt(0) < FIRST || word.charAt(0) > LAST) {
            return null;
        }
        return Loaded.TABLES.read(word);
    }

    static boolean consonant(char c) {
        return c >= '\u0915' && c <= '\u0939';
    }

    static boolean vowelSign(char c) {
        return c >= '\u093E' && c <= '\u094C';
    }

    static boolean independentVowel(char c) {
        return c >= '\u0905' && c <= '\u0914';
    }

    /** The anusvara, candrabindu and visarga. */
    static boolean sign(char c) {
        return c >= '\u0901' && c <= '\u0903';
    }

    /** The readings; null where the table has none. Units (a consonant, with or without a nukta) are indexed by
     *  {@link #unit}; letters by their offset from {@link #FIRST}. */
    static final class Tables {
        static final int SIZE = LAST - FIRST + 1;
        /** A unit alone (with its inherent vowel), before a vowel sign, before a virama. */
        final String[] alone = new String[SIZE * 2];
        final String[] beforeSign = new String[SIZE * 2];
        final String[] beforeVirama = new String[SIZE * 2];
        /** Whether a following independent vowel reads as after a vowel: after the unit alone, after it with a virama. */
        final boolean[] aloneVowelEnd = new boolean[SIZE * 2];
        final boolean[] viramaVowelEnd = new boolean[SIZE * 2];
        /** A vowel sign after a consonant, and alone at the start of a word. */
        final String[] sign = new String[SIZE];
        final String[] signAtStart = new String[SIZE];
        final boolean[] signVowelEnd = new boolean[SIZE];
        final boolean[] signAtStartVowelEnd = new boolean[SIZE];
        /** An independent vowel, and after a vowel; an anusvara, candrabindu or visarga (at the end of a word). */
        final String[] vowel = new String[SIZE];
        final String[] vowelAfterVowel = new String[SIZE];
        final String[] mark = new String[SIZE];
        final boolean[] vowelEnd = new boolean[SIZE];
        /** By the letter that follows: a unit before a virama, a unit before a vowel sign (by the letter after the sign),
         *  a sign; null where it reads as without it. */
        final String[][] viramaBefore = new String[SIZE * 2][];
        final String[][] signBefore = new String[SIZE * 2][];
        final String[][] markBefore = new String[SIZE][];
        /** Pairs of letters ICU reads otherwise: a word holding one goes to ICU. */
        final boolean[][] further = new boolean[SIZE][SIZE];

        static int unit(char consonant, boolean nukta) {
            return (consonant - FIRST) * 2 + (nukta ? 1 : 0);
        }

        static Tables load() {
            Tables t = new Tables();
            for (String[] f : HexTables.read("devanagari-fold.tsv")) {
                String[] key = f[1].split(" ");
                char a = (char) Integer.parseInt(key[0], 16);
                char b = key.length > 1 ? (char) Integer.parseInt(key[1], 16) : 0;
                switch (f[0]) {
                    case "U" -> {
                        int u = unit(a, b == NUKTA);
                        t.alone[u] = HexTables.text(f[2]);
                        t.beforeSign[u] = HexTables.text(f[3]);
                        t.beforeVirama[u] = HexTables.text(f[4]);
                        t.aloneVowelEnd[u] = f[5].charAt(0) == '1';
                        t.viramaVowelEnd[u] = f[5].charAt(1) == '1';
                    }
                    case "S" -> {
                        t.sign[a - FIRST] = HexTables.text(f[2]);
                        t.signAtStart[a - FIRST] = HexTables.text(f[3]);
                        t.signVowelEnd[a - FIRST] = f[4].charAt(0) == '1';
                        t.signAtStartVowelEnd[a - FIRST] = f[4].charAt(1) == '1';
                    }
                    case "V" -> {
                        t.vowel[a - FIRST] = HexTables.text(f[2]);
                        t.vowelAfterVowel[a - FIRST] = HexTables.text(f[3]);
                        t.vowelEnd[a - FIRST] = f[4].charAt(0) == '1';
                    }
                    case "M" -> {
                        t.mark[a - FIRST] = HexTables.text(f[2]);
                        t.vowelEnd[a - FIRST] = f[3].charAt(0) == '1';
                    }
                    case "H" -> t.put(t.viramaBefore, unit(a, b == NUKTA), (char) Integer.parseInt(key[key.length - 1], 16), HexTables.text(f[2]));
                    case "P" -> t.put(t.signBefore, unit(a, b == NUKTA), (char) Integer.parseInt(key[key.length - 1], 16), HexTables.text(f[2]));
                    case "A" -> t.put(t.markBefore, a - FIRST, b, HexTables.text(f[2]));
                    case "X" -> t.further[a - FIRST][b - FIRST] = true;
                    default -> throw new IllegalStateException("devanagari-fold.tsv: unknown line " + String.join("\t", f));
                }
            }
            return t;
        }

        /** Sets the reading of row before the letter next (a letter of the block). */
        void put(String[][] table, int row, char next, String reading) {
            if (table[row] == null) {
                table[row] = new String[SIZE];
            }
            table[row][next - FIRST] = reading;
        }

        private static String before(String[][] table, int row, String otherwise, String word, int next) {
            if (table[row] == null || next >= word.length()) {
                return otherwise;
            }
            char c = word.charAt(next);
            String r = c >= FIRST && c <= LAST ? table[row][c - FIRST] : null;
            return r != null ? r : otherwise;
        }

        /** The word's reading by these tables, or null. */
        String read(String word) {
            int n = word.length();
            for (int i = 0; i < n; i++) {
                char c = word.charAt(i);
                if (c < FIRST || c > LAST || i > 0 && further[word.charAt(i - 1) - FIRST][c - FIRST]) {
                    return null;
                }
            }
            StringBuilder out = new StringBuilder(n * 2);
            boolean vowelBefore = false;
            int i = 0;
            while (i < n) {
                char c = word.charAt(i);
                if (consonant(c)) {
                    boolean nukta = i + 1 < n && word.charAt(i + 1) == NUKTA;
                    int u = unit(c, nukta);
                    int j = i + (nukta ? 2 : 1);
                    if (alone[u] == null) {
                        return null;
                    }
                    char next = j < n ? word.charAt(j) : 0;
                    if (vowelSign(next)) {
                        if (sign[next - FIRST] == null) {
                            return null;
                        }
                        out.append(before(signBefore, u, beforeSign[u], word, j + 1)).append(sign[next - FIRST]);
                        vowelBefore = signVowelEnd[next - FIRST];
                        i = j + 1;
                    } else if (next == VIRAMA) {
                        out.append(before(viramaBefore, u, beforeVirama[u], word, j + 1));
                        vowelBefore = viramaVowelEnd[u];
                        i = j + 1;
                    } else {
                        out.append(alone[u]);
                        vowelBefore = aloneVowelEnd[u];
                        i = j;
                    }
                } else if (independentVowel(c) && vowel[c - FIRST] != null) {
                    out.append(vowelBefore ? vowelAfterVowel[c - FIRST] : vowel[c - FIRST]);
                    vowelBefore = vowelEnd[c - FIRST];
                    i++;
                } else if (sign(c) && mark[c - FIRST] != null) {
                    out.append(before(markBefore, c - FIRST, mark[c - FIRST], word, i + 1));
                    vowelBefore = vowelEnd[c - FIRST];
                    i++;
                } else if (vowelSign(c) && signAtStart[c - FIRST] != null
                        && (i == 0 || vowelSign(word.charAt(i - 1)) || sign(word.charAt(i - 1)))) {
                    // Without its consonant: at the start of a word with ICU's mark, after a vowel sign or a sign as after
                    // a consonant (ICU marks a vowel sign only where no letter or mark precedes it; after an independent
                    // vowel it reads the vowel otherwise, and such a word goes to ICU).
                    out.append(i == 0 ? signAtStart[c - FIRST] : sign[c - FIRST]);
                    vowelBefore = i == 0 ? signAtStartVowelEnd[c - FIRST] : signVowelEnd[c - FIRST];
                    i++;
                } else {
                    return null;   // a virama or nukta without its consonant, a digit...
                }
            }
            return out.toString();
        }
    }
}
