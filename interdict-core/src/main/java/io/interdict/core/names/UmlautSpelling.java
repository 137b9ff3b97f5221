package io.interdict.core.names;

/**
 * A name's letters with a diaeresis or ring, and æ and ø, spelled out as passports' machine-readable zones and airline
 * tickets spell them: ä, ö, ü as "ae", "oe", "ue", å as "aa", æ as "ae", ø as "oe" ("Jürgen Müller" ~ "Juergen Mueller",
 * "Schröder" ~ "Schroeder", "Søren Løkke" ~ "Soeren Loekke"). Folding the letters to a, o, u ("Muller") is the other
 * usual spelling, which the name pipeline already gives.
 *
 * <p>Sources: ICAO Doc 9303, Machine Readable Travel Documents, Part 3, section 6.A "Transliteration of multinational
 * Latin-based characters" (cited by sonderzeichenhilfe.de, "Flugtickets"); German passports' machine-readable zone
 * (usa-reise.de forum: "die Umlaute ä, ö, und ü, immer durch ae, oe und ue ersetzt"); Swedish and Danish passports and
 * tickets (Mats Dufberg, IIS, ICANN Latin Generation Panel list, 10 October 2018: ä ae, å aa, ö oe, ü ue; Danish æ ae,
 * ø oe).
 */
public final class UmlautSpelling {
    private UmlautSpelling() {
    }

    /** The name with those letters spelled out, or null when it has none. */
    public static String spelledOut(String name) {
        if (name == null || !has(name)) {
            return null;
        }
        String s = name.indexOf('\u0308') >= 0 || name.indexOf('\u030A') >= 0
                ? java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC) : name;
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean upperNext = i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1));
            String r = switch (c) {
                case 'ä', 'æ' -> "ae";
                case 'ö', 'ø' -> "oe";
                case 'ü' -> "ue";
                case 'å' -> "aa";
                case 'Ä', 'Æ' -> upperNext ? "AE" : "Ae";
                case 'Ö', 'Ø' -> upperNext ? "OE" : "Oe";
                case 'Ü' -> upperNext ? "UE" : "Ue";
                case 'Å' -> upperNext ? "AA" : "Aa";
                default -> null;
            };
            if (r == null) {
                out.append(c);
            } else {
                out.append(r);
            }
        }
        return out.toString();
    }

    private static boolean has(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0xC4) {
                continue;
            }
            switch (c) {
                case 'ä', 'ö', 'ü', 'å', 'æ', 'ø', 'Ä', 'Ö', 'Ü', 'Å', 'Æ', 'Ø', '\u0308', '\u030A' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
