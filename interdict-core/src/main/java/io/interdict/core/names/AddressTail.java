package io.interdict.core.names;

import java.util.regex.Pattern;

/**
 * A postal address written after a name in the same field: "MAHAN AIR, 21 Azadegan St, Tehran", "Tidewell Process
 * Equipment Inc, 12250 Brevard Ln, Pasadena TX 77506", or on the lines of a SWIFT MT103 party field ("ROSOBORONEXPORT
 * JSC\n27 STROMYNKA STREET\nMOSCOW"). Payment data often carries a party's address in its name; read whole, the
 * address's words outnumber the name's and the listed name is missed.
 *
 * <p>The name is cut at the first part (parts are separated by commas, semicolons or line breaks; never the first part)
 * that starts as a street address: a house number ("21", "12a", "12-14", "5/2", a Japanese block "1-2-3") followed by
 * a word; a post-office box ("P.O. Box 1234", "PO Box", "POB", "Postfach", "Apartado", "B.P."); a floor, suite, unit
 * or building and its number ("Floor 3", "Suite 400", "3rd Floor", "Bldg 5", "Etage 2", "Piso 4"); or, where the number
 * follows the street ("Hauptstraße 5, 10115 Berlin", "Via Roma 12, 00184 Roma", "ul. Stromynka 27, Moscow 107076"),
 * a part ending in a house number followed by a part with a postcode (four to six digits). What is cut off must hold
 * three words or more, so a name whose last part is a number and a word ("Fund, 2 Holdings", "Marrowgate Leasing, 3
 * Ltd") keeps it. What is left must hold a letter. An address without a number ("MAHAN AIR, Tehran, Iran") is not
 * recognised: telling a city from a name's word would need a gazetteer.
 */
public final class AddressTail {
    private static final Pattern PARTS = Pattern.compile("[,;\\r\\n]+");
    /** A house number and the street's first letter: "21 Azadegan", "12a Rue", "12-14 High", "5/2 Main", "1-2-3 Chiyoda". */
    private static final Pattern HOUSE_NUMBER_FIRST = Pattern.compile("\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,6}[A-Za-z]?){0,2}\\s+\\p{L}.*");
    /** A floor, suite, unit, room or building and its number: "Floor 3", "Suite 400", "3rd Floor", "Bldg. 5". */
    private static final Pattern UNIT = Pattern.compile("(?i)(?:(?:floor|fl|suite|ste|unit|level|room|rm|apt|apartment|office|"
            + "building|bldg|block|blk|etage|étage|piso|stock|andar|plot)\\.?\\s*(?:no\\.?\\s*)?\\d.*|\\d{1,3}(?:st|nd|rd|th)\\s+(?:floor|fl)\\b.*)");
    /** A post-office box. */
    private static final Pattern BOX = Pattern.compile(
            "(?i)(?:p\\.?\\s?o\\.?\\s*box|pob|postfach|apartado(?:\\s+postal)?|caixa\\s+postal|b\\.?\\s?p\\.?)\\.?\\s*\\d.*");
    /** A street written before its house number: "Hauptstraße 5", "Via Roma 12", "Calle Mayor 3b". */
    private static final Pattern HOUSE_NUMBER_LAST = Pattern.compile("\\p{L}.*\\s\\d{1,6}[A-Za-z]?");
    /** A postcode, before or after the city: "10115 Berlin", "00184 Roma", "Moscow 107076" (the part after a street
     *  written before its number). */
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)\\d{4,6}(?!\\d)");
    private static final int MIN_TAIL_WORDS = 3;

    private AddressTail() {
    }

    /** A name and the address written after it, each as written (its parts joined by ", "). */
    public record Read(String name, String tail) {
    }

    /** The name and its address tail, or null when it has none. */
    public static Read read(String name) {
        int cut = cut(name);
        if (cut < 0) {
            return null;
        }
        String[] parts = PARTS.split(name.strip());
        return new Read(joined(parts, 0, cut), joined(parts, cut, parts.length));
    }

    /** The name without its address tail, or null when it has none. */
    public static String nameBefore(String name) {
        Read r = read(name);
        return r == null ? null : r.name();
    }

    /** The address tail, or null when the name has none. */
    public static String tail(String name) {
        Read r = read(name);
        return r == null ? null : r.tail();
    }

    /** Parts {@code from} to {@code to - 1}, stripped, the empty ones left out, joined by ", ". */
    private static String joined(String[] parts, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            String p = parts[i].strip();
            if (!p.isEmpty()) {
                out.append(out.length() == 0 ? "" : ", ").append(p);
            }
        }
        return out.toString();
    }

    /** The index of the first part of the address tail, or -1. */
    private static int cut(String name) {
        if (name == null || !mayHold(name)) {
            return -1;
        }
        String[] parts = PARTS.split(name.strip());
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int at = -1;
            if (i + 1 < parts.length && HOUSE_NUMBER_LAST.matcher(p).matches() && POSTCODE.matcher(parts[i + 1]).find()) {
                at = i;   // a street written before its number, then a postcode and city
            } else if (HOUSE_NUMBER_FIRST.matcher(p).matches() || BOX.matcher(p).matches() || UNIT.matcher(p).matches()) {
                at = i;
            }
            if (at >= 0) {
                return words(parts, at) >= MIN_TAIL_WORDS && hasLetter(parts, at) ? at : -1;
            }
        }
        return -1;
    }

    /** Cheaply, before any part is cut out: a separator, and a digit after it. */
    private static boolean mayHold(String name) {
        int sep = -1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ',' || c == ';' || c == '\n' || c == '\r') {
                sep = i;
                break;
            }
        }
        if (sep < 0) {
            return false;
        }
        for (int i = sep + 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int words(String[] parts, int from) {
        int n = 0;
        for (int i = from; i < parts.length; i++) {
            for (String w : Words.spaced(parts[i])) {
                n += w.isEmpty() ? 0 : 1;
            }
        }
        return n;
    }

    /** Whether the parts before {@code cut} hold a letter: a name is left. */
    private static boolean hasLetter(String[] parts, int cut) {
        for (int i = 0; i < cut; i++) {
            String p = parts[i];
            for (int k = 0; k < p.length(); k++) {
                if (Character.isLetter(p.charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }
}
