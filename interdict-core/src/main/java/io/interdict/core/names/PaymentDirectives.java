package io.interdict.core.names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payment directive written before a party's name, as payment messages write one into the name field: "ATTN VIKTOR
 * BOUT", "FBO MAHAN AIR", "FOR FURTHER CREDIT TO ...", "IN FAVOUR OF ...", "BENEFICIARY: ...". The directive says
 * who the payment is for, it is no word of the name: "ATTN VIKTOR BOUT" is the name "VIKTOR BOUT".
 *
 * <p>The directives: ATTN, ATTENTION, F.A.O. (FAO only with a colon: FAO is also the UN's Food and Agriculture
 * Organization), FBO and F/B/O (for the benefit of), I/F/O (in favour of; IFO only with a colon), FFC and F/F/C (for
 * further credit), O/B/O (on behalf of), BENEF, BENEFICIARY, PAYEE, /BNF/ (BNF only with a colon), and the phrases FOR
 * (FURTHER) CREDIT TO|OF, FOR THE BENEFIT|ACCOUNT OF, FOR ACCOUNT OF, IN FAVOUR|FAVOR OF, PAY TO, BY ORDER OF, ON
 * BEHALF OF; each maybe followed by a colon or a full stop. An attention directive (ATTN, ATTENTION, FAO) may address a
 * department before the party, which goes with it: "ATTN ACCOUNTS DEPT MONSOON SHIPPING LTD" is "MONSOON SHIPPING LTD"
 * (a firm's own function, such as accounts, payments or treasury, and DEPT, DEPARTMENT, DIVISION, DESK or TEAM). Only at the start of the field, and never when no
 * letter would be left. Pure.
 */
public final class PaymentDirectives {
    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*(?:"
            + "(?:attn|attention|f\\.a\\.o\\.?|fbo|f/b/o|i/f/o|ffc|f/f/c|o/b/o|benef|beneficiary|payee"
            + "|for (?:further )?credit (?:to|of)|for the (?:benefit|account) of|for account of|in favou?r of|pay to"
            + "|by order of|on behalf of)(?![\\p{L}\\p{N}/])[.:]?"
            + "|(?:fao|ifo|bnf)\\s*:|/bnf/)\\s*");

    /** An attention directive, which may name a department before the party ("ATTN ACCOUNTS DEPT MONSOON SHIPPING"). */
    private static final Pattern ATTENTION = Pattern.compile("(?i)^\\s*(?:attn|attention|f\\.?a\\.?o)\\b");
    /** The department an attention directive addresses: a firm's own function (accounts, payments, treasury...), one
     *  or two words of them, and DEPT, DEPARTMENT, DIVISION, DESK or TEAM. A closed list: a listed entity may be a
     *  department ("Munitions Industry Department"), whose name is never set aside. */
    private static final Pattern DEPARTMENT = Pattern.compile("(?i)^(?:(?:accounts?|accounting|finance|financial|payments?"
            + "|payables?|receivables?|treasury|sales|billing|purchasing|procurement|credit|operations|hr|legal|compliance"
            + "|admin|administration|export|import|logistics|chartering|claims|customer service|back office)\\s+){1,2}"
            + "(?:dept|department|division|desk|team)(?![\\p{L}\\p{N}])[.:,]?\\s*");

    /** Whether the name's first character after whitespace (the pattern's {@code \\s}) may begin a directive: an ASCII
     *  a, b, f, i, o or p in either case, or a slash (asked of every query, before the pattern). */
    static boolean mayLead(String name) {
        int i = 0;
        while (i < name.length() && Words.asciiSpace(name.charAt(i))) {
            i++;
        }
        return i < name.length() && "abfiopABFIOP/".indexOf(name.charAt(i)) >= 0;
    }

    /** A name with its leading directive taken out, and the directive as written. */
    public record Read(String name, String directive) {
    }

    private PaymentDirectives() {
    }

    /** The name without the directive it starts with, or null when it starts with none (or nothing would be left). */
    public static Read read(String name) {
        if (name == null || !mayLead(name)) {
            return null;
        }
        return readByPattern(name);
    }

    /** {@link #read} without its cheap test first (the tests' reference). */
    static Read readByPattern(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = LEADING.matcher(name);
        if (!m.lookingAt()) {
            return null;
        }
        int end = m.end();
        if (ATTENTION.matcher(name).lookingAt()) {
            Matcher d = DEPARTMENT.matcher(name).region(end, name.length());
            if (d.lookingAt() && AccountReferences.hasLetter(name.substring(d.end()))) {
                end = d.end();
            }
        }
        String rest = name.substring(end).strip();
        return AccountReferences.hasLetter(rest) ? new Read(rest, name.substring(0, end).strip()) : null;
    }
}
