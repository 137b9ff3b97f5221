package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The holders of a joint account written in one name field, as payment messages write them: "IVAN PETROV AND MARIA
 * PETROVA", "VIKTOR BOUT OR ALLA BOUT", "JOHN SMITH & JANE DOE", "MR AND MRS JOHN SMITH" (a title alone names no one),
 * and "ALLA AND VIKTOR BOUT" (a given name alone before another holder's full name shares that holder's family name:
 * "ALLA BOUT"). A screening reads each holder as a name of its own: the listed party is one of them.
 *
 * <p>A field is read so only when every part the words AND, OR, AND/OR, "&amp;" or "+" join reads as a person's name,
 * as the standard pipeline reads it with no schema: words, particles and initials only, no organisation's generic word,
 * legal form or number (its titles, the pipeline's stopwords, and its particles are not counted as words). Besides: at
 * most four parts, one of them of two words or more, no comma in the field ("Smith, Jones and Brown" is a firm named
 * after its partners), and no country's name across a join ({@link CountryNames}). "Smith and Wesson", "Marks &amp;
 * Spencer Group", "Trinidad and Tobago Airways" and "Johnson &amp; Sons Ltd" stay whole. A part of one word shares the
 * next part's family name only when it and that part's first word are both given names ({@link Hypocorisms}' table),
 * not a partner's name in a firm's ("Wanjiru &amp; Wambui Advocates"); any other ("VIKTOR BOUT AND ALLA") names no one
 * the field says enough of, and is left out. Pure.
 */
public final class JointHolders {
    private static final Pattern JOINS = Pattern.compile("(?i)\\s+(?:and/or|and|or|&|\\+)\\s+");
    private static final int MAX_PARTS = 4;

    private JointHolders() {
    }

    /** Whether the field has a word that may join two holders (a cheap test before {@link #holders}). */
    public static boolean mayJoin(String field) {
        if (field == null) {
            return false;
        }
        // JOINS's find, by hand (asked of every query): a joining word after whitespace and before it (its \\s,
        // Words.asciiSpace); its (?i) folds ASCII letters alone.
        for (int i = 1; i < field.length(); i++) {
            if (Words.asciiSpace(field.charAt(i - 1)) && (joinAt(field, i, "and/or") || joinAt(field, i, "and")
                    || joinAt(field, i, "or") || joinAt(field, i, "&") || joinAt(field, i, "+"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code join} (lower case) is written at {@code at}, its ASCII letters in either case, with whitespace
     *  after it. */
    private static boolean joinAt(String field, int at, String join) {
        int end = at + join.length();
        if (end >= field.length() || !Words.asciiSpace(field.charAt(end))) {
            return false;
        }
        for (int k = 0; k < join.length(); k++) {
            char c = field.charAt(at + k);
            char j = join.charAt(k);
            if (c != j && !(j >= 'a' && j <= 'z' && c == j - 32)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #mayJoin} by the pattern itself (the tests' reference). */
    static boolean mayJoinByPattern(String field) {
        return field != null && JOINS.matcher(field).find();
    }

    /** The holders the field names, in its order; empty when it is not read as a joint account. */
    public static List<String> holders(String field) {
        if (!mayJoin(field)) {
            return List.of();
        }
        if (field.indexOf(',') >= 0) {
            return List.of();   // "Smith, Jones and Brown": a firm named after its partners, as "A, B and C" lists them
        }
        String[] parts = JOINS.split(field.strip(), -1);
        if (parts.length < 2 || parts.length > MAX_PARTS) {
            return List.of();
        }
        for (int i = 0; i + 1 < parts.length; i++) {
            String left = parts[i].strip();
            String right = parts[i + 1].strip();
            String l = left.substring(left.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            String r = right.split(" ", 2)[0].toLowerCase(Locale.ROOT);
            if (CountryNames.is(l + " " + r) || CountryNames.is(l + " and " + r)) {   // the table as the pipeline folds: no "and"
                return List.of();   // "Trinidad and Tobago Airways"
            }
        }
        int[] words = new int[parts.length];
        boolean full = false;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                return List.of();
            }
            PreparedName p = NamePipeline.standard().prepare(part, Schema.UNKNOWN);
            for (Token t : p.tokens()) {
                if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.PARTICLE && t.kind() != TokenKind.INITIAL) {
                    return List.of();   // an organisation's word, a legal form or a number: no person's name
                }
                // a title alone ("MR AND MRS ...") names no one, nor an article with one word ("AL-HARAMAIN")
                words[i] += WordLists.STOPWORDS.contains(t.text()) || t.kind() == TokenKind.PARTICLE ? 0 : 1;
            }
            full |= words[i] >= 2;
        }
        if (!full) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            String holder = words[i] >= 2 ? part
                    : words[i] == 1 && i + 1 < parts.length && words[i + 1] >= 2 ? sharingFamilyName(part, parts[i + 1].strip())
                    : null;
            if (holder != null && !out.contains(holder)) {
                out.add(holder);
            }
        }
        return out;
    }

    /** A given name alone before another holder's full name that begins with a given name too ("ALLA AND VIKTOR BOUT"),
     *  with that holder's family name, its last word ("ALLA BOUT"); null unless both are given names of {@link
     *  Hypocorisms}' table ("Wanjiru &amp; Wambui Advocates" is a firm's name). */
    private static String sharingFamilyName(String given, String next) {
        String first = next.split(" ", 2)[0];
        if (Hypocorisms.groups(given.toLowerCase(Locale.ROOT)) == 0 || Hypocorisms.groups(first.toLowerCase(Locale.ROOT)) == 0) {
            return null;
        }
        return given + " " + next.substring(next.lastIndexOf(' ') + 1);
    }

}
