package io.interdict.lists;

import java.util.List;

/** An import failed; {@link #errors()} names every bad row as {@code file:line: field: message}. */
public final class ImportException extends RuntimeException {
    private final String source;
    private final List<String> errors;

    public ImportException(String source, List<String> errors) {
        super(source + ": import failed with " + errors.size() + " error(s): "
                + String.join("; ", errors.subList(0, Math.min(10, errors.size()))) + (errors.size() > 10 ? "; ..." : ""));
        this.source = source;
        this.errors = List.copyOf(errors);
    }

    public String source() {
        return source;
    }

    public List<String> errors() {
        return errors;
    }
}
