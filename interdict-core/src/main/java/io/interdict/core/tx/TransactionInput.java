package io.interdict.core.tx;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams transactions from JSON Lines or the flat CSV form, one {@link ParsedLine} per input record,
 * in input order. Blank lines are skipped (and counted); a line longer than the limit is reported as
 * an error without being held in memory whole; nothing is dropped silently.
 */
public final class TransactionInput implements Iterator<ParsedLine> {
    /** Default longest accepted line: 1 MiB of characters. */
    public static final int DEFAULT_MAX_LINE = 1 << 20;

    public enum Format { JSONL, CSV, AUTO }

    private final Reader in;
    private final int maxLine;
    private final TransactionParser parser = new TransactionParser();
    private Format format;
    private List<String> header;
    private String headerError;
    private long lineNo;
    private ParsedLine next;
    private boolean eof;
    private int pushback = -2;
    private final StringBuilder buf = new StringBuilder();

    public TransactionInput(Reader in, Format format, int maxLine) {
        this.in = in;
        this.format = format;
        this.maxLine = maxLine;
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        return in.read();
    }

    /** Reads one physical line; null at end. Over-long lines come back as null content with {@code tooLong}. */
    private boolean tooLong;

    private String readLine() throws IOException {
        buf.setLength(0);
        tooLong = false;
        int c = read();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n') {
            if (c == '\r') {
                int n = read();
                if (n != '\n') {
                    pushback = n;
                }
                break;
            }
            if (buf.length() < maxLine) {
                buf.append((char) c);
            } else {
                tooLong = true;
            }
            c = read();
        }
        lineNo++;
        if (lineNo == 1 && buf.length() > 0 && buf.charAt(0) == '\uFEFF') {
            buf.deleteCharAt(0);    // byte-order mark
        }
        return buf.toString();
    }

    private ParsedLine advance() throws IOException {
        while (true) {
            String line = readLine();
            if (line == null) {
                return null;
            }
            if (tooLong) {
                return ParsedLine.error(lineNo, null, "line longer than the limit of " + maxLine + " characters");
            }
            if (line.isBlank()) {
                continue;
            }
            if (format == Format.AUTO) {
                format = line.stripLeading().startsWith("{") ? Format.JSONL : Format.CSV;
            }
            if (format == Format.JSONL) {
                return parser.parseJson(line, lineNo);
            }
            if (header == null) {
                header = new ArrayList<>();
                List<String> cells = splitCsv(line);
                if (cells == null) {
                    // An unterminated quote in the header: every row is unreadable, and each says why.
                    headerError = "unterminated quoted field";
                    continue;
                }
                for (String h : cells) {
                    header.add(h.trim().toLowerCase(java.util.Locale.ROOT));
                }
                headerError = TransactionParser.checkHeader(header);
                continue;
            }
            if (headerError != null) {
                return ParsedLine.error(lineNo, null, "CSV header on line 1: " + headerError);
            }
            List<String> values = splitCsv(line);
            if (values == null) {
                return ParsedLine.error(lineNo, null, "unterminated quoted field");
            }
            return parser.parseCsv(header, values, lineNo);
        }
    }

    /** Splits one CSV line (RFC 4180 quoting, no embedded newlines); null on an unterminated quote. */
    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        q = false;
                    }
                } else {
                    f.append(c);
                }
            } else if (c == '"' && f.toString().isBlank()) {
                q = true;
                f.setLength(0);
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        if (q) {
            return null;
        }
        out.add(f.toString());
        return out;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !eof) {
            try {
                next = advance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            eof = next == null;
        }
        return next != null;
    }

    @Override
    public ParsedLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParsedLine p = next;
        next = null;
        return p;
    }

    /** Lines read so far (including blank ones and the CSV header). */
    public long linesRead() {
        return lineNo;
    }
}
