package io.interdict.core.match.fuzzy;

/**
 * The generation a person's name states after the name ("Jr.", "Sr.", "II", "III", "IV"): father and son, or grandson,
 * share every other word of it ("Benigno Aquino Jr." and his son "Benigno Aquino III"). The pipeline drops "Jr." and
 * "Sr." as honorifics and reads the numerals as numbers, so the suffix is read here from the name as written. "Jr." and
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
        while (start > 0 && Character.isLetter(original.charAt(start - 1))) {
            start--;
        }
        if (start == 0 || start == end) {
            return 0;   // a name of one word states no generation
        }
        String word = original.substring(start, end);
        switch (word) {   // numerals in capitals, as they are written ("Nguyen Van Ii" ends with a syllable)
            case "II":
                return 2;
            case "III":
                return 3;
            case "IV":
                return 4;
            default:
                break;
        }
        switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "sr": case "snr": case "senior":
                return 1;
            case "jr": case "jnr": case "junior":
                return 2;
            default:
                return 0;
        }
    }

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
