package io.interdict.lists.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader over already-decoded text: quoted fields with doubled quotes, embedded
 * newlines, CRLF or LF, any single-character delimiter. Written here rather than taken from a library
 * because the lists need two quirks handled at the lowest level: OFAC's trailing DOS EOF byte (0x1A)
 * and line numbers for every record so that an error can name its line.
 */
public final class CsvReader {
    /** One record: the line it starts on (1-based) and its fields. */
    public record Row(long line, String[] fields) {
        public String get(int i) {
            return i < fields.length ? fields[i] : null;
        }
    }

    private CsvReader() {
    }

    /** Parses every record; an unterminated quote is a row error and stops the file there. */
    public static List<Row> parse(String text, char delimiter, String file, Problems problems) {
        List<Row> rows = new ArrayList<>();
        int n = text.length();
        // OFAC files end with 0x1A (DOS end-of-file) on its own line: it is framing, not data.
        while (n > 0 && (text.charAt(n - 1) == '\u001a' || text.charAt(n - 1) == '\n' || text.charAt(n - 1) == '\r')) {
            n--;
        }
        int i = 0;
        long line = 1;
        List<String> fields = new ArrayList<>(32);
        StringBuilder sb = new StringBuilder(64);
        while (i < n) {
            long start = line;
            fields.clear();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                sb.setLength(0);
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                sb.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        sb.append(c);
                        i++;
                    }
                    if (!closed) {
                        problems.error(file, start, "field " + (fields.size() + 1), "unterminated quoted field (file truncated?)");
                        return rows;
                    }
                    // Text after a closing quote up to the delimiter (OFAC writes `"x" ` rarely) is kept.
                    while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        sb.append(text.charAt(i++));
                    }
                } else {
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == delimiter || c == '\n' || c == '\r') {
                            break;
                        }
                        sb.append(c);
                        i++;
                    }
                }
                fields.add(sb.toString());
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == delimiter) {
                    i++;
                } else {
                    if (text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                }
            }
            if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                rows.add(new Row(start, fields.toArray(new String[0])));
            }
        }
        return rows;
    }
}
