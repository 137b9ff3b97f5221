package io.interdict.core.codec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table of strings read in place: offsets (negative for a null) plus one UTF-8 block, each string decoded only when asked
 * for. Loading a table of 70,000 names costs one bulk copy of the offsets, not 70,000 objects.
 */
public final class Strings {
    private final int[] offsets;
    private final ByteBuffer bytes;

    private Strings(int[] offsets, ByteBuffer bytes) {
        this.offsets = offsets;
        this.bytes = bytes;
    }

    /** Writes the strings (null is written as null). */
    public static void write(List<String> values, Encoder out) {
        int[] offsets = new int[values.size() + 1];
        byte[][] enc = new byte[values.size()][];
        int at = 0;
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            enc[i] = v == null ? null : v.getBytes(StandardCharsets.UTF_8);
            offsets[i] = v == null ? -1 - at : at;
            at += enc[i] == null ? 0 : enc[i].length;
        }
        offsets[values.size()] = at;
        out.writeInts(offsets);
        byte[] all = new byte[at];
        for (int i = 0, p = 0; i < enc.length; i++) {
            if (enc[i] != null) {
                System.arraycopy(enc[i], 0, all, p, enc[i].length);
                p += enc[i].length;
            }
        }
        out.writeBytes(all);
    }

    public static Strings read(Decoder in) {
        int[] offsets = in.readInts();
        int n = in.count(1);
        ByteBuffer b = in.slice(n);
        if (offsets.length == 0 || offsets[offsets.length - 1] != n) {
            throw new Decoder.CorruptDataException("string table offsets do not match its " + n + " bytes");
        }
        return new Strings(offsets, b);
    }

    public int size() {
        return offsets.length - 1;
    }

    public String get(int i) {
        int start = offsets[i];
        if (start < 0) {
            return null;
        }
        int end = offsets[i + 1] < 0 ? -1 - offsets[i + 1] : offsets[i + 1];
        if (end < start || end > bytes.limit()) {
            throw new Decoder.CorruptDataException("string " + i + " lies outside its table");
        }
        byte[] b = new byte[end - start];
        bytes.get(start, b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
