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
 * BEHALF OF; each maybe followed by a colon or a full stop. Only at the start of the field, and never when no letter
 * would be left. Pure.
 */
public final class PaymentDirectives {
    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*(?:"
            + "(?:attn|attention|f\\.a\\.o\\.?|fbo|f/b/o|i/f/o|ffc|f/f/c|o/b/o|benef|beneficiary|payee"
            + "|for (?:further )?credit (?:to|of)|for the (?:benefit|account) of|for account of|in favou?r of|pay to"
            + "|by order of|on behalf of)(?![\\p{L}\\p{N}/])[.:]?"
            + "|(?:fao|ifo|bnf)\\s*:|/bnf/)\\s*");

    /** A name with its leading directive taken out, and the directive as written. */
    public record Read(String name, String directive) {
    }

    private PaymentDirectives() {
    }

    /** The name without the directive it starts with, or null when it starts with none (or nothing would be left). */
    public static Read read(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = LEADING.matcher(name);
        if (!m.lookingAt()) {
            return null;
        }
        String rest = name.substring(m.end()).strip();
        return AccountReferences.hasLetter(rest) ? new Read(rest, name.substring(0, m.end()).strip()) : null;
    }
}
