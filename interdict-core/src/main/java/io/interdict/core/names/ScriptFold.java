package io.interdict.core.names;

/**
 * ICU's {@link Transliterate#ANY_ASCII_ID} for a word of Arabic, Hebrew, Georgian, Armenian and most Cyrillic and
 * Greek letters, one letter at a time from a table of what ICU gives each letter alone ({@code script-fold.tsv},
 * generated from ICU by {@code ScriptFoldTableGenerator}). The table holds only the letters ICU reads alike
 * whatever their neighbours; a word with any other letter (Cyrillic "е", Greek "υ", a Hebrew point) or with
 * letters of two scripts goes to ICU whole, so the reading is ICU's in every case (a property test compares
 * them). What it saves: a name in these scripts no longer builds ICU's transliterators (their registry alone
 * costs 100-200 ms of CPU on the first non-Latin name of a process, more than a whole `check` of a Latin
 * name), and each new word no longer runs ICU's rule engine. Hangul syllables are read by {@link HangulFold},
 * words of the basic Cyrillic letters by {@link CyrillicFold} (which knows the letters that depend on the one before),
 * Devanagari by {@link DevanagariFold} (syllable by syllable).
 */
final class ScriptFold {
    private static final int TABLE_END = 0x1100;
    /** Each letter's reading; null for a letter not in the table. */
    private static final String[] TABLE = load();

    private ScriptFold() {
    }

    private static String[] load() {
        String[] table = new String[TABLE_END];
        for (String[] row : HexTables.read("script-fold.tsv")) {
            table[Integer.parseInt(row[0], 16)] = HexTables.text(row[1]);
        }
        return table;
    }

    /**
     * The marks a word of these scripts is written with inside it that ICU reads as the end of one word and the start
     * of another: its letters on either side read as at the end and at the start of a word ("мар-ена" "mar-yena",
     * "марʼяна" "mar'yana", "के.सी" "ke.si", "ג'ורג'" "g'wrg'"), and each mark as itself, the apostrophes as "'" (ICU's
     * Latin-ASCII). Left to ICU, such a word would build its transliterators for a hyphenated or abbreviated name;
     * a property test compares words of table letters with these marks inside and around them with ICU.
     */
    private static final String PARTING = "()-.'\u2019";
    private static final String[] PARTING_READ = {"(", ")", "-", ".", "'", "'"};

    /** The word's reading, or null when a letter is not in the table or the word mixes scripts (ICU reads it). */
    static String fold(String word) {
        if (word.isEmpty()) {
            return null;
        }
        for (int i = 0; i < word.length(); i++) {
            if (PARTING.indexOf(word.charAt(i)) >= 0) {
                return parted(word);
            }
        }
        return foldWord(word);
    }

    /** A word with {@link #PARTING} marks: its parts between them read alone, the marks as ICU reads them. */
    private static String parted(String word) {
        StringBuilder out = new StringBuilder(word.length() * 2);
        boolean letters = false;
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            int mark = i < word.length() ? PARTING.indexOf(word.charAt(i)) : -1;
            if (mark < 0 && i < word.length()) {
                continue;
            }
            if (i > start) {
                String part = foldWord(word.substring(start, i));
                if (part == null) {
                    return null;
                }
                out.append(part);
                letters = true;
            }
            if (mark >= 0) {
                out.append(PARTING_READ[mark]);
            }
            start = i + 1;
        }
        return letters ? out.toString() : null;
    }

    private static String foldWord(String word) {
        if (word.charAt(0) >= TABLE_END) {
            return HangulFold.fold(word);   // null unless the word is all Hangul syllables
        }
        if (word.charAt(0) >= DevanagariFold.FIRST && word.charAt(0) <= DevanagariFold.LAST) {
            return DevanagariFold.fold(word);   // syllable by syllable: the inherent vowel, the virama, the anusvara
        }
        if (CyrillicFold.isBasic(word)) {
            return CyrillicFold.fold(word);   // with the letters before each: BGN/PCGN's "е" is "ye" after a vowel
        }
        Character.UnicodeScript script = null;
        StringBuilder out = new StringBuilder(word.length() * 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String r = c < TABLE_END ? TABLE[c] : null;
            if (r == null) {
                return null;
            }
            // The table was checked letter against letter within each script only.
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (script == null) {
                script = s;
            } else if (s != script) {
                return null;
            }
            out.append(r);
        }
        return out.toString();
    }
}
