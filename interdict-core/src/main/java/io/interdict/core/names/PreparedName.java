package io.interdict.core.names;

import java.util.List;

/**
 * A name after the pipeline: the original as written (kept for display and audit), its schema, the
 * tokens, and whether transliteration from another script was needed.
 */
public record PreparedName(String original, Schema schema, List<Token> tokens, boolean transliterated) {
    public PreparedName {
        tokens = List.copyOf(tokens);
    }

    /** The normalised form: token texts joined by single spaces. */
    public String normalized() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
