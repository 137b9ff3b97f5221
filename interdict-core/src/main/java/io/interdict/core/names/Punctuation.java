package io.interdict.core.names;

/**
 * Step 5: punctuation and separators. Dots inside initialisms are dropped ("s.a." -> "sa",
 * "J.P." -> "jp"), except in a person's name, where each letter is an initial of its own ("V.V. Putin" ->
 * "v v putin": Vladimir Vladimirovich), apostrophes join ("O'Doyle" -> "odoyle", "Qa'ida" -> "qaida"), "&" becomes
 * "and", every other non-letter, non-digit becomes a space; spaces are collapsed.
 */
public final class Punctuation implements TextStep {
    private final boolean personInitials;
    private final boolean lookalikes;

    /** As {@code interdict-v1} was frozen: a person's "V.V." is one word "vv". */
    public Punctuation() {
        this(false);
    }

    /** @param personInitials whether a person's dotted initials ("V.V.", "J.R.R.") stay apart as initials */
    public Punctuation(boolean personInitials) {
        this(personInitials, false);
    }

    /**
     * @param personInitials whether a person's dotted initials stay apart as initials
     * @param lookalikes     whether signs typed for the letters they look like inside a word ("Vl@dimir Put!n",
     *                       "$echin") are read as those letters, and a word spelt out letter by letter ("G-a-z-p-r-o-m",
     *                       "V.l.a.d.i.m.i.r": four letters or more, one separator) as the word: a name written so to pass
     *                       a screening unseen (interdict-v2)
     */
    public Punctuation(boolean personInitials, boolean lookalikes) {
        this.personInitials = personInitials;
        this.lookalikes = lookalikes;
    }

    /** Four letters or more, each alone, joined by one separator throughout: a word spelt out. */
    private static final java.util.regex.Pattern SPELT_OUT = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{L}([.\\-_*])\\p{L}(?:\\1\\p{L}){2,}(?![\\p{L}\\p{N}])"
            // with spaces, five letters or more: "R o s n e f t" (four may be a person's initials)
            + "|(?<![\\p{L}\\p{N}])\\p{L}( )\\p{L}(?: \\p{L}){3,}(?![\\p{L}\\p{N}])");
    /** Digits run into a person's name ("Putin1952"): a date or a number, not part of the name. */
    private static final java.util.regex.Pattern DIGITS_ON_A_NAME = java.util.regex.Pattern.compile(
            "(?<=\\p{L}{3})(?=\\p{N}{2})|(?<=\\p{N}{2})(?=\\p{L}{3})");

    /**
     * "s/o", son of, and "d/o", daughter of, written between a person's name and the father's (gov.uk, HM Passport
     * Office, "India: Knowledge Base profile", version 3.0, 22 April 2025: "their personal forename followed by, 'son of'
     * or 'daughter of' (shown as 's/o', 'd/o') and their father's forename"): read as the lineage particles "bin" and
     * "bint" a Muslim name writes there (the same page: "'bin' (son of) and the father's forename"), not as two names
     * around a slash. The text is case-folded before this step.
     */
    private static final java.util.regex.Pattern SON_OF = java.util.regex.Pattern.compile("(?<!\\p{L})s\\s?/\\s?o(?!\\p{L})");
    private static final java.util.regex.Pattern DAUGHTER_OF = java.util.regex.Pattern.compile("(?<!\\p{L})d\\s?/\\s?o(?!\\p{L})");

    @Override
    public String apply(String text, Schema schema) {
        if (lookalikes) {
            if (!schema.isOrganization() && text.indexOf('/') >= 0) {
                text = DAUGHTER_OF.matcher(SON_OF.matcher(text).replaceAll(" bin ")).replaceAll(" bint ");
            }
            text = lookalikes(text);
            if (schema == Schema.PERSON && hasDigit(text)) {
                text = DIGITS_ON_A_NAME.matcher(text).replaceAll(" ");
            }
        }
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

    /** Signs inside a word read as the letters they stand for ("@" a, "!" i, "$" s), and words spelt out letter by
     *  letter joined. */
    static String lookalikes(String text) {
        String out = text;
        if (out.indexOf('@') >= 0 || out.indexOf('!') >= 0 || out.indexOf('$') >= 0) {
            StringBuilder b = new StringBuilder(out);
            for (int i = 0; i < b.length(); i++) {
                char c = b.charAt(i);
                boolean letterBefore = i > 0 && Character.isLetter(b.charAt(i - 1));
                boolean letterAfter = i + 1 < b.length() && Character.isLetter(b.charAt(i + 1));
                if (c == '@' && letterBefore && letterAfter) {
                    b.setCharAt(i, 'a');
                } else if (c == '!' && letterBefore && letterAfter) {
                    b.setCharAt(i, 'i');
                } else if (c == '$' && letterAfter) {
                    b.setCharAt(i, 's');
                }
            }
            out = b.toString();
        }
        if (!loneLetterRun(out)) {
            return out;   // most names: every name is prepared at each index build and each query
        }
        java.util.regex.Matcher m = SPELT_OUT.matcher(out);
        if (!m.find()) {
            return out;
        }
        StringBuilder joined = new StringBuilder();
        int last = 0;
        do {
            joined.append(out, last, m.start());
            String run = m.group();
            for (int k = 0; k < run.length(); k++) {
                if (Character.isLetter(run.charAt(k))) {
                    joined.append(run.charAt(k));
                }
            }
            last = m.end();
        } while (m.find());
        return joined.append(out.substring(last)).toString();
    }

    /** Whether the text has a letter alone, then a separator, then another letter alone: where SPELT_OUT may start. */
    private static boolean loneLetterRun(String s) {
        int n = s.length();
        for (int i = 0; i + 3 < n; i++) {
            char sep = s.charAt(i + 1);
            if ((sep == '.' || sep == '-' || sep == '_' || sep == '*' || sep == ' ') && Character.isLetter(s.charAt(i))
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) && Character.isLetter(s.charAt(i + 2))
                    && !Character.isLetterOrDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
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
