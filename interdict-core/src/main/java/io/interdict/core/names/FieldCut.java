package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name cut at a payment message's field width: SWIFT MT name and address lines hold 35 characters each ("4*35x",
 * SWIFT User Handbook, MT 103 field 59a, as {@link PartyFieldLines} cites it), and a system that keeps one line, or
 * two run together, cuts the name there, often in a word: "PUBLIC JOINT STOCK COMPANY UZHURALZ" for "... UZHURALZOLOTO
 * GROUP OF COMPANIES". A field of exactly 35 or 70 characters may be so cut: its last word may be the start of the
 * other name's word, and the words after it were cut off. Pure.
 */
public final class FieldCut {
    /** The widths a field is cut at: one SWIFT line, two. */
    private static final int LINE = 35;
    /** The shortest start of a word read as the word it begins: a single letter reads as an initial already. */
    private static final int MIN_START = 2;

    private FieldCut() {
    }

    /** Whether the field, as written, is as long as a payment message's line or two: it may have been cut there. */
    public static boolean mayBeCut(String field) {
        if (field == null) {
            return false;
        }
        int n = field.strip().length();
        return n == LINE || n == 2 * LINE;
    }

    /**
     * The field read as cut before {@code other}'s word its last word begins: the field with that word written out
     * ({@code read}: "UZHURALZ" -> "UZHURALZOLOTO"), and the other name cut after that word as the field was
     * ({@code otherCut}: "... UZHURALZOLOTO", without "GROUP OF COMPANIES", which a cut field cannot show).
     */
    public record Completion(String read, String otherCut) {
    }

    /**
     * The field's {@link Completion}s against each longer word of {@code other} that its last word begins, in
     * {@code other}'s order, compared in lower case; empty when the field may not be cut, its last word is shorter than
     * two letters or holds other than letters, or no word of the other begins with it.
     */
    public static List<Completion> completions(String field, String other) {
        if (!mayBeCut(field) || other == null) {
            return List.of();
        }
        String s = field.strip();
        int space = s.lastIndexOf(' ');
        String last = s.substring(space + 1).toLowerCase(Locale.ROOT);
        if (space < 0 || last.length() < MIN_START || !last.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<Completion> out = new ArrayList<>();
        Matcher m = WORD.matcher(other);
        while (m.find()) {
            String word = m.group();
            String w = word.toLowerCase(Locale.ROOT);
            if (w.length() > last.length() && w.startsWith(last)) {
                Completion c = new Completion(s.substring(0, space + 1) + word.toUpperCase(Locale.ROOT),
                        other.substring(0, m.end()));
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The field's last word as written (what a completion replaces). */
    public static String lastWord(String field) {
        String s = field.strip();
        return s.substring(s.lastIndexOf(' ') + 1);
    }
}
