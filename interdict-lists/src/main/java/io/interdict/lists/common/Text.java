package io.interdict.lists.common;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict decoding: a byte that is not valid in the declared encoding is a row error, never a silent U+FFFD. */
public final class Text {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private Text() {
    }

    /** Decodes strictly; on failure records an error at the line of the first bad byte and returns null. */
    public static String decode(ListFile file, Charset cs, Problems problems) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file.bytes());
        CharBuffer out = CharBuffer.allocate((int) (file.bytes().length * (double) dec.maxCharsPerByte()) + 1);
        var result = dec.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            problems.error(file.name(), lineAt(file.bytes(), at), null,
                    "not valid " + cs.name() + " at byte " + at + " (0x" + Integer.toHexString(file.bytes()[at] & 0xff) + ")");
            return null;
        }
        dec.flush(out);
        out.flip();
        String s = out.toString();
        // A UTF-8 byte order mark is not part of the first field name.
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** True when the bytes decode as UTF-8 without error. */
    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Trims and collapses inner runs of white space; null for blank or OFAC's {@code -0-} null marker. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.equals("-0-")) {
            return null;
        }
        if (t.indexOf("  ") >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\t') >= 0 || t.indexOf('\r') >= 0) {
            t = WHITE_SPACE.matcher(t).replaceAll(" ");
        }
        return t;
    }
}
