package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Several names a list writes in one name field, separated by semicolons: the UN Security Council's list gives some
 * persons' spellings so ("Qasim Soleimani; Qasem Sulaimani; Qasim Sulaimani; …", "Abdul Rehman; Abd Ur-Rehman; Abdur
 * Rahman"), and the Entity List some companies' other names ("NPO Izhmash OAO;OJSC Concern Kalashnikov"). Each is a
 * name of the party on its own; read whole, one spelling meets another's many words as a partial name.
 *
 * <p>A semicolon inside brackets separates the bracket's names, which {@link ScriptPieces} and {@link NameNotes} read;
 * only one outside brackets separates the field. A piece keeps its words; the separators and stray dashes or commas
 * around it go. A field is read as a series only when at least two pieces hold two letters or more.
 */
public final class NameSeries {
    /** A piece is a name when it holds at least this many letters. */
    static final int MIN_LETTERS = 2;

    private NameSeries() {
    }

    /** The field's names in the order written, or null when it is one name. */
    public static List<String> of(String written) {
        if (written == null || written.indexOf(';') < 0) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0) {
                add(pieces, written.substring(from, i));
                from = i + 1;
            }
        }
        add(pieces, written.substring(from));
        return pieces.size() < 2 ? null : List.copyOf(pieces);
    }

    private static void add(List<String> pieces, String piece) {
        int start = 0;
        int end = piece.length();
        while (start < end && separator(piece.charAt(start))) {
            start++;
        }
        while (end > start && separator(piece.charAt(end - 1))) {
            end--;
        }
        String name = piece.substring(start, end);
        int letters = 0;
        for (int i = 0; i < name.length() && letters < MIN_LETTERS; ) {
            int cp = name.codePointAt(i);
            letters += Character.isLetter(cp) ? 1 : 0;
            i += Character.charCount(cp);
        }
        if (letters >= MIN_LETTERS && !pieces.contains(name)) {
            pieces.add(name);
        }
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || c == '-' || c == ',' || c == ';' || c == '\u2013' || c == '\u2014';
    }
}
