package io.interdict.core.names;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English ordinal written in words ("Seventh", "Twenty-First") or in digits ("7th", "21st"), read the other way
 * (interdict-v2, as a query's and a pairwise comparison's further reading; the index keeps names as listed): "Seventh
 * Sea Shipping" ~ "7TH SEA SHIPPING". Both forms stay words of their own reading, so a slip in either ("FIRS OIL",
 * "7T OF TIR") still meets the listed name as written. Up to 99.
 */
public final class Ordinals {
    private static final String[] UNITS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[] TENTHS = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
        "eightieth", "ninetieth"};
    private static final Map<String, Integer> VALUES = values();
    private static final Pattern WORDS = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:(" + String.join("|", java.util.Arrays.copyOfRange(TENS, 2, TENS.length))
                    + ")[- ]?(" + String.join("|", java.util.Arrays.copyOfRange(UNITS, 1, 10)) + ")|("
                    + String.join("|", java.util.Arrays.copyOfRange(UNITS, 1, UNITS.length)) + "|"
                    + String.join("|", java.util.Arrays.copyOfRange(TENTHS, 2, TENTHS.length)) + "))(?![\\p{L}\\p{N}])");
    private static final Pattern DIGITS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])([1-9][0-9]?)(st|nd|rd|th)(?![\\p{L}\\p{N}])");

    private Ordinals() {
    }

    private static Map<String, Integer> values() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int v = 1; v < UNITS.length; v++) {
            m.put(UNITS[v], v);
        }
        for (int t = 2; t < TENS.length; t++) {
            m.put(TENS[t], 10 * t);
            m.put(TENTHS[t], 10 * t);
        }
        return Map.copyOf(m);
    }

    /** The name with its ordinals in words written in digits ("Twenty-First Century" -> "21st Century"), or null if it
     *  has none. */
    public static String inDigits(String name) {
        if (name == null || !mayHoldWords(name)) {
            return null;
        }
        Matcher m = WORDS.matcher(name);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            int v = m.group(3) != null ? VALUES.get(m.group(3).toLowerCase(Locale.ROOT))
                    : VALUES.get(m.group(1).toLowerCase(Locale.ROOT)) + VALUES.get(m.group(2).toLowerCase(Locale.ROOT));
            m.appendReplacement(out, v + suffix(v));
            any = true;
        }
        m.appendTail(out);
        return any ? out.toString() : null;
    }

    /** The name with its ordinals in digits written in words ("21st Century" -> "twenty-first Century"), or null if it has
     *  none whose suffix is its own ("2th" is none). */
    public static String inWords(String name) {
        if (name == null || !AccountReferences.hasDigits(name)) {
            return null;
        }
        Matcher m = DIGITS.matcher(name);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            int v = Integer.parseInt(m.group(1));
            if (!suffix(v).equalsIgnoreCase(m.group(2))) {
                continue;
            }
            String words = v < 20 ? UNITS[v] : v % 10 == 0 ? TENTHS[v / 10] : TENS[v / 10] + "-" + UNITS[v % 10];
            m.appendReplacement(out, words);
            any = true;
        }
        m.appendTail(out);
        return any ? out.toString() : null;
    }

    private static final Pattern LAST_ROMAN_ONE = Pattern.compile("(?<=\\p{L}{2}[.,]?\\s{1,3})I$");
    private static final Pattern LAST_ONE = Pattern.compile("(?<=\\p{L}{2}[.,]?\\s{1,3})1$");

    /**
     * The name with a last word "I" written as the number 1, or a last word "1" as "I": the first of a series of ships or
     * funds ("GRACE I" ~ "GRACE 1"), which the pipeline cannot read as a Roman numeral, I being as often a letter (an
     * initial). Only a capital I after a word of two letters or more; null when the name ends in neither.
     */
    public static String lastOneOtherWay(String name) {
        if (name == null || name.length() < 4) {
            return null;
        }
        char c = name.charAt(name.length() - 1);
        if (c != 'I' && c != '1') {
            return null;
        }
        Matcher m = (c == 'I' ? LAST_ROMAN_ONE : LAST_ONE).matcher(name);
        return m.find() ? name.substring(0, m.start()) + (c == 'I' ? "1" : "I") : null;
    }

    private static final Pattern THE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])the\\s+$");

    /** The name with each ordinal, in words or in digits, written as its number in digits, and a "the" before it dropped
     *  ("Nikolai the Second" -> "Nikolai 2", "Benedict 16th" -> "Benedict 16"), as a regnal or generation number is also
     *  written in Roman numerals, which the pipeline reads as numbers ("Nikolai II"); null if it has none. */
    public static String asNumbers(String name) {
        if (name == null) {
            return null;
        }
        String digits = inDigits(name);
        String s = digits != null ? digits : name;
        if (!AccountReferences.hasDigits(s)) {
            return null;
        }
        Matcher m = DIGITS.matcher(s);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        int last = 0;
        while (m.find()) {
            int v = Integer.parseInt(m.group(1));
            if (!suffix(v).equalsIgnoreCase(m.group(2))) {
                continue;
            }
            String before = s.substring(last, m.start());
            Matcher the = THE.matcher(before);
            out.append(the.find() ? before.substring(0, the.start()) : before).append(v);
            last = m.end();
            any = true;
        }
        out.append(s.substring(last));
        return any ? out.toString() : null;
    }

    /** Whether some run of letters of the name ends as every ordinal word and tens word does (st, nd, rd, th, ty): a
     *  cheap test before the pattern, asked of every query. */
    private static boolean mayHoldWords(String name) {
        int n = name.length();
        for (int i = 1; i < n; i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c) && (i + 1 == n || !Character.isLetter(name.charAt(i + 1)))) {
                char p = Character.toLowerCase(name.charAt(i - 1));
                char l = Character.toLowerCase(c);
                if (l == 't' && p == 's' || l == 'd' && (p == 'n' || p == 'r') || l == 'h' && p == 't' || l == 'y' && p == 't') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The English ordinal suffix of a number ("st" for 1 and 21, "th" for 11 and 12). */
    static String suffix(int v) {
        int last = v % 10;
        return v % 100 / 10 == 1 || last == 0 || last > 3 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : "rd";
    }
}
