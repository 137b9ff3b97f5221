package io.interdict.core.match.fuzzy;

/**
 * A name typed backwards, word by word: "rimaldiV nituP" is "Vladimir Putin" with each word's letters in reverse
 * (nomenklatura's labelled pairs call this deviation "character reversal"). Read forwards only when the name shows it: a
 * word of three letters or more in lower case but its last, a capital, as a capitalised word written backwards is, and no
 * word capitalised as usual (interdict-v2, compared pairwise).
 */
final class Backwards {
    private Backwards() {
    }

    /** The name with each word's letters reversed, or null when no word shows it was typed backwards. */
    static String reading(String name) {
        if (name == null || name.length() < 3) {
            return null;
        }
        boolean shown = false;
        String[] words = name.trim().split("\\s+");
        StringBuilder out = new StringBuilder(name.length());
        for (String w : words) {
            int n = w.length();
            if (n >= 3 && Character.isUpperCase(w.charAt(n - 1)) && lowerLetters(w, 0, n - 1)) {
                shown = true;
            } else if (n >= 2 && Character.isUpperCase(w.charAt(0)) && lowerLetters(w, 1, n)) {
                return null;   // a word capitalised as usual: the name runs forwards
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(new StringBuilder(w).reverse());
        }
        return shown ? out.toString() : null;
    }

    private static boolean lowerLetters(String w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
