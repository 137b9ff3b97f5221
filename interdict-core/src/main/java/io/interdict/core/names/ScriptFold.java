package io.interdict.core.names;

/**
 * ICU's {@link Transliterate#ANY_ASCII_ID} for a word of Arabic, Hebrew, Georgian, Armenian and most Cyrillic and
 * Greek letters, one letter at a time from a table of what ICU gives each letter alone ({@code script-fold.tsv},
 * generated from ICU by {@code ScriptFoldTableGenerator}). The table holds only the letters ICU reads alike
 * whatever their neighbours; a word with any other letter (Cyrillic "е", Greek "υ", a Hebrew point) or with
 * letters of two scripts goes to ICU whole, so the reading is ICU's in every case (a property test compares
 * them). The vowel points of Arabic and Hebrew, which ICU reads otherwise beside some other point, are read as ICU
 * reads them after a letter, with the pairs where a point reads otherwise by pair ("ُو" "u"), and a word goes to ICU
 * where a point stands beside a letter other than its script's basic ones, two points stand out of canonical order,
 * an Arabic point begins the word, or a pair the generator found read otherwise holds (pointed names, "مُنذر", "فوّاز",
 * and {@link HebrewReading}'s pointed forms, were 150 of the 642 words of a 20,000-name batch that reached ICU).
 * What it saves: a name in these scripts no longer builds ICU's transliterators (their registry alone
 * costs 100-200 ms of CPU on the first non-Latin name of a process, more than a whole `check` of a Latin
 * name), and each new word no longer runs ICU's rule engine. Hangul syllables are read by {@link HangulFold},
 * words of the basic Cyrillic letters by {@link CyrillicFold} (which knows the letters that depend on the one before),
 * Devanagari by {@link DevanagariFold} (syllable by syllable).
 */
final class ScriptFold {
    private static final int TABLE_END = 0x1100;
    /** Each letter's reading; null for a letter not in the table. */
    private static final String[] TABLE = new String[TABLE_END];
    /** The script of each vowel point of Arabic and Hebrew in the table (the Arabic ones are of the inherited script);
     *  null for the other letters. */
    private static final Character.UnicodeScript[] MARK = new Character.UnicodeScript[TABLE_END];
    /** The points ICU reads alike at the start of a word (Hebrew's; it leaves an Arabic one there unread). */
    private static final boolean[] BEGINS_WORD = new boolean[TABLE_END];
    /** The letters a point may stand beside (the basic letters of Arabic and Hebrew): beside another the word goes to ICU,
     *  as ICU reorders points with the Quranic marks and reads some extended letters otherwise before a point. */
    private static final boolean[] BESIDE_POINT = new boolean[TABLE_END];
    /** A pair with a point (first letter's code point shifted 16 left, then the second's): the second's reading
     *  after the first, where it differs from its reading alone ("ُو" damma and waw "u"; a letter and the shadda). */
    private static final java.util.Map<Integer, String> AFTER = new java.util.HashMap<>();
    /** The pairs with a point ICU reads otherwise: a word holding one goes to ICU. */
    private static final java.util.Set<Integer> FURTHER = new java.util.HashSet<>();

    static {
        for (String[] row : HexTables.read("script-fold.tsv")) {
            switch (row[0]) {
                case "M" -> {
                    int c = Integer.parseInt(row[1], 16);
                    TABLE[c] = HexTables.text(row[2]);
                    MARK[c] = Character.UnicodeScript.valueOf(row[3]);
                    BEGINS_WORD[c] = row[4].equals("1");
                }
                case "B" -> java.util.Arrays.fill(BESIDE_POINT, Integer.parseInt(row[1], 0, 4, 16), Integer.parseInt(row[1], 5, 9, 16) + 1, true);
                case "P" -> AFTER.put(pair(row[1]), HexTables.text(row[2]));
                case "X" -> FURTHER.add(pair(row[1]));
                default -> TABLE[Integer.parseInt(row[0], 16)] = HexTables.text(row[1]);
            }
        }
    }

    private ScriptFold() {
    }

