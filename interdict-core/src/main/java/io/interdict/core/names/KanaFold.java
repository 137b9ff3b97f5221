package io.interdict.core.names;

/**
 * ICU's {@link Transliterate#ANY_ASCII_ID} for a run of kana, mora by mora from a table generated from ICU
 * ({@code kana-fold.tsv}, by {@code KanaFoldTableGenerator}). ICU's Katakana-Latin (hiragana through Hiragana-Katakana)
 * reads a letter, or a letter and the small kana after it ("キャ" "kya", "ファ" "fa"), alike wherever it stands; its
 * sokuon doubles the next consonant ("ッカ" "kka"), its ん reads "n'" before a vowel, n or y ("ンア" "n'a"), and its
 * long-vowel mark is a macron on the letter before, which Latin-ASCII then drops. So the table holds each mora's
 * reading (T), the reading of a mora before the letter that follows where that differs (B: the sokuon and ん) and of a
 * letter after the mora before it where that differs (A: the long-vowel mark); a pair ICU reads otherwise (X), a small
 * kana that is no mora's second letter, a voicing or iteration mark, or a run mixing hiragana and katakana (ICU reads
 * each script's run apart) sends the run to ICU. The generator checks every mora before and after every letter and every
 * three-letter run against ICU, hiragana and katakana. What it saves: a Japanese name in kana no longer builds ICU's
 * transliterators (0.15-0.45 s of CPU in a cold process), for {@link Transliterate}'s runs and {@link KanaSpelling}'s
 * morae alike.
 */
final class KanaFold {
    static final char FIRST = '\u30A1';
    static final char LAST = '\u30FC';
    static final char SOKUON = '\u30C3';
    static final char LONG_VOWEL = '\u30FC';
    /** The small kana that are the second letter of a mora: ァィゥェォャュョヮ. */
    static final String SMALL = "\u30A1\u30A3\u30A5\u30A7\u30A9\u30E3\u30E5\u30E7\u30EE";

    private KanaFold() {
    }

    /** The table, read when the first run is folded (the generator builds its own {@link Tables}). */
    private static final class Loaded {
        static final Tables TABLES = Tables.load();
    }

    /** The run's reading as ICU gives it; null when the table cannot tell (ICU reads it). */
    static String fold(String run) {
        String katakana = katakana(run);
        return katakana == null ? null : Loaded.TABLES.read(katakana);
    }

    /** A mora's reading as ICU gives it (a letter, or a letter and a small kana; hiragana or katakana); null when the
     *  table has none. */
    static String mora(String mora) {
        String katakana = katakana(mora);
        return katakana == null ? null : Loaded.TABLES.mora(katakana);
    }

    /** The run in katakana: hiragana moved to katakana when the run is all hiragana (and long-vowel marks); null for a
     *  run mixing the two, or with a letter outside the table's range. */
    static String katakana(String run) {
        boolean hiragana = false;
        boolean katakana = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c >= '\u3041' && c <= '\u3096') {
                hiragana = true;
            } else if (c >= FIRST && c <= '\u30FA') {
                katakana = true;
            } else if (c != LONG_VOWEL) {
                return null;
            }
        }
        if (hiragana && katakana || run.isEmpty()) {
            return null;
        }
        if (!hiragana) {
            return run;
        }
        char[] k = run.toCharArray();
        for (int i = 0; i < k.length; i++) {
            if (k[i] != LONG_VOWEL) {
                k[i] += 0x60;
            }
        }
        return new String(k);
    }

    static boolean small(char c) {
        return SMALL.indexOf(c) >= 0;
    }

    static final class Tables {
        /** Morae: a letter, or a letter and a small kana. */
        final java.util.Map<String, String> morae = new java.util.HashMap<>();
        /** A mora's reading before a letter, and a letter's after a mora, where they differ (key: mora, tab, letter). */
        final java.util.Map<String, String> before = new java.util.HashMap<>();
        final java.util.Map<String, String> after = new java.util.HashMap<>();
        final java.util.Set<String> further = new java.util.HashSet<>();

        static Tables load() {
            Tables t = new Tables();
            for (String[] f : HexTables.read("kana-fold.tsv")) {
                switch (f[0]) {
                    case "T" -> t.morae.put(HexTables.text(f[1]), HexTables.text(f[2]));
                    case "B" -> t.before.put(key(f[1]), HexTables.text(f[2]));
                    case "A" -> t.after.put(key(f[1]), HexTables.text(f[2]));
                    case "X" -> t.further.add(key(f[1]));
                    default -> throw new IllegalStateException("kana-fold.tsv: unknown line " + String.join("\t", f));
                }
            }
            return t;
        }

        /** "30AD 30E3 30FC" (a mora, then a letter) as the key "キャ\tー". */
        private static String key(String units) {
            String s = HexTables.text(units);
            return s.substring(0, s.length() - 1) + '\t' + s.charAt(s.length() - 1);
        }

        String mora(String m) {
            return morae.get(m);
        }

        /** The katakana run's reading, without ICU's syllable breaks ({@link Transliterate#SYLLABLE_BREAKS}), or null. */
        String read(String run) {
            java.util.List<String> units = new java.util.ArrayList<>(run.length());
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                boolean pair = i + 1 < run.length() && small(run.charAt(i + 1)) && morae.containsKey(run.substring(i, i + 2));
                String u = pair ? run.substring(i, i + 2) : String.valueOf(c);
                if (!morae.containsKey(u) || small(c)) {
                    return null;   // a small kana alone, a letter outside the table
                }
                units.add(u);
                i += u.length() - 1;
            }
            StringBuilder out = new StringBuilder(run.length() * 3);
            for (int i = 0; i < units.size(); i++) {
                String u = units.get(i);
                String r = morae.get(u);
                String changedBefore = null;
                String changedAfter = null;
                if (i + 1 < units.size()) {
                    String k = u + '\t' + units.get(i + 1).charAt(0);
                    if (further.contains(k)) {
                        return null;
                    }
                    changedBefore = before.get(k);
                }
                if (i > 0) {
                    String k = units.get(i - 1) + '\t' + u.charAt(0);
                    changedAfter = after.get(k);
                    if (changedAfter != null && u.length() > 1) {
                        return null;   // read after the mora before, as a letter alone only
                    }
                }
                // After a mora, the long-vowel mark is that mora's (a macron Latin-ASCII drops), whatever follows it.
                out.append(changedAfter != null ? changedAfter : changedBefore != null ? changedBefore : r);
            }
            return Transliterate.SYLLABLE_BREAKS.matcher(out).replaceAll("");
        }
    }
}
