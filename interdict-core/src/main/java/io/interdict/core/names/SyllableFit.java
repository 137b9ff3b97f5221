package io.interdict.core.names;

import java.util.List;

/**
 * Whether a Latin word is one way of spelling a run of characters, each of which may be spelt several ways:
 * the word is cut into consecutive pieces, one per character, each piece one of that character's spellings.
 * 文雄 with 文 {bun, mon, fumi, aya...} and 雄 {yuu, o, osu...} fits "fumio" (fumi + o) and "bunyu", not "fumiko".
 */
final class SyllableFit {
    private SyllableFit() {
    }

    /** @param spellings the spellings of each character, in order (an empty one: a letter not written); the word fits
     *  when it is exactly one choice of each */
    static boolean fits(List<String[]> spellings, String word) {
        return fits(spellings, 0, word, 0);
    }

    /** The letters (bit a..z) a fitting word may begin with: -1 (any) when the first character may be unwritten, 0 when
     *  there are no spellings (null). */
    static int firstLetters(List<String[]> spellings) {
        if (spellings == null) {
            return 0;
        }
        int m = 0;
        for (String x : spellings.get(0)) {
            if (x.isEmpty()) {
                return -1;
            }
            m |= 1 << (x.charAt(0) - 'a');
        }
        return m;
    }

    private static boolean fits(List<String[]> spellings, int k, String word, int at) {
        if (k == spellings.size()) {
            return at == word.length();
        }
        for (String s : spellings.get(k)) {
            if (word.startsWith(s, at) && fits(spellings, k + 1, word, at + s.length())) {
                return true;
            }
        }
        return false;
    }
}