    /**
     * Whether the two scripts are Hebrew and Arabic, whose letters a word may mix: ICU reads each script's run of a word
     * apart, and the generator checks every letter of the one beside every letter of the other ({@link HebrewReading}
     * writes the geresh letters of a Hebrew name as the Arabic letters of their sounds, "ג'ורג'" as "جורج").
     */
    private static boolean hebrewAndArabic(Character.UnicodeScript a, Character.UnicodeScript b) {
        return a == Character.UnicodeScript.HEBREW && b == Character.UnicodeScript.ARABIC
                || a == Character.UnicodeScript.ARABIC && b == Character.UnicodeScript.HEBREW;
    }

    /** Whether the word holds a letter of a script other than this one (a word with a point must not). */
    private static boolean other(String word, Character.UnicodeScript script) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            Character.UnicodeScript s = c < TABLE_END && MARK[c] != null ? MARK[c] : Character.UnicodeScript.of(c);
            if (s != script) {
                return true;
            }
        }
        return false;
    }

    private static int pair(String key) {
        return Integer.parseInt(key, 0, 4, 16) << 16 | Integer.parseInt(key, 5, 9, 16);
    }

    /**
     * The marks a word of these scripts is written with inside it that ICU reads as the end of one word and the start
     * of another: its letters on either side read as at the end and at the start of a word ("мар-ена" "mar-yena",
     * "марʼяна" "mar'yana", "के.सी" "ke.si", "ג'ורג'" "g'wrg'"), and each mark as itself, the apostrophes as "'" (ICU's
     * Latin-ASCII). Left to ICU, such a word would build its transliterators for a hyphenated or abbreviated name;
     * a property test compares words of table letters with these marks inside and around them with ICU. The
     * replacement character, which a list decoded with the wrong charset holds in place of a letter ("ل��"), is such a
     * mark too, read as itself (the pipeline then reads it as a space).
     */
    private static final String PARTING = "()-.'\u2019\uFFFD";
    private static final String[] PARTING_READ = {"(", ")", "-", ".", "'", "'", "\uFFFD"};
    /**
     * The tatweel (kashida), which stretches a joined Arabic letter for the eye ("شعبـان"): ICU reads it as nothing
     * beside Arabic letters, and leaves it elsewhere. {@code ScriptFoldTableGenerator} fails unless ICU reads each
     * Arabic letter of the table with one or two tatweels before, after and between it and every other as the letters
     * alone; a word with a tatweel beside a point, or with a letter of another script, goes to ICU.
     */
    static final char TATWEEL = '\u0640';

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
        boolean mixed = false;
        boolean tatweel = false;
        StringBuilder out = new StringBuilder(word.length() * 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == TATWEEL) {
                boolean besidePoint = i > 0 && MARK[word.charAt(i - 1)] != null
                        || i + 1 < word.length() && word.charAt(i + 1) < TABLE_END && MARK[word.charAt(i + 1)] != null;
                if (besidePoint) {
                    return null;
                }
                tatweel = true;
                continue;   // read as nothing: the word must be Arabic (below)
            }
            String r = c < TABLE_END ? TABLE[c] : null;
            if (r == null) {
                return null;
            }
            // The table was checked letter against letter within each script, and Hebrew against Arabic.
            Character.UnicodeScript s = MARK[c] != null ? MARK[c] : Character.UnicodeScript.of(c);
            if (script == null) {
                script = s;
            } else if (s != script) {
                if (!hebrewAndArabic(s, script)) {
                    return null;
                }
                mixed = true;
            }
            if (MARK[c] != null) {
                if (mixed || other(word, script)) {
                    return null;   // points were checked beside the letters of their own script only
                }
            }
            if (i == 0 && MARK[c] != null && !BEGINS_WORD[c]) {
                return null;   // ICU leaves an Arabic point that begins a word unread
            }
            if (i > 0 && (MARK[c] != null || MARK[word.charAt(i - 1)] != null)) {
                char p = word.charAt(i - 1);
                if (!(MARK[p] != null || BESIDE_POINT[p]) || !(MARK[c] != null || BESIDE_POINT[c])) {
                    return null;
                }
                int pair = p << 16 | c;
                if (FURTHER.contains(pair)) {
                    return null;
                }
                String after = AFTER.get(pair);
                if (after != null) {
                    r = after;
                }
            }
            out.append(r);
        }
        if (tatweel && (script != Character.UnicodeScript.ARABIC || mixed)) {
            return null;   // only letters of another script, or none: ICU leaves the tatweel
        }
        return out.toString();
    }
}
