package io.interdict.core.names;

/**
 * Digits and signs typed for the letters they look like inside a Latin word, to look like a name to a reader while
 * reading otherwise to a matcher: the way a payment is disguised to pass a screening unseen ("V1ad1m1r Put1n", "0SAMA
 * BIN L4DEN", "R1 W0N H0", "QADH4F!", "@1!"). Read: 0 o, 3 e, 4 a, 5 s, 7 t, "@" a, "$" s, and 1 and "!" as l before a
 * vowel, else i (the common substitutions of "leet" writing); a 1 is read l or i as makes the word one the lists hold,
 * in a search, or one of the other name's, in a comparison.
 * <p>Only in a word of Latin letters and these (or of these alone with a sign among them), never three together (but
 * among four letters or more), nor more of them than one more than the letters: a word of digits ("Leasing 3"), a
 * number run into a word ("Nitr0jen26", "A320"), an ordinal ("3rd", "1er") and a word with another digit ("Q8") are
 * not read. Some names are
 * written with such digits ("Smart Media4U", "New H3C"), so a search and a comparison read a name both ways, never this
 * way alone.
 * <p>Pure and thread-safe. ({@link Punctuation} reads "@" and "!" between letters, and "$" before one, in every name;
 * look-alike letters of two alphabets: {@link LookalikeLetters}.)
 */
public final class TypedLetters {
    private TypedLetters() {
    }

    /**
     * The name with the digits typed for letters inside its Latin words read as those letters (see the class comment), or
     * null when it has none.
     */
    public static String digits(String name) {
        return digits(name, null);
    }

    /** Most 1s in a word whose readings as l or i are each tried against {@code known}. */
    private static final int MAX_ONES_TRIED = 4;

    /**
     * {@link #digits(String)}; a 1, typed for an l or an i, read as the letter that makes the word one {@code known}
     * holds (lower case), when one does (null, or none: l before a vowel, else i).
     */
    public static String digits(String name, java.util.function.Predicate<String> known) {
        if (name == null) {
            return null;
        }
        int n = name.length();
        StringBuilder out = null;
        for (int start = 0; start < n; ) {
            if (LookalikeLetters.script(name.charAt(start)) != 1 && !typed(name.charAt(start))) {
                start++;
                continue;
            }
            int end = start;
            int letters = 0;
            int ones = 0;
            boolean sign = false;
            boolean otherDigit = false;
            while (end < n && (LookalikeLetters.script(name.charAt(end)) == 1 || typed(name.charAt(end)))) {
                char c = name.charAt(end);
                if (LookalikeLetters.script(c) == 1) {
                    letters++;
                } else if (letterOf(c) == 0) {
                    otherDigit = true;
                } else {
                    ones += c == '1' || c == '!' ? 1 : 0;
                    sign |= c < '0' || c > '9';
                }
                end++;
            }
            // a word of a letter at least, or of digits with a sign (a word of digits alone is a number)
            if ((letters >= 1 || sign) && end - start >= 2 && !otherDigit && !ordinal(name, start, end)
                    && readable(name, start, end, letters)) {
                if (out == null) {
                    out = new StringBuilder(name);
                }
                for (int i = start; i < end; i++) {
                    if (LookalikeLetters.script(name.charAt(i)) != 1) {
                        out.setCharAt(i, letterFor(name, start, i, end));
                    }
                }
                if (known != null && ones > 0 && ones <= MAX_ONES_TRIED) {
                    onesAsKnown(name, start, end, ones, known, out);
                }
            }
            start = end;
        }
        return out == null ? null : out.toString();
    }

