package io.interdict.lists.io;

import java.util.List;

/** One parsed CSV record with the file and line it started on, for error messages and the raw record. */
public record CsvRow(String file, long line, List<String> fields, String raw) {
    public String get(int i) {
        return i < fields.size() ? fields.get(i) : null;
    }

    public String where() {
        return file + ":" + line;
    }
}
