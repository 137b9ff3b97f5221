package io.interdict.core.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Appends values to a growing little-endian byte array: the writing half of a compiled section.
 * Arrays are written 8-byte aligned so that a reader can view them in place or copy them in bulk.
 */
public final class Encoder {
    private byte[] buf = new byte[1 << 16];
    private ByteBuffer view = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
    private int size;

    private void ensure(int more) {
        if (size + more > buf.length) {
            long want = Math.max((long) buf.length * 2, (long) size + more);
            if (want > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("compiled section larger than 2 GB");
            }
            buf = Arrays.copyOf(buf, (int) want);
            view = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    public int size() {
        return size;
    }

    public Encoder writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    public Encoder writeBoolean(boolean b) {
        return writeByte(b ? 1 : 0);
    }

    public Encoder writeInt(int v) {
        ensure(4);
        view.putInt(size, v);
        size += 4;
        return this;
    }

    public Encoder writeLong(long v) {
        ensure(8);
        view.putLong(size, v);
        size += 8;
        return this;
    }

    public Encoder writeDouble(double v) {
        return writeLong(Double.doubleToRawLongBits(v));
    }

    /** Unsigned variable-length int (7 bits a byte): lengths and small counts. */
    public Encoder writeVarInt(int v) {
        ensure(5);
        while ((v & ~0x7F) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
        return this;
    }

    /** A UTF-8 string, or null. */
    public Encoder writeString(String s) {
        if (s == null) {
            return writeVarInt(0);
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeVarInt(b.length + 1);
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    public Encoder align() {
        while ((size & 7) != 0) {
            writeByte(0);
        }
        return this;
    }

    public Encoder writeInts(int[] a) {
        writeInt(a.length);
        align();
        ensure(a.length * 4);
        view.position(size);
        view.asIntBuffer().put(a);
        size += a.length * 4;
        return this;
    }

    public Encoder writeLongs(long[] a) {
        writeInt(a.length);
        align();
        ensure(a.length * 8);
        view.position(size);
        view.asLongBuffer().put(a);
        size += a.length * 8;
        return this;
    }

    public Encoder writeBytes(byte[] b) {
        writeInt(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    /** The bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
