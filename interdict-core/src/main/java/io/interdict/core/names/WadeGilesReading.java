package io.interdict.core.names;

import java.util.Locale;
import java.util.Set;

/**
 * A Chinese name written in Latin letters in Hanyu Pinyin, read in Wade–Giles ({@link WadeGiles}): "Xi Jinping" is also
 * "hsi chin-ping", as names romanised in Taiwan and before 1979 are written ("Hsi Chin-ping", "Chiang Ching-kuo"). Only a
 * name of two or three words, each one or two syllables of pinyin (the syllables Unihan reads characters in,
 * {@link HanReadings#mandarinSyllables()}), whose reading differs from it; the syllables of a word are written with a
 * hyphen, as Wade–Giles writes a given name. Pinyin to Wade–Giles is a function (Wade–Giles to pinyin is not: "chin" is
 * jin or qin once names drop the apostrophe), so only the pinyin side is read. Latin text as written, not a transliteration.
 */
public final class WadeGilesReading {
    private static final int MAX_SYLLABLE = 6;   // "zhuang", "chuang", "shuang"

    private WadeGilesReading() {
    }

    /** The name in Wade–Giles, or null when it is not a two- or three-word pinyin name or reads the same. */
    public static String reading(String name) {
        return read(name, false);
    }

    /** Whether the name is a two- or three-word name of pinyin syllables, whether or not Wade–Giles spells it otherwise
     *  ("Chen Wei" is, and reads the same). */
    public static boolean pinyin(String name) {
        return read(name, true) != null;
    }

    /** The Wade–Giles reading; where it reads the same, null, or with {@code same} the reading still. */
    private static String read(String name, boolean same) {
        if (name == null || name.length() > 40) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT).strip();
        String[] words = lower.split("[\\s,]+");
        if (words.length < 2 || words.length > 3) {
            return null;
        }
        Set<String> pinyin = HanReadings.mandarinSyllables();
        StringBuilder out = new StringBuilder();
        boolean differs = false;
        for (String w : words) {
            String[] parts = w.split("-");
            if (parts.length > 2) {
                return null;
            }
            StringBuilder word = new StringBuilder();
            int syllables = 0;
            for (String p : parts) {
                String[] s = segment(p, pinyin);
                if (s == null) {
                    return null;
                }
                for (String syllable : s) {
                    if (syllables++ > 0) {
                        word.append('-');
                    }
                    word.append(WadeGiles.of(syllable));
                }
            }
            if (syllables > 2) {
                return null;
            }
            differs |= !word.toString().replace("-", "").equals(w.replace("-", ""));
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        return differs || same ? out.toString() : null;
    }

    /** The word as one or two pinyin syllables (the longest first syllable that leaves a syllable), or null. */
    private static String[] segment(String w, Set<String> pinyin) {
        if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        if (pinyin.contains(w)) {
            return new String[]{w};
        }
        for (int i = Math.min(MAX_SYLLABLE, w.length() - 1); i >= 1; i--) {
            String first = w.substring(0, i);
            String rest = w.substring(i);
            if (pinyin.contains(first) && pinyin.contains(rest)) {
                return new String[]{first, rest};
            }
        }
        return null;
    }
}
