package io.interdict.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** The {@code --encoding} option's value as a charset, or a usage error that says what is accepted. */
final class Encodings {
    private Encodings() {
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("--encoding: unknown encoding '" + name + "' (e.g. UTF-8, windows-1252, ISO-8859-1)");
        }
    }
}
