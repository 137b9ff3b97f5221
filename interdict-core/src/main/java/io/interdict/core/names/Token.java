package io.interdict.core.names;

import java.util.Objects;

/** One normalised token: lower-case ASCII letters and digits, with its kind. */
public record Token(String text, TokenKind kind) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    public static Token word(String text) {
        return new Token(text, TokenKind.WORD);
    }
}
