package io.interdict.core.names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registration number written into a name, as trade and payment data write one after a company's or a vessel's name:
 * a marker that names a register or an identifier, then the number ("Delmar Shipping Ltd (Reg. No. HE 123456)",
 * "Hanseatic Trading GmbH, HRB 98765 Hamburg", "Kestrel Mining Pty Ltd ACN 123 456 789", "Sea Falcon (IMO 9345678)").
 * The number identifies the party; it is no word of its name, and read as one it costs a pair {@code number_extra}.
 *
 * <p>What is taken out: a bracketed part that holds the reference, whole ("(IMO 9345678, Panama flag)"); a part after a
 * comma or semicolon that begins with the marker, up to the next ("…, HRB 98765 Hamburg"); otherwise the marker and its
 * number alone. A number is the words after the marker that hold a digit (a word of three letters or fewer may come
 * first: Cyprus's "HE"), five digits or more in all, as {@link AccountReferences} reads an account: "Reg. No. 12" and
 * "ABN Amro Bank" keep their words.
 *
 * <p>The markers. Generic English ("Reg. No.", "Registration Number", "Company No.", "Registry Code", "Tax ID", "VAT
 * No."), and the identifiers these pages name by country: the organisation number formats of registry.se's knowledge
 * base ("What formats are expected for submitted registrant information?": KVK, KRS, IČO, ACN and ABN, SIREN and SIRET,
 * CRN), the Peppol participant identifier schemes v8.9 (SE:ORGNR "Organisationsnummer", FR:SIRENE, FI "LY-tunnus"),
 * IATI's OrganisationRegistrationAgency code list (CL-RUT, GH-TIN), spellchecker.net/ogrn (OGRN, Russia's primary
 * state registration number) and learn.sayari.com's page on Russia's tax registry EGRUL (INN). <b>Unconfirmed by a
 * cited page</b>, kept as the registers' usual abbreviations: HRB and HRA (German commercial register), CVR (Denmark),
 * Y-tunnus (Finland), registrikood (Estonia), NIP and REGON (Poland), OGRN's and INN's Cyrillic, KPP, EDRPOU, CNPJ,
 * CUIT, RFC, CIF and NIF, P.IVA, CIN and GSTIN, UEN, EIN, DUNS, LEI, and a vessel's IMO and MMSI numbers.
 */
public final class RegistrationReferences {
    private static final Pattern MARKER = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:"
            + "(?:company|co\\.?)\\s*(?:reg(?:istration|istered|\\.)?\\s*)?(?:no|nr|num|number|#)"
            + "|reg(?:istration|istered|istry|\\.)?\\s*(?:no|nr|num|number|code|#)"
            + "|commercial\\s+regist(?:ration|ry)(?:\\s*(?:no|nr|number))?|c\\.?\\s?r\\.?\\s*no|crn"
            + "|tax\\s*(?:id|no|number)|vat\\s*(?:id|no|nr|number|reg(?:istration)?\\s*(?:no|number))?"
            + "|hrb|hra|org\\.?\\s*(?:nr|no)|organisationsnummer|organisasjonsnummer|cvr(?:-?nr)?|l?y-tunnus"
            + "|registrikood|reg\\.?\\s*kood|krs|nip|regon|i[čc]o|kvk(?:-?nummer|\\s*nr)?|siren|siret|r\\.?\\s?c\\.?\\s?s"
            + "|p\\.?\\s?iva|partita\\s+iva|cif|nif|ogrn|огрн|inn|инн|kpp|кпп|edrpou|єдрпоу|cnpj|cuit|rfc|rut"
            + "|cin|gstin|uen|acn|abn|arbn|ein|duns|lei|tin"
            + "|imo(?:\\s*(?:no|nr|number))?|mmsi|official\\s+(?:no|number)"
            + ")(?![\\p{L}\\p{N}])\\.?\\s*[:#]?");
    private static final int MIN_DIGITS = 5;
    /** The words a French register's mention may write between "RCS" and the SIREN: the town of the court's registry,
     *  of one or two words, and the letter A or B of the category it once wrote ("RCS PARIS A 654 987 321"): "la mention
     *  RCS suivie du nom de la ville où se trouve le greffe" (fiducial.fr, "N° d'immatriculation au RCS ou au RM";
     *  expertsdelentreprise.com, "Numéro de SIRET : définition et obtention"; randomsiret.fr, "RCS Paris 123 456
     *  789"). */
    private static final int PLACE_WORDS = 3;

    /** A name with a registration reference taken out, and the reference as written. */
    public record Read(String name, String reference) {
    }

    private RegistrationReferences() {
    }

    /** The name without its first registration reference, or null when it has none (or nothing would be left). */
    public static Read read(String name) {
        if (name == null || !AccountReferences.hasDigits(name)) {
            return null;
        }
        Matcher m = MARKER.matcher(name);
        while (m.find()) {
            boolean rcs = m.group().replace(".", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT).startsWith("rcs");
            int end = numberEnd(name, m.end(), rcs ? PLACE_WORDS : 0);
            int from = m.start();
            if (end < 0 && rcs) {
                // The SIREN written first, the mention after it: "333 444 555 R.C.S. PARIS" (laloi.com, "Numéro unique
                // d'identification : suppression des lettres A, B, C, D", on decree 97-497 of 16 May 1997).
                int number = sirenBefore(name, from);
                if (number >= 0) {
                    from = number;
                    end = placeEnd(name, m.end());
                }
            }
            if (end < 0) {
                continue;
            }
            int start = from;
            int to = end;
            int open = openBracket(name, from);
            int close = open < 0 ? -1 : closeBracket(name, open, end);
            if (close >= 0) {   // the bracketed part, whole
                from = open;
                to = close + 1;
            } else {
                int separator = separatorBefore(name, from);
                if (separator >= 0) {   // the part the marker begins, up to the next separator
                    from = separator;
                    int next = nextSeparator(name, end);
                    to = next < 0 ? name.length() : next;
                }
            }
            String rest = AccountReferences.without(name, from, to);
            rest = rest == null ? null : trimSeparators(rest);
            return rest == null || !AccountReferences.hasLetter(rest) ? null
                    : new Read(rest, name.substring(start, end).strip());
        }
        return null;
    }

    /** Where the number after {@code from} ends: the words holding a digit (letters, digits, and . - / inside), one
     *  word of letters alone allowed first, {@link #MIN_DIGITS} digits or more in all; -1 when there is none.
     *  {@code places}: how many words of letters of any length may come first instead (the town of a French register:
     *  "RCS Rennes 812 456 903"). */
    private static int numberEnd(String s, int from, int places) {
        int i = from;
        int digits = 0;
        int end = -1;
        boolean first = true;
        int placeWords = 0;
        while (true) {
            int start = AccountReferences.afterSeparators(s, i);
            int stop = start;
            int wordDigits = 0;
            while (stop < s.length() && (Character.isLetterOrDigit(s.charAt(stop))
                    || (s.charAt(stop) == '-' || s.charAt(stop) == '.' || s.charAt(stop) == '/')
                    && stop + 1 < s.length() && Character.isLetterOrDigit(s.charAt(stop + 1)))) {
                wordDigits += Character.isDigit(s.charAt(stop)) ? 1 : 0;
                stop++;
            }
            if (stop == start) {
                break;
            }
            if (wordDigits == 0) {
                if (digits == 0 && placeWords < places) {
                    placeWords++;   // the register's town, and the letter of the old category ("RCS Paris B 552 …")
                    i = stop;
                    continue;
                }
                if (!first || digits > 0 || stop - start > 3) {
                    break;   // a word without a digit after the number: the number ended before it
                }
                first = false;   // one short word of letters before the digits (Cyprus's "HE 123456")
                i = stop;
                continue;
            }
            first = false;
            digits += wordDigits;
            end = stop;
            i = stop;
        }
        return digits >= MIN_DIGITS ? end : -1;
    }

    /** Where a SIREN written just before {@code at} begins (nine digits, in groups or not, spaces only between), or -1. */
    private static int sirenBefore(String s, int at) {
        int i = at;
        int digits = 0;
        int begin = -1;
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (Character.isDigit(c)) {
                digits++;
                begin = i - 1;
            } else if (c != ' ') {
                break;
            }
            i--;
        }
        return digits == 9 && (begin == 0 || !Character.isLetterOrDigit(s.charAt(begin - 1))) ? begin : -1;
    }

    /** The end of the town written after a register's mention: the next comma, semicolon or closing bracket, or the end. */
    private static int placeEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ')' || c == ']') {
                return i;
            }
        }
        return s.length();
    }

    /** The bracket opened before {@code at} and not closed before it, or -1. */
    private static int openBracket(String s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')' || c == ']') {
                return -1;
            }
            if (c == '(' || c == '[') {
                return i;
            }
        }
        return -1;
    }

    /** The bracket closing the one at {@code open}, at or after {@code from}, or -1. */
    private static int closeBracket(String s, int open, int from) {
        char want = s.charAt(open) == '(' ? ')' : ']';
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == want) {
                return i;
            }
            if (c == '(' || c == '[') {
                return -1;
            }
        }
        return -1;
    }

    /** The comma or semicolon just before {@code at} (only spaces between), or -1. */
    private static int separatorBefore(String s, int at) {
        int i = at - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (s.charAt(i) == ',' || s.charAt(i) == ';') ? i : -1;
    }

    private static int nextSeparator(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == ',' || s.charAt(i) == ';') {
                return i;
            }
        }
        return -1;
    }

    private static String trimSeparators(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == ',' || s.charAt(a) == ';' || s.charAt(a) == ' ' || s.charAt(a) == '-')) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == ',' || s.charAt(b - 1) == ';' || s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '-')) {
            b--;
        }
        return s.substring(a, b);
    }

}
