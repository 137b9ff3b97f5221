package io.interdict.regime;

import java.util.List;

/** The built-in regime data is invalid; every problem is listed as {@code file:line: field: message}. */
public final class RegimeException extends RuntimeException {
    private final List<String> problems;

    public RegimeException(List<String> problems) {
        super("invalid regime data (" + problems.size() + " problem(s)):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
