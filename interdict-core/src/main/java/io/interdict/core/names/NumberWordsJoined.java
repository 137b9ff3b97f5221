package io.interdict.core.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number word and the word beside it that another name writes as one word: "Five Star Logistics" ~ "Fivestar
 * Logistics", "Ten Cent Holdings" ~ "Tencent Holdings", "One Source" ~ "Onesource", and with the number in digits,
 * "Three M Company" ~ "3M Company". Read as a number, the word glues to nothing ({@link Numerals} makes it a number
 * token, and a number pairs only with itself), so a name that joins it to its neighbour never meets the name that
 * writes them apart. Compared pairwise, the name is also read with the two words joined as the other name joins them.
 */
public final class NumberWordsJoined {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private NumberWordsJoined() {
    }

    /** {@code name} with each number word joined to the word beside it as {@code other} writes the two as one word
     *  (in letters, or the number in digits and the word after it), or null when {@code other} joins none. */
    public static String against(String name, String other) {
        if (name == null || other == null) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        boolean numberWord = false;
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            numberWord |= WordLists.NUMERALS.containsKey(m.group().toLowerCase(Locale.ROOT));
        }
        if (!numberWord) {
            return null;   // most names: nothing to join, and the other name is not read
        }
        Set<String> otherWords = new HashSet<>();
        Matcher o = WORD.matcher(other.toLowerCase(Locale.ROOT));
        while (o.find()) {
            otherWords.add(o.group());
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        boolean joined = false;
        for (int i = 0; i + 1 < spans.size(); i++) {
            int[] a = spans.get(i);
            int[] b = spans.get(i + 1);
            if (!name.substring(a[1], b[0]).isBlank() && !name.substring(a[1], b[0]).equals("-")) {
                continue;   // only words apart by spaces or a hyphen
            }
            String x = name.substring(a[0], a[1]).toLowerCase(Locale.ROOT);
            String y = name.substring(b[0], b[1]).toLowerCase(Locale.ROOT);
            Integer vx = WordLists.NUMERALS.get(x);
            if (vx == null && !WordLists.NUMERALS.containsKey(y)) {
                continue;
            }
            String write = otherWords.contains(x + y) ? x + y
                    : vx != null && isLetters(y) && otherWords.contains(vx + y) ? vx + y : null;
            if (write == null) {
                continue;
            }
            out.append(name, copied, a[0]).append(write);
            copied = b[1];
            joined = true;
            i++;   // the next word is taken
        }
        return joined ? out.append(name.substring(copied)).toString() : null;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
