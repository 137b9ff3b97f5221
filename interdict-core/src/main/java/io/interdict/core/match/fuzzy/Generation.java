package io.interdict.core.match.fuzzy;

/**
 * The generation a person's name states after the name ("Jr.", "Sr.", "II", "III", "IV"): father and son, or grandson,
 * share every other word of it ("Benigno Aquino Jr." and his son "Benigno Aquino III"). The pipeline drops "Jr." and
 * "Sr." as honorifics and reads the numerals as numbers, so the suffix is read here from the name as written; so is a
 * generation in digits ("2nd", or "2" as an ordinal reading writes it). "Jr." and
 * "II" are one generation (the second of the name); "V" and later are left alone, as "V." is as often an initial
 * ("Putin V."), and so is a suffix before the name's last word.
 */
final class Generation {
    private Generation() {
    }

    /** The generation the name's last word states (1 for "Sr.", 2 for "Jr." or "II", 3 for "III", 4 for "IV"), 0 if none. */
    static int of(String original) {
        int end = original.length();
        while (end > 0 && !Character.isLetterOrDigit(original.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(original.charAt(start - 1))) {
            start--;
        }
        if (start == 0 || start == end) {
            return 0;   // a name of one word states no generation
        }
        if (Character.isDigit(original.charAt(start))) {
            return inDigits(original, start, end);
        }
        // Compared in place: scoring asks this of every pair of persons, and a word cut out would be allocated each time.
        int length = end - start;
        if (length > 6) {
            return 0;
        }
        for (int g = 0; g < NUMERALS.length; g++) {   // numerals in capitals, as they are written ("Nguyen Van Ii")
            if (length == NUMERALS[g].length() && original.startsWith(NUMERALS[g], start)) {
                return g + 2;
            }
        }
        for (int g = 0; g < WORDS.length; g++) {
            for (String w : WORDS[g]) {
                if (length == w.length() && original.regionMatches(true, start, w, 0, length)) {
                    return g + 1;
                }
            }
        }
        return 0;
    }

    /** The generation a number in digits states, as an ordinal reading writes it ("Henry Ford 2nd", read "Henry Ford 2"):
     *  2 to 4, with or without its ordinal suffix; 0 for any other. */
    private static int inDigits(String original, int start, int end) {
        char d = original.charAt(start);
        if (d < '2' || d > '4') {
            return 0;
        }
        String suffix = original.substring(start + 1, end).toLowerCase(java.util.Locale.ROOT);
        return suffix.isEmpty() || suffix.equals(d == '2' ? "nd" : d == '3' ? "rd" : "th") ? d - '0' : 0;
    }

    /** "II", "III", "IV": the second, third and fourth of the name. */
    private static final String[] NUMERALS = {"II", "III", "IV"};
    /** The words for the first of the name, the second, the third and the fourth (an ordinal in words is also how a
     *  reading writes "2nd": {@link io.interdict.core.names.Ordinals#inWords}). */
    private static final String[][] WORDS = {{"sr", "snr", "senior"}, {"jr", "jnr", "junior", "second"}, {"third"}, {"fourth"}};

    /** Whether both names state a generation, and not the same one: two persons of one family. */
    static boolean differ(String a, String b) {
        int ga = of(a);
        if (ga == 0) {
            return false;
        }
        int gb = of(b);
        return gb != 0 && ga != gb;
    }
}
