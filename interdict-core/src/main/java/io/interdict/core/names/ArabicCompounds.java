package io.interdict.core.names;

import java.util.Locale;

/**
 * An Arabic name's compounds written as one word, read apart: a kunya ("AbuBakr", "Abubakr": Abu Bakr, "father of
 * Bakr") and a theophoric name ("AbdulRahman", "Abdelaziz": Abd al-Rahman, "servant of the Merciful"), as Wikipedia's
 * "Arabic name" describes both (kunya: Abu; ism: Abd followed by one of God's names), and, in a name that has such a
 * compound or a particle of its own (bin, ibn, al-), the article glued to a family name ("AlAmoudi": Al-Amoudi). A
 * person's name compared pairwise is read so once more (interdict-v2), so that "Abu Bakr Baghdadi" meets "AbuBakr
 * al-Baghdadi" whichever side writes the words together. Latin text as written. Pure.
 *
 * <p>Only a compound whose second part has four letters or more is read apart, and not one of God's name alone
 * ("Abdullah", "Abdallah", "Abdullahi" are one name: Abd Allah written whole).
 */
public final class ArabicCompounds {
    /** Longest first: "abdul" before "abd". */
    private static final String[] SERVANT = {"abdul", "abdel", "abdal", "abdol", "abdur", "abdus", "abd"};
    private static final int MIN_REST = 4;
    /** What stays after "Abd" of God's name alone: "Abdullah" is Abd Allah written whole, one name. */
    private static final java.util.regex.Pattern ALLAH = java.util.regex.Pattern.compile("l?lah?i?|ullah?i?|allah?");

    private ArabicCompounds() {
    }

    /** The name with its glued compounds apart, or null when it has none. */
    public static String apart(String name) {
        return name == null || name.length() > 80 || !mayHold(name) ? null : readApart(name);
    }

    /** {@link #apart} without its test of the word starts. */
    static String readApart(String name) {
        String[] words = name.strip().split("\\s+");
        boolean marked = false;
        String[] split = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            split[i] = compound(words[i]);
            String lower = words[i].toLowerCase(Locale.ROOT);
            marked |= split[i] != null || lower.equals("bin") || lower.equals("ibn") || lower.equals("bint")
                    || lower.startsWith("al-") || lower.startsWith("el-") || lower.equals("al") || lower.equals("el");
        }
        if (!marked) {
            return null;
        }
        boolean changed = false;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = split[i] != null ? split[i] : i > 0 ? article(words[i]) : null;
            changed |= w != null;
            out.append(i == 0 ? "" : " ").append(w != null ? w : words[i]);
        }
        return changed ? out.toString() : null;
    }

    /** Whether a word of the name begins as a compound ("ab") or a glued article ("al", "el") may, without which
     *  {@link #apart} reads nothing apart: a test of the word starts alone, which spares most names its split. */
    static boolean mayHold(String name) {
        for (int i = 0; i + 1 < name.length(); i++) {
            if (i > 0 && !Character.isWhitespace(name.charAt(i - 1))) {
                continue;
            }
            char c = Character.toLowerCase(name.charAt(i));
            char d = Character.toLowerCase(name.charAt(i + 1));
            if (c == 'a' && (d == 'b' || d == 'l') || c == 'e' && d == 'l') {
                return true;
            }
        }
        return false;
    }

    /** "AbuBakr" "Abu Bakr", "Abdelaziz" "Abdel aziz"; null for any other word. */
    static String compound(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        if (lower.startsWith("abu") && lower.length() - 3 >= MIN_REST) {
            return word.substring(0, 3) + " " + word.substring(3);
        }
        for (String p : SERVANT) {
            String rest = lower.substring(Math.min(p.length(), lower.length()));
            if (lower.startsWith(p) && rest.length() >= MIN_REST && !ALLAH.matcher(rest).matches()) {
                return word.substring(0, p.length()) + " " + word.substring(p.length());
            }
        }
        return null;
    }

    /** "AlAmoudi" "Al Amoudi", "Elsheikh" "El sheikh", the rest of four letters or more; null otherwise. */
    static String article(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("al") || lower.startsWith("el")) && lower.length() - 2 >= MIN_REST
                && lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return word.substring(0, 2) + " " + word.substring(2);
        }
        return null;
    }
}
