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
 * words of the basic Cyrillic letters by {@link CyrillicFold} (which knows the letters that depend on the one before).
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

    /** The word's reading, or null when a letter is not in the table or the word mixes scripts (ICU reads it). */
    static String fold(String word) {
        if (word.isEmpty()) {
            return null;
        }
        if (word.charAt(0) >= TABLE_END) {
            return HangulFold.fold(word);   // null unless the word is all Hangul syllables
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
