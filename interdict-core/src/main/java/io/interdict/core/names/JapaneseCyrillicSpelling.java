package io.interdict.core.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a Latin word spells a Japanese name written in Russian Cyrillic ({@code interdict-v2}): "Итиро Одзава" is
 * "Ichiro Ozawa", "Кэйдзо Обути" "Keizo Obuchi". Russian writes Japanese in the Polivanov system (Wikipedia, "Polivanov
 * system": a kana to Cyrillic table, си for シ, ти for チ, цу for ツ, дз for the z row, дзи for ジ, ся/сю/сё for シャ/シュ/ショ;
 * ん written н, м before б, п, м, нъ before a vowel; и in a diphthong also й; long vowels usually unmarked), which the
 * pipeline reads as Russian ("itiro odzava"). The table is one to one, so a word is read back into katakana and
 * spelt as a word in kana is ({@link KanaSpelling}: Hepburn and the habits of names, "Ito", "Itoh"); as Polivanov
 * spellings mostly leave a long vowel unmarked, each o and u is read as possibly long.
 */
public final class JapaneseCyrillicSpelling {
    /** Cyrillic syllable -> katakana, from the page's table (the z row as дз, the d row's ji and zu as the z row's). */
    private static final Map<String, String> KANA = table();
    private static final int LONGEST = 3;

    private JapaneseCyrillicSpelling() {
    }

    private static Map<String, String> table() {
        Map<String, String> t = new HashMap<>();
        String vowels = "аиуэо";
        String[][] rows = {
            {"", "アイウエオ"}, {"к", "カキクケコ"}, {"с", "サシスセソ"}, {"т", "タチツテト"}, {"н", "ナニヌネノ"}, {"х", "ハヒフヘホ"},
            {"м", "マミムメモ"}, {"р", "ラリルレロ"}, {"г", "ガギグゲゴ"}, {"дз", "ザジズゼゾ"}, {"д", "ダ\u0000\u0000デド"},
            {"б", "バビブベボ"}, {"п", "パピプペポ"},
        };
        for (String[] row : rows) {
            for (int v = 0; v < vowels.length(); v++) {
                char kana = row[1].charAt(v);
                if (kana != 0) {
                    t.put(row[0] + vowels.charAt(v), String.valueOf(kana));
                }
            }
        }
        t.remove("ту");
        t.remove("ху");
        t.put("цу", "ツ");
        t.put("фу", "フ");
        t.put("я", "ヤ");
        t.put("ю", "ユ");
        t.put("ё", "ヨ");
        t.put("ва", "ワ");
        t.put("во", "ヲ");
        String[][] palatal = {{"к", "キ"}, {"с", "シ"}, {"т", "チ"}, {"н", "ニ"}, {"х", "ヒ"}, {"м", "ミ"}, {"р", "リ"}, {"г", "ギ"},
            {"дз", "ジ"}, {"б", "ビ"}, {"п", "ピ"}};
        String small = "ャュョ";
        String iotated = "яюё";
        for (String[] p : palatal) {
            for (int v = 0; v < iotated.length(); v++) {
                t.put(p[0] + iotated.charAt(v), p[1] + small.charAt(v));
            }
        }
        return Map.copyOf(t);
    }

    /** The word in katakana, or null when it is not Polivanov's spelling of a Japanese word. */
    public static String kana(String word) {
        return kana(word, false);
    }

    /** {@link #kana(String)}, with each o and u that may be long followed by the long-vowel mark when {@code longable}. */
    static String kana(String word, boolean longable) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || w.length() > 20) {
            return null;
        }
        StringBuilder out = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if (c == 'ъ') {
                i++;
                continue;
            }
            // ん: н not before a vowel (or before ъ), м before б, п, м.
            if (c == 'н' && !vowel(next) || c == 'м' && (next == 'б' || next == 'п' || next == 'м')) {
                out.append('ン');
                i++;
                continue;
            }
            // й after a vowel: the i of a diphthong ("Кэйдзо").
            if (c == 'й' && i > 0 && vowel(w.charAt(i - 1))) {
                out.append('イ');
                i++;
                continue;
            }
            // A doubled consonant: the sokuon ("Хаттори", "Хоккайдо").
            if (c == next && "кстп".indexOf(c) >= 0) {
                out.append('ッ');
                i++;
                continue;
            }
            int len = Math.min(LONGEST, w.length() - i);
            while (len > 0 && !KANA.containsKey(w.substring(i, i + len))) {
                len--;
            }
            if (len == 0) {
                return null;
            }
            out.append(KANA.get(w.substring(i, i + len)));
            i += len;
            // Long vowels go unmarked ("Сато" 佐藤 Satō, "Обути" Ōbuchi): an o or u may be long, as the mark ー reads
            // (written or not, "oh").
            if (longable && "оуёю".indexOf(w.charAt(i - 1)) >= 0 && (i == w.length() || w.charAt(i) != w.charAt(i - 1))) {
                out.append('ー');
            }
        }
        return out.toString();
    }

    private static boolean vowel(char c) {
        return "аиуэояюё".indexOf(c) >= 0;
    }

    /** Whether the Latin word (lower-case ASCII) spells the Cyrillic word read back into kana. */
    public static boolean spells(String word, String latin) {
        String kana = kana(word, true);
        return kana != null && LetterSpellings.spells(kana, latin);
    }

    /** The letters (bit a..z) a spelling of the word may begin with; 0 when it is not read as Japanese. */
    public static int firstLetters(String word) {
        String kana = kana(word, true);
        return kana == null ? 0 : LetterSpellings.firstLetters(kana);
    }

    /** The name of two to four words read back into katakana ("Итиро Одзава" -> "イチロ オザワ"), words as written; null
     *  when it is not {@link #japanese} or has one word. What a search looks a name up by. */
    public static String reading(String name) {
        if (name == null || !name.chars().allMatch(c -> c == ' ' || c == '-' || c >= '\u0400' && c <= '\u04FF')) {
            return null;
        }
        String[] words = Words.pieces(name.strip(), "-");
        if (words.length < 2 || !japanese(words)) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (String w : words) {
            out.append(out.length() == 0 ? "" : " ").append(kana(w));
        }
        return out.toString();
    }

    /** Whether every word of the name is Polivanov's spelling of Japanese, and there are one to four. */
    public static boolean japanese(String[] words) {
        if (words.length < 1 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            // A Russian woman's family name (-ова, -ева: "Иванова") is no Japanese word, though Polivanov could spell it.
            if (lower.endsWith("ова") || lower.endsWith("ева") || kana(w) == null) {
                return false;
            }
        }
        return true;
    }
}
