package io.interdict.core.tx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams transactions from JSON Lines or the flat CSV form, one {@link ParsedLine} per input record,
 * in input order. Blank lines are skipped (and counted); a line longer than the limit is reported as
 * an error without being held in memory whole; nothing is dropped silently.
 *
 * <p>Read from bytes ({@link #of(InputStream, Charset, Format, int)}), each line is decoded on its own
 * and strictly: a line that is not valid in the input's encoding becomes an error naming the line and
 * byte, and the lines after it are still read (a decoding {@link Reader} would either stop the whole
 * file or silently turn the bytes into U+FFFD).
 */
public final class TransactionInput implements Iterator<ParsedLine> {
    /** Default longest accepted line: 1 MiB of characters. */
    public static final int DEFAULT_MAX_LINE = 1 << 20;

    public enum Format { JSONL, CSV, AUTO }

    private final Reader in;
    private final InputStream bytes;
    private final CharsetDecoder decoder;
    private final ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
    private String badEncoding;
    private final int maxLine;
    private final TransactionParser parser = new TransactionParser();
    private Format format;
    private List<String> header;
    private String headerError;
    private long headerLine;
    private long lineNo;
    private ParsedLine next;
    private boolean eof;
    private int pushback = -2;
    private final StringBuilder buf = new StringBuilder();

    public TransactionInput(Reader in, Format format, int maxLine) {
        this.in = in;
        this.bytes = null;
        this.decoder = null;
        this.format = format;
        this.maxLine = maxLine;
    }

    private TransactionInput(InputStream in, Charset charset, Format format, int maxLine) {
        this.in = null;
        this.bytes = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.format = format;
        this.maxLine = maxLine;
    }

    /**
     * Records from bytes in {@code charset}, decoded line by line. Only encodings in which a line feed
     * is the single byte 0x0A qualify (UTF-8, ISO-8859-x, windows-125x…), not UTF-16 or UTF-32.
     *
     * @throws IllegalArgumentException for an encoding that does not qualify
     */
    public static TransactionInput of(InputStream in, Charset charset, Format format, int maxLine) {
        if (!lineFeedIsOneByte(charset)) {
            throw new IllegalArgumentException("encoding " + charset.name()
                    + " is not supported: lines must end with a single-byte line feed (use UTF-8 or a single-byte encoding)");
        }
        return new TransactionInput(in, charset, format, maxLine);
    }

    static boolean lineFeedIsOneByte(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        byte[] nl = "\n".getBytes(charset);
        byte[] a = "a".getBytes(charset);
        return nl.length == 1 && nl[0] == '\n' && a.length == 1 && a[0] == 'a';
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
        return bytes != null ? readByteLine() : readCharLine();
    }

    /** A line of bytes, decoded strictly; an undecodable line leaves its reason in {@code badEncoding}. */
    private String readByteLine() throws IOException {
        lineBytes.reset();
        tooLong = false;
        badEncoding = null;
        int c = bytes.read();
        if (c == -1) {
            return null;
        }
        // A line of n characters never takes more than 4n bytes in an encoding that qualifies.
        long maxBytes = 4L * maxLine;
        long n = 0;
        while (c != -1 && c != '\n') {
            if (n < maxBytes) {
                lineBytes.write(c);
            } else {
                tooLong = true;
            }
            n++;
            c = bytes.read();
        }
        lineNo++;
        byte[] b = lineBytes.toByteArray();
        int len = b.length;
        if (len > 0 && b[len - 1] == '\r') {
            len--;
        }
        int start = 0;
        if (lineNo == 1 && len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            start = 3;    // UTF-8 byte-order mark
        }
        if (tooLong) {
            return "";
        }
        try {
            String line = decoder.reset().decode(ByteBuffer.wrap(b, start, len - start)).toString();
            if (line.length() > maxLine) {
                tooLong = true;
                return "";
            }
            return line;
        } catch (CharacterCodingException e) {
            badEncoding = "not valid " + decoder.charset().name() + " at byte " + (firstBad(b, start, len) + 1)
                    + " of the line" + (decoder.charset().equals(StandardCharsets.UTF_8)
                            ? " (for a legacy file give its encoding, e.g. --encoding windows-1252)" : "");
            return "";
        }
    }

    /** The 0-based offset, within the line, of the first byte the decoder rejects. */
    private int firstBad(byte[] b, int start, int len) {
        ByteBuffer in = ByteBuffer.wrap(b, start, len - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(len - start + 1);
        decoder.reset().decode(in, out, true);
        return in.position();
    }

    private String readCharLine() throws IOException {
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
            if (badEncoding != null) {
                return ParsedLine.error(lineNo, null, badEncoding);
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
                headerLine = lineNo;
                List<String> cells = splitCsv(line);
                if (cells == null) {
                    headerError = "unterminated quoted field";
                } else {
                    for (String h : cells) {
                        header.add(h.trim().toLowerCase(java.util.Locale.ROOT));
                    }
                    headerError = TransactionParser.checkHeader(header);
                }
                if (headerError == null) {
                    continue;
                }
                // The header itself is reported, so a file without one never reads as "0 transactions";
                // every row after it says why it cannot be read.
                return ParsedLine.error(lineNo, null, "CSV header: " + headerError
                        + "; CSV input starts with a header line naming its columns");
            }
            if (headerError != null) {
                return ParsedLine.error(lineNo, null, "unreadable: the CSV header on line " + headerLine + " is invalid: " + headerError);
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
