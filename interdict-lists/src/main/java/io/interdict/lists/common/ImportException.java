package io.interdict.lists.common;

/** An import failed; the report lists every bad row. Nothing of it may become active. */
public final class ImportException extends Exception {
    private final transient ImportReport report;

    public ImportException(ImportReport report) {
        super(report.describe(20));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
