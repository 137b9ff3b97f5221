package io.interdict.core.match;

import java.util.Locale;

/** What a match rests on. */
public enum MatchedOn {
    NAME, IDENTIFIER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
