package io.interdict.core.names;

import java.util.regex.Pattern;

/**
 * Two Latin spellings of one Japanese name that mark its long vowels differently: "Tarou" ~ "Taro", "Ohno" ~ "Ono",
 * "Yuuki" ~ "Yuki", "Koumura" ~ "Komura". Hepburn writes a long vowel with a macron, and names are written with it
 * doubled, followed by h, as the kana spell it (おう "ou") or not marked at all (Wikipedia, "Hepburn romanization", as
 * {@link KanaSpelling} cites it; passports allow "OH" for a long o since 2000). The macron is gone by the time a name is
 * folded to ASCII, so "Tarō" is "taro" already.
 *
 * <p>Two words are such spellings when each is written wholly in Hepburn's syllables (a consonant or none, then a vowel;
 * a moraic n; a doubled consonant; an h after o) and they are the same once "ou", "oo" and an "oh" before a mora's
 * consonant or at the end are read as o, and "uu" as u, with two vowels or more left: "John" and "Jon", one syllable
 * each, are an English name's spellings, not a Japanese one's. Said of words only: some English words parse as Hepburn
 * syllables ("Moore"), so whether the names are Japanese is the caller's to know (interdict-v2 asks that every word of
 * both names be written in Hepburn's syllables).
 */
public final class JapaneseLongVowels {
    private static final Pattern HEPBURN = Pattern.compile(
            "(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|[kgsztdnhbpmrwyf])?[aeiou]|n|[kstpgbdcz](?=[kstpgbdcz])|(?<=o)h)+");

    private JapaneseLongVowels() {
    }

    /** Whether two different Latin words (lower-case ASCII) are one Japanese name with its long vowels marked two ways. */
    public static boolean variants(String x, String y) {
        if (x.equals(y) || Math.abs(x.length() - y.length()) > 3 || x.length() < 2 || y.length() < 2
                || !marksLength(x) && !marksLength(y)) {
            return false;
        }
        String fx = fold(x);
        String fy = fold(y);
        return fx.equals(fy) && vowels(fx) >= 2 && syllables(x) && syllables(y);
    }

    /** Whether a Latin word (lower-case ASCII) is written wholly in Hepburn's syllables ("tarou", "shinzo", not "boris"). */
    public static boolean hepburn(String w) {
        return w.length() <= 16 && mayBeHepburn(w) && syllables(w);
    }

    /** The pattern alone, for the tests of {@link #mayBeHepburn} and {@link #syllables}. */
    static boolean matchesPattern(String w) {
        return HEPBURN.matcher(w).matches();
    }

    /**
     * Whether the word is {@link #HEPBURN}'s syllables, as the pattern's {@code matches} says, without its matcher (asked
     * of every query's words): which prefixes a run of its units can spell, one bit per end position. A unit is a vowel
     * after an onset (none, one letter, or ky gy sh ch ts ny hy by py my ry), a moraic n, a consonant of k s t p g b d c z
     * before another of them (a doubled consonant, the next left in place), or an h after an o.
     */
    static boolean syllables(String w) {
        int n = w.length();
        if (n == 0 || n > 62) {
            return n != 0 && HEPBURN.matcher(w).matches();
        }
        long reach = 1L;   // bit i: the units can spell w's first i letters
        for (int i = 0; i < n; i++) {
            if ((reach & 1L << i) == 0) {
                continue;
            }
            char c = w.charAt(i);
            if (vowel(c) || c == 'n') {   // a vowel alone; the moraic n
                reach |= 1L << i + 1;
            }
            if (i + 1 < n) {
                char d = w.charAt(i + 1);
                if (vowel(d) && (c == 'j' || "kgsztdnhbpmrwyf".indexOf(c) >= 0)) {
                    reach |= 1L << i + 2;   // one letter's onset, a vowel
                }
                if (i + 2 < n && vowel(w.charAt(i + 2)) && twoLetterOnset(c, d)) {
                    reach |= 1L << i + 3;
                }
                if (doubled(c) && doubled(d)) {
                    reach |= 1L << i + 1;
                }
            }
            if (c == 'h' && i > 0 && w.charAt(i - 1) == 'o') {
                reach |= 1L << i + 1;
            }
        }
        return (reach & 1L << n) != 0;
    }

    /** ky gy sh ch ts ny hy by py my ry. */
    private static boolean twoLetterOnset(char c, char d) {
        return d == 'y' ? "kgnhbpmr".indexOf(c) >= 0 : d == 'h' ? c == 's' || c == 'c' : c == 't' && d == 's';
    }

    /** A consonant the pattern takes before another of its kind: k s t p g b d c z. */
    private static boolean doubled(char c) {
        return "kstpgbdcz".indexOf(c) >= 0;
    }

    /** False for a word {@link #HEPBURN} cannot match, without the matcher: one holding a letter none of its syllables
     *  writes (l, q, v, x) or ending otherwise than its syllables may end (a vowel, n, the h of a long o). Asked of every
     *  query's words. */
    private static boolean mayBeHepburn(String w) {
        if (w.isEmpty()) {
            return false;
        }
        char last = w.charAt(w.length() - 1);
        if (last != 'a' && last != 'e' && last != 'i' && last != 'o' && last != 'u' && last != 'n' && last != 'h') {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z' || c == 'l' || c == 'q' || c == 'v' || c == 'x') {
                return false;
            }
        }
        return true;
    }

    /** Whether a word writes a long vowel at all: the cheap test before the fold. */
    private static boolean marksLength(String w) {
        return w.contains("ou") || w.contains("oo") || w.contains("uu") || w.contains("oh");
    }

    /** The word with its long vowels unmarked. */
    static String fold(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(c);
            if (c == 'o' || c == 'u') {
                char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
                if (c == 'o' && (next == 'u' || next == 'o')
                        || c == 'u' && next == 'u'
                        || c == 'o' && next == 'h' && (i + 2 >= w.length() || beginsAMora(w, i + 2))) {
                    i++;
                }
            }
        }
        return b.toString();
    }

    /** Whether a consonant at {@code k} begins a mora: a vowel or y follows it ("ohno": n, o), not a moraic n ("john"). */
    private static boolean beginsAMora(String w, int k) {
        return !vowel(w.charAt(k)) && k + 1 < w.length() && (vowel(w.charAt(k + 1)) || w.charAt(k + 1) == 'y');
    }

    private static int vowels(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            n += vowel(w.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
