package io.interdict.lists.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A small RFC 4180 reader: quoted fields with doubled quotes, embedded newlines, CR/LF or LF endings.
 * Streams records with the line they start on. A DOS end-of-file byte (0x1A, OFAC's legacy files end
 * with one) ends the input. Unterminated quotes are reported with their line.
 */
public final class CsvReader implements Iterator<CsvRow> {
    private final Reader in;
    private final String file;
    private final char sep;
    private long line = 1;
    private int peeked = -2;
    private CsvRow next;
    private boolean done;

    public CsvReader(Reader in, String file, char sep) {
        this.in = in;
        this.file = file;
        this.sep = sep;
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        int c = in.read();
        return c == 0x1A ? -1 : c;
    }

    private CsvRow parse() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        long start = line;
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c == -1) {
                if (quoted) {
                    throw new CsvException(file + ":" + start + ": unterminated quoted field");
                }
                if (!any && fields.isEmpty() && field.length() == 0) {
                    return null;
                }
                fields.add(field.toString());
                return new CsvRow(file, start, fields, raw.toString());
            }
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                        raw.append("\"\"");
                        continue;
                    }
                    quoted = false;
                    raw.append('"');
                    peeked = n;
                    continue;
                }
                if (ch == '\n') {
                    line++;
                }
                field.append(ch);
                raw.append(ch);
                continue;
            }
            if (ch == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
                raw.append(ch);
            } else if (ch == sep) {
                fields.add(field.toString());
                field.setLength(0);
                raw.append(ch);
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    int n = read();
                    if (n != '\n') {
                        peeked = n;
                    }
                }
                line++;
                if (fields.isEmpty() && field.length() == 0) {
                    start = line;   // blank line
                    any = false;
                    continue;
                }
                fields.add(field.toString());
                return new CsvRow(file, start, fields, raw.toString());
            } else {
                field.append(ch);
                raw.append(ch);
            }
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = parse();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public CsvRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvRow r = next;
        next = null;
        return r;
    }

    /** Malformed CSV, with location. */
    public static final class CsvException extends RuntimeException {
        public CsvException(String message) {
            super(message);
        }
    }
}
