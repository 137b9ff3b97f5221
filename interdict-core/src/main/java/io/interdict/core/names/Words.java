package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A name's words without a regular expression. Every query passes through several steps that part a name into
 * words; {@code String.split} with a pattern of more than one character compiles nothing here but still runs the
 * regular-expression engine, whose code a batch of names on one core first interprets and then compiles (measured
 * with async-profiler on 20,000 names, `match --input` on one core: about 5 % of the run's CPU in regular
 * expressions and streams over code points, which these loops replace; docs/matching-history.md "Speed").
 */
public final class Words {
    private Words() {
    }

    /** {@code s.strip().split("\\s+")}: the words between runs of ASCII white space ({@code \s}), the name stripped of
     *  white space at both ends first; a blank name gives one empty word, as {@code split} does. */
    public static String[] spaced(String s) {
        return pieces(s.strip());
    }

    /** {@code s.split("[\\s" + others + "]+")}: {@link #pieces(String)} parted at the characters of {@code others} too. */
    public static String[] pieces(String s, String others) {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (separator(s.charAt(i), others)) {
                out.add(s.substring(start, i));
                while (i < s.length() && separator(s.charAt(i), others)) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        return ending(out, s, start);
    }

    private static boolean separator(char c, String others) {
        return asciiSpace(c) || others.indexOf(c) >= 0;
    }

    /** The code points of a word ({@code s.codePoints().toArray()} without a stream). */
    public static int[] codePoints(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            out[n++] = cp;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** {@code s.split("\\s+")}: an empty leading piece when {@code s} starts with a space and has more, no trailing
     *  empty pieces (none at all for a string of spaces). */
    public static String[] pieces(String s) {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (asciiSpace(s.charAt(i))) {
                out.add(s.substring(start, i));
                while (i < s.length() && asciiSpace(s.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        return ending(out, s, start);
    }

    /** The pieces found before the last separator and what follows it, as String.split ends them. */
    private static String[] ending(List<String> out, String s, int start) {
        if (out.isEmpty()) {
            return new String[] {s};   // as String.split: no separator, the string itself (an empty one too)
        }
        out.add(s.substring(start));
        // As String.split: trailing empty pieces are dropped (all of them for a string of spaces alone).
        int n = out.size();
        while (n > 0 && out.get(n - 1).isEmpty()) {
            n--;
        }
        return out.subList(0, n).toArray(new String[0]);
    }

    /** What the regular expression {@code \s} matches. */
    public static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether any code point of {@code s} is a Hangul syllable or a Han character. */
    public static boolean hasHanOrHangul(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x2E80 && (HangulRomanizer.isSyllable(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                return true;
            }
        }
        return false;
    }
}
