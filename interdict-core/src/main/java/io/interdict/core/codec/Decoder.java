package io.interdict.core.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads what an {@link Encoder} wrote, from a buffer that may be a memory-mapped file: arrays are
 * copied in bulk, strings decoded only when read. A malformed section throws {@link CorruptDataException}
 * (never an answer built from garbage); callers have verified the file's checksum first.
 */
public final class Decoder {
    private final ByteBuffer buf;

    public Decoder(ByteBuffer buf) {
        this.buf = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    public int position() {
        return buf.position();
    }

    public Decoder at(int position) {
        Decoder d = new Decoder(buf);
        d.buf.position(position);
        return d;
    }

    public int remaining() {
        return buf.remaining();
    }

    public int readByte() {
        need(1);
        return buf.get();
    }

    public boolean readBoolean() {
        return readByte() != 0;
    }

    public int readInt() {
        need(4);
        return buf.getInt();
    }

    public long readLong() {
        need(8);
        return buf.getLong();
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    public int readVarInt() {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new CorruptDataException("malformed variable-length integer at " + buf.position());
    }

    public String readString() {
        int n = readVarInt();
        if (n == 0) {
            return null;
        }
        n--;
        need(n);
        String s;
        if (buf.hasArray()) {
            s = new String(buf.array(), buf.arrayOffset() + buf.position(), n, StandardCharsets.UTF_8);
        } else {
            byte[] b = new byte[n];
            buf.get(buf.position(), b);
            s = new String(b, StandardCharsets.UTF_8);
        }
        buf.position(buf.position() + n);
        return s;
    }

    public void align() {
        int p = buf.position();
        int q = (p + 7) & ~7;
        need(q - p);
        buf.position(q);
    }

    public int[] readInts() {
        int n = count(4);
        align();
        need((long) n * 4);
        int[] a = new int[n];
        buf.asIntBuffer().get(a);
        buf.position(buf.position() + n * 4);
        return a;
    }

    public long[] readLongs() {
        int n = count(8);
        align();
        need((long) n * 8);
        long[] a = new long[n];
        buf.asLongBuffer().get(a);
        buf.position(buf.position() + n * 8);
        return a;
    }

    /** What {@link Encoder#writeLongs} wrote, as a view (no copy: a mapped file's pages are read when asked), and moves
     *  past it. */
    public java.nio.LongBuffer longView() {
        int n = count(8);
        align();
        need((long) n * 8);
        java.nio.LongBuffer v = buf.slice(buf.position(), n * 8).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
        buf.position(buf.position() + n * 8);
        return v;
    }

    /** The next {@code n} bytes as a little-endian view (no copy), and moves past them. */
    public ByteBuffer slice(int n) {
        need(n);
        ByteBuffer b = buf.slice(buf.position(), n).order(ByteOrder.LITTLE_ENDIAN);
        buf.position(buf.position() + n);
        return b;
    }

    public byte[] readBytes() {
        int n = count(1);
        need(n);
        byte[] b = new byte[n];
        buf.get(b);
        return b;
    }

    /** A count read from the data, checked against what is left (a corrupt count must not allocate gigabytes). */
    public int count(int bytesEach) {
        int n = readInt();
        if (n < 0 || (long) n * bytesEach > buf.remaining()) {
            throw new CorruptDataException("count " + n + " exceeds the section at " + buf.position());
        }
        return n;
    }

    private void need(long n) {
        if (n > buf.remaining()) {
            throw new CorruptDataException("section ends early at " + buf.position() + " (" + n + " bytes wanted)");
        }
    }

    /** A section that does not decode: the compiled file is rebuilt. */
    public static final class CorruptDataException extends RuntimeException {
        public CorruptDataException(String message) {
            super(message);
        }
    }
}
