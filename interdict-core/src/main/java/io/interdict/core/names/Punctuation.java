package io.interdict.core.names;

/**
 * Step 5: punctuation and separators. Dots inside initialisms are dropped ("s.a." -> "sa",
 * "J.P." -> "jp"), except in a person's name, where each letter is an initial of its own ("V.V. Putin" ->
 * "v v putin": Vladimir Vladimirovich), apostrophes join ("O'Doyle" -> "odoyle", "Qa'ida" -> "qaida"), "&" becomes
 * "and", every other non-letter, non-digit becomes a space; spaces are collapsed.
 */
public final class Punctuation implements TextStep {
    private final boolean personInitials;

    /** As {@code interdict-v1} was frozen: a person's "V.V." is one word "vv". */
    public Punctuation() {
        this(false);
    }

    /** @param personInitials whether a person's dotted initials ("V.V.", "J.R.R.") stay apart as initials */
    public Punctuation(boolean personInitials) {
        this.personInitials = personInitials;
    }

    @Override
    public String apply(String text, Schema schema) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else if (cp == '.' && initialismDot(text, i)) {
                if (personInitials && schema == Schema.PERSON) {
                    out.append(' ');
                }
                // otherwise dropped: joins the letters of "s.a."
            } else if (cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02bc' || cp == '`'
                    || cp == '\u00b4' || cp == '\u02bb') {
                // dropped: apostrophes join
            } else if (cp == '&') {
                out.append(" and ");
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                    || Character.getType(cp) == Character.ENCLOSING_MARK) {
                // dropped: a mark left by a script ICU cannot romanise must not split its word
            } else {
                out.append(' ');
            }
            i += len;
        }
        return collapse(out);
    }

    /** A dot after a lone letter and before another lone letter: "s.a", "p.l.c". */
    private static boolean initialismDot(String s, int i) {
        boolean loneBefore = i >= 1 && Character.isLetter(s.charAt(i - 1))
                && (i < 2 || !Character.isLetterOrDigit(s.charAt(i - 2)));
        boolean loneAfter = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))
                && (i + 2 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
        return loneBefore && loneAfter;
    }

    private static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
