package io.interdict.core.match;

import java.util.Locale;

/**
 * The largest name a query may carry. Matching cost grows faster than linearly with a name's length
 * (a 256 KB name took 11.5 s, a 1 MB one minutes), so every entry point refuses a larger name before
 * any matcher sees it, naming the field. The bounds sit far above real names: the longest name in
 * the bundled lists has 381 characters, the wordiest 56 words (a test in interdict-lists keeps every
 * listed name under half of each limit). At the limits a name is matched in milliseconds.
 */
public final class NameLimits {
    /** Most characters (UTF-16 units) in one name. */
    public static final int MAX_CHARS = 2_000;
    /** Most words (runs of non-space characters) in one name. */
    public static final int MAX_TOKENS = 200;

    private NameLimits() {
    }

    /** Why {@code name} is too large to match, or null when it is within the limits (or null). */
    public static String problem(String name) {
        if (name == null) {
            return null;
        }
        if (name.length() > MAX_CHARS) {
            return String.format(Locale.ROOT, "name of %,d characters; the most accepted is %,d", name.length(), MAX_CHARS);
        }
        int tokens = 0;
        boolean inToken = false;
        for (int i = 0; i < name.length(); i++) {
            boolean space = Character.isWhitespace(name.charAt(i));
            if (!space && !inToken) {
                tokens++;
            }
            inToken = !space;
        }
        if (tokens > MAX_TOKENS) {
            return String.format(Locale.ROOT, "name of %,d words; the most accepted is %,d", tokens, MAX_TOKENS);
        }
        return null;
    }

    /**
     * Throws {@link Exceeded} naming {@code field} when the name is over the limits.
     *
     * @param field where the name came from, as the caller sent it ({@code parties[1].name}, {@code q})
     */
    public static void require(String field, String name) {
        String p = problem(name);
        if (p != null) {
            throw new Exceeded(field, field + ": " + p);
        }
    }

    /** A query name over the limits: a client error (HTTP 400, an ERROR decision), never a server fault. */
    public static final class Exceeded extends IllegalArgumentException {
        private final String field;

        public Exceeded(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
