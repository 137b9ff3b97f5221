package io.interdict.core.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Generic organisation words that a company's Latin name translates rather than transliterates, written in Han,
 * Hangul or kana ({@code generic-words.tsv}, each line with the dictionary page it was taken from): 三菱重工業 is
 * "Mitsubishi Heavy Industries", 신한은행 "Shinhan Bank", トヨタ自動車 "Toyota Motor". Japanese, Chinese and Korean
 * write such a word glued to the end of the name, before or after a legal form (株式会社, 有限公司, 주식회사), so it is
 * looked for there only: at the end of the name's last word, after at least one character of its own (written apart or glued);
 * two in a row are both read (精密机械 "precision machinery"). The longest word is read first (重工業 "heavy industries",
 * not 工業 "industries"). Pure.
 */
public final class GenericWords {
    /** A name parted: its own words (legal forms taken out), the generic word's English words (alternatives), the
     *  legal forms' canonical tokens ("jsc", "ltd"; blank when none), and the generic words as written (one, or two
     *  in a row, in order). */
    public record Split(String proper, List<String> english, String legal, List<String> words) {
    }

    private record Entry(String word, List<String> english) {
    }

    private static final List<Entry> WORDS;

    static {
        List<Entry> words = new ArrayList<>();
        for (SourcedTable.Row row : SourcedTable.read(GenericWords.class, "generic-words.tsv", 4,
                "word TAB English[|English...] TAB language TAB source")) {
            words.add(new Entry(row.fields()[0], List.of(row.fields()[1].split("\\|"))));
        }
        words.sort(Comparator.comparingInt((Entry e) -> e.word().length()).reversed());
        WORDS = List.copyOf(words);
    }

    private GenericWords() {
    }

    /** The name parted at a generic word ending it, or null: only names written wholly in Han, Hangul or kana
     *  (spaces, ・, ー and hyphens aside). */
    public static Split split(String name) {
        if (name == null || name.isBlank() || !eastAsian(name)) {
            return null;
        }
        String s = name.strip();
        StringBuilder legal = new StringBuilder();
        for (Map.Entry<String, String> form : WordLists.SCRIPT_LEGAL_FORMS) {   // longest first
            int at = s.indexOf(form.getKey());
            if (at >= 0) {
                s = s.substring(0, at) + " " + s.substring(at + form.getKey().length());
                legal.append(legal.length() == 0 ? "" : " ").append(form.getValue());
            }
        }
        s = String.join(" ", Words.spaced(s));
        Entry last = ending(s);
        if (last == null) {
            return null;
        }
        String proper = without(s, last);
        // Two generic words in a row (精密机械 "precision machinery", 電気工業 "electric industries"): both are
        // translated, the one before first; one more at most, so a name never loses more than its two last words.
        Entry before = ending(proper);
        if (before == null) {
            return new Split(proper, last.english(), legal.toString(), List.of(last.word()));
        }
        List<String> english = new ArrayList<>(before.english().size() * last.english().size());
        for (String b : before.english()) {
            for (String l : last.english()) {
                english.add(b + " " + l);
            }
        }
        return new Split(without(proper, before), List.copyOf(english), legal.toString(),
                List.of(before.word(), last.word()));
    }

    /** The longest generic word ending {@code s} after at least one character of its own, or null. */
    private static Entry ending(String s) {
        for (Entry e : WORDS) {   // longest first
            if (s.endsWith(e.word()) && without(s, e).codePoints().anyMatch(GenericWords::letter)) {
                return e;
            }
        }
        return null;
    }

    private static String without(String s, Entry e) {
        return s.substring(0, s.length() - e.word().length()).strip();
    }

    private static boolean eastAsian(String name) {
        boolean any = false;
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {   // asked of every query: no array
            int cp = name.codePointAt(i);
            if (letter(cp)) {
                any = true;
            } else if (!(Character.isWhitespace(cp) || cp == '・' || cp == 'ー' || cp == '-' || cp == '･')) {
                return false;
            }
        }
        return any;
    }

    private static boolean letter(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HANGUL
                || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA;
    }

    /** For tests: the table's words. */
    static List<String> words() {
        return WORDS.stream().map(Entry::word).toList();
    }
}
