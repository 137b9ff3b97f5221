package io.interdict.lists.common;

import java.util.ArrayList;
import java.util.List;

/** Collects row errors and warnings during one import, then builds the report or fails. */
public final class Problems {
    private final String source;
    private final List<RowError> errors = new ArrayList<>();
    private final List<RowError> warnings = new ArrayList<>();

    public Problems(String source) {
        this.source = source;
    }

    public void error(String file, long line, String field, String message) {
        errors.add(new RowError(file, line, field, message));
    }

    public void warn(String file, long line, String field, String message) {
        warnings.add(new RowError(file, line, field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public ImportReport report(int rows, int entities, int names) {
        return new ImportReport(source, rows, entities, names, errors, warnings);
    }

    /** Throws when any error was recorded: nothing partial may become active. */
    public void failIfAny(int rows) throws ImportException {
        if (!errors.isEmpty()) {
            throw new ImportException(report(rows, 0, 0));
        }
    }

    /** The one file an importer of a single-file format needs; any other count fails the import. */
    public ListFile onlyFile(List<ListFile> files, String source, String what) throws ImportException {
        if (files.size() != 1) {
            error(source, 0, null, "expected one " + what + ", got " + files.size() + " files");
            failIfAny(0);
        }
        return files.get(0);
    }
}
