package io.interdict.lists.ofac;

import io.interdict.core.entity.NameStrength;
import io.interdict.lists.common.EntityBuilder;
import io.interdict.lists.common.IdLabels;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses OFAC's free-text remarks ("DOB 19 Jun 1951; POB Giza, Egypt; Passport 1084010 (Egypt);
 * a.k.a. 'BILAL'; Linked To: HIZBALLAH.") into the entity. The same item grammar is used by the
 * legacy CSV, the legacy XML remarks and the CSL: {@code [alt. ]<Label> <value>[ (<country>)]}.
 */
public final class OfacRemarks {
    /** Weak a.k.a.s are written only in the remarks, in single quotes (OFAC's "low quality" aliases). */
    private static final Pattern WEAK_AKA = Pattern.compile("^[afn]\\.k\\.a\\.,? '(.+)'$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(";\\s+");
    private static final Pattern CRYPTO = Pattern.compile("^Digital Currency Address - (\\w+) (\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID_ITEM = Pattern.compile("^(.+?) ([^ ]*\\d[^ ]*)(?: \\(([^)]*)\\))?.*$");
    private static final String[] LABELS = {
        "Vessel Registration Identification", "Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Tail Number",
        "Aircraft Mode S Transponder Code", "Previous Aircraft Tail Number", "Other Vessel Call Sign",
        "Diplomatic Passport", "Passport", "National ID No.", "Cedula No.", "Tax ID No.", "Registration Number",
        "Business Registration Number", "Company Number", "UK Company Number", "Commercial Registry Number",
        "Certificate of Incorporation Number", "Registration ID", "Public Registration Number",
        "Unified Social Credit Code (USCC)", "Legal Entity Number", "D-U-N-S Number", "Identification Number",
        "Personal ID Card", "SSN", "R.F.C.", "RFC", "C.U.R.P.", "C.U.I.T.", "NIT #", "RUC #", "D.N.I.",
        "V.A.T. Number", "C.I.F.", "US FEIN", "Fiscal Code", "Italian Fiscal Code", "MMSI", "SWIFT/BIC", "ISIN",
        "Driver's License No.", "Travel Document Number", "Seafarer's Identification Document", "Stateless Person Passport",
        "British National Overseas Passport", "Turkish Identification Number", "Kenyan ID No.", "Tazkira National ID Card",
        "Chinese Commercial Code"};

    private OfacRemarks() {
    }

    public static void apply(String remarks, EntityBuilder e) {
        if (remarks == null) {
            return;
        }
        e.attr(EntityBuilder.REMARKS, remarks);
        String body = remarks.endsWith(".") ? remarks.substring(0, remarks.length() - 1) : remarks;
        for (String item : ITEM_SEPARATOR.split(body)) {
            item(item.strip(), e);
        }
    }

    static void item(String item, EntityBuilder e) {
        if (item.isEmpty()) {
            return;
        }
        if (item.length() > 5 && item.charAt(1) == '.' && item.startsWith(".k.a.", 1)) {
            Matcher weak = WEAK_AKA.matcher(item);
            if (weak.matches()) {
                e.name(weak.group(1), NameStrength.WEAK_ALIAS);
                return;
            }
        }
        String it = item.startsWith("alt. ") ? item.substring(5) : item;
        if (it.startsWith("Digital Currency Address")) {
            Matcher crypto = CRYPTO.matcher(it);
            if (crypto.find()) {
                e.identifier("crypto", crypto.group(2));
                e.attr("crypto_currency", crypto.group(1).toUpperCase(java.util.Locale.ROOT));
                return;
            }
        }
        if (it.startsWith("DOB ")) {
            e.attr(EntityBuilder.BIRTH_DATE, it.substring(4));
        } else if (it.startsWith("POB ")) {
            e.attr(EntityBuilder.BIRTH_PLACE, it.substring(4));
        } else if (it.startsWith("nationality ")) {
            e.countryName(EntityBuilder.NATIONALITY, it.substring(12));
        } else if (it.startsWith("citizen ")) {
            e.countryName("citizenship", it.substring(8));
        } else if (it.startsWith("Gender ")) {
            e.attr("gender", it.substring(7));
        } else if (it.contains("(CMIC) ") && cmicDate(it, e)) {
            return;
        } else if (it.startsWith("Linked To: ")) {
            e.attr("linked_to", it.substring(11));
        } else if (it.startsWith("Email Address ")) {
            e.identifier("email", it.substring(14));
        } else if (it.startsWith("Website ")) {
            e.identifier("domain", it.substring(8));
        } else if (it.startsWith("Phone Number ")) {
            e.identifier("phone", it.substring(13));
        } else if (!idItem(it, e)) {
            e.attr("remark_items", it);
        }
    }

    /** "Effective Date (CMIC) 02 Aug 2021": the label ends at "(CMIC)". */
    private static boolean cmicDate(String it, EntityBuilder e) {
        int end = it.indexOf("(CMIC) ") + "(CMIC)".length();
        return io.interdict.lists.common.NsCmic.date(it.substring(0, end), it.substring(end + 1), e);
    }

    private static boolean idItem(String it, EntityBuilder e) {
        for (String label : LABELS) {
            if (it.regionMatches(true, 0, label, 0, label.length()) && it.length() > label.length() + 1
                    && it.charAt(label.length()) == ' ') {
                String scheme = IdLabels.scheme(label);
                if (scheme == null) {
                    return false;
                }
                String rest = it.substring(label.length() + 1).strip();
                if (scheme.equals("imo") && rest.toUpperCase(java.util.Locale.ROOT).startsWith("IMO ")) {
                    rest = rest.substring(4);
                }
                int paren = rest.indexOf(" (");
                String value = paren > 0 ? rest.substring(0, paren) : rest;
                // "Passport 1084010 (Egypt) expires 2020" keeps only the number.
                int sp = value.indexOf(' ');
                if (sp > 0 && !scheme.equals("aircraft_tail") && value.substring(0, sp).chars().anyMatch(Character::isDigit)) {
                    value = value.substring(0, sp);
                }
                e.identifier(scheme, value);
                if (paren > 0) {
                    int close = rest.indexOf(')', paren);
                    if (close > paren) {
                        e.attr(scheme + "_country", rest.substring(paren + 2, close));
                    }
                }
                return true;
            }
        }
        return false;
    }
}
