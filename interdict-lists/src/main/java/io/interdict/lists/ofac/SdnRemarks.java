package io.interdict.lists.ofac;

import io.interdict.core.entity.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls screening facts out of OFAC's free-text remarks: weak a.k.a.s (written {@code a.k.a. 'BNC'}),
 * identifiers (IMO, MMSI, SWIFT/BIC, digital currency addresses, passports, national and tax ids),
 * dates of birth. Remarks are {@code ;}-separated clauses.
 */
final class SdnRemarks {
    private static final Pattern WEAK_AKA = Pattern.compile("a\\.k\\.a\\.,? '([^']+)'");
    /** Remark label -> identifier scheme. Labels as OFAC writes them; values up to the clause end. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("IMO", "imo"), Map.entry("MMSI", "mmsi"), Map.entry("SWIFT/BIC", "bic"),
            Map.entry("Passport", "passport"), Map.entry("National ID No.", "national_id"),
            Map.entry("Tax ID No.", "tax_id"), Map.entry("Cedula No.", "national_id"),
            Map.entry("NIT #", "tax_id"), Map.entry("RFC", "tax_id"), Map.entry("C.U.R.P.", "national_id"),
            Map.entry("Registration ID", "registration"), Map.entry("Website", "domain"),
            Map.entry("Email Address", "email"), Map.entry("Vessel Registration Identification", "imo"));
    private static final Pattern DIGITAL = Pattern.compile("^Digital Currency Address - ([A-Z0-9]+) (\\S+)");
    private static final Pattern DOB = Pattern.compile("^(?:alt\\. )?DOB (.+)$");

    private SdnRemarks() {
    }

    static List<String> weakAliases(String remarks) {
        List<String> out = new ArrayList<>();
        if (remarks != null) {
            Matcher m = WEAK_AKA.matcher(remarks);
            while (m.find()) {
                out.add(m.group(1).trim());
            }
        }
        return out;
    }

    static List<Identifier> identifiers(String remarks) {
        List<Identifier> out = new ArrayList<>();
        for (String clause : clauses(remarks)) {
            Matcher d = DIGITAL.matcher(clause);
            if (d.find()) {
                out.add(new Identifier("crypto", d.group(1).toLowerCase(Locale.ROOT) + ":" + d.group(2)));
                continue;
            }
            for (Map.Entry<String, String> e : LABELS.entrySet()) {
                String label = e.getKey() + " ";
                if (clause.startsWith(label)) {
                    String v = clause.substring(label.length()).trim();
                    // "Passport A123 (Country)": the number is the first word.
                    int sp = v.indexOf(' ');
                    String value = e.getValue().equals("domain") || sp < 0 ? v : v.substring(0, sp);
                    value = value.replaceAll("[.,]+$", "");
                    if (e.getValue().equals("domain")) {
                        value = value.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceAll("/.*$", "");
                    }
                    if (!value.isEmpty()) {
                        out.add(new Identifier(e.getValue(), value));
                    }
                    break;
                }
            }
        }
        return out;
    }

    static List<String> datesOfBirth(String remarks) {
        List<String> out = new ArrayList<>();
        for (String clause : clauses(remarks)) {
            Matcher m = DOB.matcher(clause);
            if (m.find()) {
                out.add(m.group(1).trim());
            }
        }
        return out;
    }

    static List<String> clauses(String remarks) {
        List<String> out = new ArrayList<>();
        if (remarks != null) {
            for (String c : remarks.split(";")) {
                String t = c.trim();
                if (t.endsWith(".")) {
                    t = t.substring(0, t.length() - 1);
                }
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
