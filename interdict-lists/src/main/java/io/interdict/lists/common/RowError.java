package io.interdict.lists.common;

/**
 * One problem found while reading a list file.
 *
 * @param file  the file name
 * @param line  1-based line (CSV: the line the record starts on; XML: the parser's line), 0 when unknown
 * @param field column or element name, or null when the whole row is affected
 */
public record RowError(String file, long line, String field, String message) {
    @Override
    public String toString() {
        return file + ":" + line + (field == null ? "" : " [" + field + "]") + ": " + message;
    }
}
