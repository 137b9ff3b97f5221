package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a SWIFT MT party field (50K, 50F, 59, 59F) pasted whole into a name: the field's first line may be the
 * party's account ("/DE89370400440532013000": option K "[/34x] (Account)", 4*35x name and address), or, in option F,
 * its party identifier ("/34x" an account, or "4!a/2!a/27x" a code, country and identifier: "CCPT/GB/123456789"), and
 * option F's name and address lines are numbered "1!n/33x" ("1/ROSOBORONEXPORT JSC", "2/27 STROMYNKA STREET").
 * (SWIFT User Handbook, MT 103 field 50a, as pinas.synology.me/Swift_Manual/2017/books/us1m/alah009.htm and
 * .../2006/FINAL/US1M/DOC/AHG009.HTM reproduce it.) The account or identifier line is no part of the name, and the line
 * numbers are markers; what the lines hold otherwise (an address after the name) is {@link AddressTail}'s to read.
 */
public final class PartyFieldLines {
    private static final Pattern LINES = Pattern.compile("\\r?\\n|\\r");
    /** An account line: a slash, then up to 34 characters without a space ("/DE89370400440532013000", "/12345678"). */
    private static final Pattern ACCOUNT = Pattern.compile("/\\S{1,34}");
    /** An option F party identifier: a code of four letters, a country, an identifier ("CCPT/GB/123456789"). */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z]{4}/[A-Z]{2}/\\S.{0,26}");
    /** An option F line number: one digit and a slash ("1/", "2/"). */
    private static final Pattern NUMBERED = Pattern.compile("[1-8]/.*");

    /** A name field read as the lines of a party field. */
    public record Read(String lines, String setAside) {
    }

    private PartyFieldLines() {
    }

    /**
     * The field without its account or party identifier line and with its line numbers taken off (the lines joined
     * by line breaks), and the account or identifier line set aside (null when none); null when the name is no party
     * field of several lines or none of this applies.
     */
    public static Read read(String name) {
        if (name == null || name.indexOf('\n') < 0 && name.indexOf('\r') < 0) {
            return null;
        }
        String[] lines = LINES.split(name.strip());
        if (lines.length < 2) {
            return null;
        }
        String first = lines[0].strip();
        String setAside = null;
        int from = 0;
        if (ACCOUNT.matcher(first).matches() || IDENTIFIER.matcher(first).matches()) {
            setAside = first;
            from = 1;
        }
        // Numbered lines only when every line that follows is numbered: a name's own "1/" is rare, a field's all are.
        boolean numbered = from < lines.length;
        for (int i = from; i < lines.length && numbered; i++) {
            numbered = NUMBERED.matcher(lines[i].strip()).matches();
        }
        if (setAside == null && !numbered) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = from; i < lines.length; i++) {
            String l = lines[i].strip();
            out.add(numbered ? l.substring(2).strip() : l);
        }
        String joined = String.join("\n", out).strip();
        return joined.isEmpty() ? null : new Read(joined, setAside);
    }
}