    /** The word {@code [start, end)} of {@code out} with its 1s read as l or i as makes it a word {@code known} holds,
     *  the default reading first; left as it is when none does. */
    private static void onesAsKnown(String name, int start, int end, int ones, java.util.function.Predicate<String> known,
                                    StringBuilder out) {
        char[] word = out.substring(start, end).toLowerCase(java.util.Locale.ROOT).toCharArray();
        int[] at = new int[ones];
        for (int i = start, k = 0; i < end; i++) {
            if (name.charAt(i) == '1' || name.charAt(i) == '!') {
                at[k++] = i - start;
            }
        }
        char[] defaults = new char[ones];
        for (int k = 0; k < ones; k++) {
            defaults[k] = word[at[k]];
        }
        for (int mask = 0; mask < 1 << ones; mask++) {
            for (int k = 0; k < ones; k++) {
                char d = defaults[k];
                word[at[k]] = (mask & 1 << k) == 0 ? d : d == 'l' ? 'i' : 'l';
            }
            if (known.test(new String(word))) {
                for (int k = 0; k < ones; k++) {
                    char was = out.charAt(start + at[k]);
                    out.setCharAt(start + at[k], Character.isUpperCase(was) ? Character.toUpperCase(word[at[k]]) : word[at[k]]);
                }
                return;
            }
        }
    }

    /** Whether the word has digits or signs, no more than one more than its letters (or three with a sign: "@1!"), and
     *  never three digits together but among four letters or more ("NURU114H") or with a sign: "A320" is a number. */
    private static boolean readable(String name, int start, int end, int letters) {
        int typed = 0;
        int run = 0;
        boolean signed = false;
        boolean anySign = false;
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            if (LookalikeLetters.script(c) == 1) {
                run = 0;
                signed = false;
                continue;
            }
            run++;
            signed |= c < '0' || c > '9';
            anySign |= signed;
            typed++;
            if (run > (letters >= 4 ? 3 : 2) && !signed) {
                return false;
            }
        }
        return typed > 0 && (typed <= letters + 1 || anySign && typed <= 3);
    }

    /** The endings of an ordinal written in digits: English "3rd", "4th", French "1er", "3e", "3ème". */
    private static final java.util.Set<String> ORDINAL_ENDINGS = java.util.Set.of("st", "nd", "rd", "th", "er", "re", "e",
            "eme", "\u00E8me");

    /** Whether the word is digits and an ordinal's ending ("Henry Ford 3rd"): a number, not letters. */
    private static boolean ordinal(String name, int start, int end) {
        int i = start;
        while (i < end && name.charAt(i) >= '0' && name.charAt(i) <= '9') {
            i++;
        }
        return i > start && i < end && ORDINAL_ENDINGS.contains(name.substring(i, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a character is a digit, or a sign typed for a letter ("@" a, "$" s, "!" i or l). */
    private static boolean typed(char c) {
        return c >= '0' && c <= '9' || c == '@' || c == '$' || c == '!';
    }

    /** The letter a digit or sign is typed for; 0 when it is typed for none. 1 and "!" are told by {@link #letterFor}. */
    private static char letterOf(char digit) {
        return switch (digit) {
            case '@' -> 'a';
            case '$' -> 's';
            case '!' -> 'i';
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            default -> 0;
        };
    }

    /** The letter for the digit or sign at {@code i} in the word {@code [start, end)}: upper case when all the word's
     *  letters are; a 1 or "!" is an l before a vowel (or before a digit read as one), else an i. */
    private static char letterFor(String name, int start, int i, int end) {
        char c = name.charAt(i);
        char next = i + 1 < end ? name.charAt(i + 1) : ' ';
        char nextRead = Character.toLowerCase(LookalikeLetters.script(next) == 1 ? next : letterOf(next));
        char letter = (c == '1' || c == '!') && "aeiouy".indexOf(nextRead) >= 0 ? 'l' : letterOf(c);
        boolean upper = false;
        for (int k = start; k < end; k++) {
            char x = name.charAt(k);
            if (LookalikeLetters.script(x) == 1) {
                if (!Character.isUpperCase(x)) {
                    return letter;
                }
                upper = true;
            }
        }
        return upper ? Character.toUpperCase(letter) : letter;
    }
}
