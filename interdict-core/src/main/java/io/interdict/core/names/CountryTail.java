package io.interdict.core.names;

/**
 * A country named after a name, in a part of its own: "MAHAN AIR, Iran", "Rosoboronexport JSC; Russia", as payment data
 * writes a party's country beside its name. The last part (parts are separated by commas, semicolons or line breaks;
 * never the only one) is a country's name when {@link CountryNames} holds it (CLDR's names in several languages: "Iran",
 * "Russia", "Deutschland", "Emiratos Árabes Unidos"; not abbreviations such as "UAE"). A country is also a word of many
 * listed names ("BANK MELLI IRAN"), so the name is read both with and without it.
 */
public final class CountryTail {
    private CountryTail() {
    }

    /** The name without its last part when that part is a country's name, as written (stripped); null otherwise. */
    public static String nameBefore(String name) {
        int sep = lastSeparator(name);
        if (sep <= 0 || !isCountry(name.substring(sep + 1))) {
            return null;
        }
        String before = stripSeparators(name.substring(0, sep));
        for (int i = 0; i < before.length(); i++) {
            if (Character.isLetter(before.charAt(i))) {
                return before;
            }
        }
        return null;
    }

    /** The country part {@link #nameBefore} leaves out, stripped; null when there is none. */
    public static String country(String name) {
        return nameBefore(name) == null ? null : name.substring(lastSeparator(name) + 1).strip();
    }

    private static boolean isCountry(String part) {
        String folded = CountryNames.fold(part);
        if (folded.isEmpty()) {
            return false;
        }
        int words = folded.split(" ").length;
        return words <= CountryNames.MAX_WORDS && CountryNames.is(folded);
    }

    private static int lastSeparator(String name) {
        if (name == null) {
            return -1;
        }
        String s = name.stripTrailing();
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    private static String stripSeparators(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ',' || s.charAt(end - 1) == ';')) {
            end--;
        }
        return s.substring(0, end).strip();
    }
}
