package io.interdict.core.names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An account reference written into a name, as payment data writes one: a marker ("A/C", "ACCT", "ACC", "ACCOUNT",
 * "IBAN", and the German, Spanish, French and Portuguese "KONTO", "CUENTA", "COMPTE", "CONTA"), maybe a number sign
 * ("NO", "NR", "NUMBER", "#", ":"), then the account: the words after it that hold a digit ("12345678",
 * "DE89 3704 0044 0532 0130 00"), five digits or more in all. "MAHAN AIR ACCT NO 12345678" is the name "MAHAN AIR";
 * "ACC Holdings" and "Account 12" keep their words (no account of five digits follows). A party field's account line
 * flattened before the name ("/DE89370400440532013000 ALEXEI ORLOV") is one too.
 */
public final class AccountReferences {
    private static final Pattern MARKER = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:a/c|acct|acc|account|iban|konto|cuenta|compte|conta)(?![\\p{L}\\p{N}/])[.:#]?");
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?i)\\s*(?:no|nr|num|number|n°|#)(?![\\p{L}\\p{N}])[.:#]?");
    private static final int MIN_DIGITS = 5;
    /** A party field's account written before the name on its own line, the field flattened to one line
     *  ("/DE89370400440532013000 ALEXEI ORLOV"): a slash, then up to 34 characters without a space ({@link
     *  PartyFieldLines}' account line), five digits or more among them. */
    private static final Pattern LEADING_ACCOUNT = Pattern.compile("^\\s*/(\\S{1,34})\\s+");

    /** A name with an account reference taken out, and the reference as written. */
    public record Read(String name, String reference) {
    }

    private AccountReferences() {
    }

    /** The name without its first account reference, or null when it has none (or nothing would be left). */
    public static Read read(String name) {
        if (name == null || !hasDigits(name)) {
            return null;
        }
        Matcher lead = LEADING_ACCOUNT.matcher(name);
        if (lead.lookingAt() && lead.group(1).chars().filter(Character::isDigit).count() >= MIN_DIGITS) {
            String rest = name.substring(lead.end()).strip();
            return hasLetter(rest) ? new Read(rest, name.substring(0, lead.end()).strip()) : null;
        }
        Matcher m = MARKER.matcher(name);
        while (m.find()) {
            int at = m.end();
            Matcher sign = NUMBER_SIGN.matcher(name).region(at, name.length());
            if (sign.lookingAt()) {
                at = sign.end();
            }
            int end = accountEnd(name, at);
            if (end > 0) {
                String rest = without(name, m.start(), end);
                return rest == null ? null : new Read(rest, name.substring(m.start(), end).strip());
            }
        }
        return null;
    }

    /** Where the account after {@code from} ends: the words holding a digit (letters, digits, hyphens), at least
     *  {@link #MIN_DIGITS} digits in all; -1 when there is none. */
    private static int accountEnd(String s, int from) {
        int i = from;
        int digits = 0;
        int end = -1;
        while (true) {
            int start = afterSeparators(s, i);
            int stop = start;
            int wordDigits = 0;
            while (stop < s.length() && (Character.isLetterOrDigit(s.charAt(stop)) || s.charAt(stop) == '-')) {
                wordDigits += Character.isDigit(s.charAt(stop)) ? 1 : 0;
                stop++;
            }
            if (stop == start || wordDigits == 0) {
                break;   // no word, or a word without a digit: the account, if any, ended before it
            }
            digits += wordDigits;
            end = stop;
            i = stop;
        }
        return digits >= MIN_DIGITS ? end : -1;
    }

    /** Where the next word after {@code from} begins: past spaces, tabs and colons. */
    static int afterSeparators(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ':' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Whether the text has a digit. */
    static boolean hasDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The name without its characters from {@code from} to {@code to}, the parts either side joined by a space (none
     *  before a comma or semicolon that begins the second), stripped; null when no letter is left. */
    static String without(String name, int from, int to) {
        String before = name.substring(0, from).strip();
        String after = name.substring(to).strip();
        boolean joined = before.isEmpty() || after.isEmpty() || after.charAt(0) == ',' || after.charAt(0) == ';';
        String rest = (before + (joined ? "" : " ") + after).strip();
        return hasLetter(rest) ? rest : null;
    }

    static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
