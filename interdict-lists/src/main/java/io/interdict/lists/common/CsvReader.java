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
    /** @param raw the record exactly as written (without its line end), for audit */
    public record Row(long line, String[] fields, String raw) {
        public String get(int i) {
            return i < fields.length ? fields[i] : null;
        }
    }

    private CsvReader() {
    }

    /** Parses every record; an unterminated quote is a row error and stops the file there. */
    public static List<Row> parse(String text, char delimiter, String file, Problems problems) {
        List<Row> rows = new ArrayList<>();
        // An array, not charAt: the loop below runs in the interpreter until it is compiled, and reads every character.
        char[] s = text.toCharArray();
        int n = s.length;
        // OFAC files end with 0x1A (DOS end-of-file) on its own line: it is framing, not data.
        while (n > 0 && (s[n - 1] == '\u001a' || s[n - 1] == '\n' || s[n - 1] == '\r')) {
            n--;
        }
        int i = 0;
        long line = 1;
        List<String> fields = new ArrayList<>(32);
        while (i < n) {
            long start = line;
            int from = i;
            fields.clear();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                String field;
                if (i < n && s[i] == '"') {
                    int open = ++i;
                    boolean closed = false;
                    boolean escaped = false;
                    while (i < n) {
                        char c = s[i];
                        if (c == '"') {
                            if (i + 1 < n && s[i + 1] == '"') {
                                escaped = true;
                                i += 2;
                                continue;
                            }
                            closed = true;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        i++;
                    }
                    if (!closed) {
                        problems.error(file, start, "field " + (fields.size() + 1), "unterminated quoted field (file truncated?)");
                        return rows;
                    }
                    // A field is copied out of the array at once: no per-char builder.
                    field = escaped ? new String(s, open, i - open).replace("\"\"", "\"") : new String(s, open, i - open);
                    i++;
                    // Text after a closing quote up to the delimiter (OFAC writes `"x" ` rarely) is kept.
                    int tail = i;
                    while (i < n && s[i] != delimiter && s[i] != '\n' && s[i] != '\r') {
                        i++;
                    }
                    if (i > tail) {
                        field = field + new String(s, tail, i - tail);
                    }
                } else {
                    int from0 = i;
                    while (i < n) {
                        char c = s[i];
                        if (c == delimiter || c == '\n' || c == '\r') {
                            break;
                        }
                        i++;
                    }
                    field = new String(s, from0, i - from0);
                }
                fields.add(field);
                if (i >= n) {
                    endOfRecord = true;
                } else if (s[i] == delimiter) {
                    i++;
                } else {
                    if (s[i] == '\r') {
                        i++;
                    }
                    if (i < n && s[i] == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                }
            }
            if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                int to = i;
                while (to > from && (s[to - 1] == '\n' || s[to - 1] == '\r')) {
                    to--;
                }
                rows.add(new Row(start, fields.toArray(new String[0]), new String(s, from, to - from)));
            }
        }
        return rows;
    }
}
