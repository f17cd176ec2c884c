package jnode.binding;

import jnode.posix.MemoryCopy;
import jnode.posix.RawMemory;
import jnode.runtime.HostCompiler;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicReference;

/**
 * UTF-8 of strings with characters past ASCII, read from the string's own array (UTF-16 units,
 * or Latin-1 bytes when every character fits in one) and written straight into Buffer memory.
 *
 * <p>Why not {@code String.getBytes(UTF_8)}: HotSpot runs Java with C1 only here (bin/jdk.sh), and
 * the JDK's encoder under C1 does ~1 GB/s on mixed text, then the result is copied again into the
 * Buffer (node: ~1.5 GB/s). Graal compiled the JDK's encoder no faster: without a profile it does
 * not inline the small methods that loop calls. The loops here call nothing but Unsafe's loads and
 * stores and {@code Long.bitCount} (intrinsics under C1 and Graal), and Graal compiles them
 * ({@link HostCompiler} group "utf8") once they have seen a few million characters: encoding runs
 * at ~2 GB/s then, the length alone at ~3.5 GB/s, four characters a step.
 *
 * <p>A string whose worst case (3 bytes a UTF-16 unit, 2 a Latin-1 character) fits in
 * {@link #KEPT_ROOM} is encoded into memory kept between calls and copied out at its exact length
 * (one memcpy); a longer one is measured first and encoded into its own memory. Unpaired
 * surrogates become U+FFFD (EF BF BD), as V8 writes them. Needs
 * {@code --add-exports java.base/jdk.internal.misc} and {@code --add-opens java.base/java.lang}
 * (bin/jdk.sh) and a little-endian CPU with unaligned loads; without them {@link #utf16} and
 * {@link #latin1} answer null and callers take the JDK's encoder.
 */
final class Utf8Encoder {
    private Utf8Encoder() {}

    private static final jdk.internal.misc.Unsafe UNSAFE = unsafe();
    private static final long BASE = jdk.internal.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET;

    /** The largest worst-case room kept between calls (for strings up to ~1.4 M characters). */
    private static final int KEPT_ROOM = 4 << 20;

    private static final HostCompiler.Hot WORK = HostCompiler.hot("utf8", 8 << 20,
            HostCompiler.method(Utf8Encoder.class, "encode", byte[].class, int.class, long.class),
            HostCompiler.method(Utf8Encoder.class, "extraBytes", byte[].class, int.class),
            HostCompiler.method(Utf8Encoder.class, "encodeLatin1", byte[].class, int.class, long.class),
            HostCompiler.method(Utf8Encoder.class, "extraBytesLatin1", byte[].class, int.class));

    /** Room for the worst case, kept between calls; a thread takes it while it encodes. */
    private static final AtomicReference<ByteBuffer> KEPT = new AtomicReference<>();

    private static jdk.internal.misc.Unsafe unsafe() {
        try {
            jdk.internal.misc.Unsafe u = jdk.internal.misc.Unsafe.getUnsafe();
            return u.unalignedAccess() && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? u : null;
        } catch (IllegalAccessError | NoClassDefFoundError notExported) {
            return null;
        }
    }

    /** The UTF-16 array of {@code s} when this encoder can take it, else null. */
    static byte[] utf16(String s) {
        return UNSAFE == null ? null : StringBytes.utf16(s);
    }

    /** The Latin-1 array of {@code s} (one byte a character) when this encoder can take it, else null. */
    static byte[] latin1(String s) {
        return UNSAFE == null ? null : StringBytes.latin1(s);
    }

    /**
     * UTF-8 length of a string of {@code n} characters stored in {@code value}: its Latin-1 bytes
     * when {@code latin1}, else its UTF-16 units.
     */
    static int length(byte[] value, int n, boolean latin1) {
        WORK.did(n);
        return n + (latin1 ? extraBytesLatin1(value, n) : extraBytes(value, n));
    }

    /** New memory holding exactly the UTF-8 of a string of {@code n} characters stored in {@code value} (see {@link #length}). */
    static ByteBuffer toMemory(byte[] value, int n, boolean latin1) {
        WORK.did(n);
        long worstCase = (latin1 ? 2L : 3L) * n + 4;
        if (worstCase > KEPT_ROOM) {
            ByteBuffer exact = RawMemory.allocate(n + (latin1 ? extraBytesLatin1(value, n) : extraBytes(value, n)));
            encodeInto(exact, 0, value, n, latin1);
            return exact;
        }
        ByteBuffer room = KEPT.getAndSet(null);
        if (room == null || room.capacity() < worstCase) room = RawMemory.allocate((int) Math.max(worstCase, 64 << 10));
        long from = MemoryCopy.address(room);
        int length = (int) ((latin1 ? encodeLatin1(value, n, from) : encode(value, n, from)) - from);
        ByteBuffer exact = RawMemory.allocate(length);
        MemoryCopy.copyNative(from, MemoryCopy.address(exact), length);
        Reference.reachabilityFence(exact);
        Reference.reachabilityFence(room);
        KEPT.set(room);
        return exact;
    }

    /**
     * Writes the UTF-8 of a string of {@code n} characters stored in {@code value} (see
     * {@link #length}) into direct memory {@code mem} at {@code offset}; the caller has made sure
     * it fits. Returns the bytes written.
     */
    static int encodeInto(ByteBuffer mem, int offset, byte[] value, int n, boolean latin1) {
        long at = MemoryCopy.address(mem) + offset;
        int written = (int) ((latin1 ? encodeLatin1(value, n, at) : encode(value, n, at)) - at);
        Reference.reachabilityFence(mem);
        return written;
    }

    /** Bytes beyond one per character of Latin-1 text: one for each character from U+0080, eight at a step. */
    private static int extraBytesLatin1(byte[] v, int n) {
        long extra = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) extra += Long.bitCount(UNSAFE.getLong(v, BASE + i) & 0x8080808080808080L);
        for (; i < n; i++) extra += (UNSAFE.getByte(v, BASE + i) >>> 7) & 1;
        return (int) extra;
    }

    /**
     * Encodes the {@code n} Latin-1 characters of {@code v} at address {@code out}; returns the
     * address after the last byte. Eight characters a step: eight ASCII ones as one 8-byte store,
     * else each from the same 8-byte load, stored as two bytes without a branch on its kind (an
     * ASCII character's second byte is overwritten by the next character; in text that mixes
     * both, a branch per character mispredicts often). The last character is written exactly,
     * so nothing past the UTF-8 is.
     */
    private static long encodeLatin1(byte[] v, int n, long out) {
        int i = 0;
        // A step needs a character after it, whose bytes cover the step's stray byte.
        for (; i + 8 < n; i += 8) {
            long w = UNSAFE.getLong(v, BASE + i);
            if ((w & 0x8080808080808080L) == 0) {
                UNSAFE.putLong(null, out, w);
                out += 8;
                continue;
            }
            for (int k = 0; k < 64; k += 8) {
                int c = (int) (w >>> k) & 0xFF;
                int high = c >>> 7;
                int pair = (0xC0 | (c >> 6)) | ((0x80 | (c & 0x3F)) << 8);
                UNSAFE.putShort(null, out, (short) (high != 0 ? pair : c));
                out += 1 + high;
            }
        }
        for (; i < n - 1; i++) {
            int c = UNSAFE.getByte(v, BASE + i) & 0xFF;
            int high = c >>> 7;
            int pair = (0xC0 | (c >> 6)) | ((0x80 | (c & 0x3F)) << 8);
            UNSAFE.putShort(null, out, (short) (high != 0 ? pair : c));
            out += 1 + high;
        }
        if (i < n) {
            int c = UNSAFE.getByte(v, BASE + i) & 0xFF;
            if (c < 0x80) {
                UNSAFE.putByte(null, out++, (byte) c);
            } else {
                UNSAFE.putByte(null, out++, (byte) (0xC0 | (c >> 6)));
                UNSAFE.putByte(null, out++, (byte) (0x80 | (c & 0x3F)));
            }
        }
        return out;
    }

    /**
     * Bytes beyond one per character: one for each character from U+0080, another for each from
     * U+0800, minus two for each surrogate pair (4 bytes, not 3 + 3). Four characters a step: bit
     * 15 of each 16-bit lane is set where the lane is at least 0x80 (or 0x800), and the rare step
     * holding a surrogate looks for pairs one character at a time.
     */
    private static int extraBytes(byte[] v, int n) {
        long extra = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long w = UNSAFE.getLong(v, BASE + 2L * i);
            long low = w & 0x7FFF7FFF7FFF7FFFL;
            long from80 = (w | (low + 0x7F807F807F807F80L)) & 0x8000800080008000L;
            long from800 = (w | (low + 0x7800780078007800L)) & 0x8000800080008000L;
            extra += Long.bitCount(from80) + Long.bitCount(from800);
            long surrogates = (w & 0xF800F800F800F800L) ^ 0xD800D800D800D800L;
            if (((surrogates - 0x0001000100010001L) & ~surrogates & 0x8000800080008000L) != 0) {
                for (int j = i; j < i + 4; j++) {
                    if ((UNSAFE.getChar(v, BASE + 2L * j) & 0xFC00) == 0xD800 && j + 1 < n
                            && (UNSAFE.getChar(v, BASE + 2L * (j + 1)) & 0xFC00) == 0xDC00) extra -= 2;
                }
            }
        }
        for (; i < n; i++) {
            int c = UNSAFE.getChar(v, BASE + 2L * i);
            extra += ((0x7F - c) >>> 31) + ((0x7FF - c) >>> 31);
            if ((c & 0xFC00) == 0xD800 && i + 1 < n && (UNSAFE.getChar(v, BASE + 2L * (i + 1)) & 0xFC00) == 0xDC00) {
                extra -= 2;
            }
        }
        return (int) extra;
    }

    /**
     * Encodes the {@code n} characters of {@code v} at address {@code out}; returns the address
     * after the last byte. Four ASCII characters go as one 4-byte store. Three-byte characters
     * are stored as 4 bytes whose last the next store overwrites, so the memory must have a
     * byte to spare after the UTF-8, except after the last character, which is written byte by byte.
     */
    private static long encode(byte[] v, int n, long out) {
        int i = 0;
        // Stop one character early: a 3-byte store there could overrun memory of the exact length.
        int wide = n - 1;
        while (i < wide) {
            if (i + 4 <= n) {
                long w = UNSAFE.getLong(v, BASE + 2L * i);
                if ((w & 0xFF80FF80FF80FF80L) == 0) {
                    UNSAFE.putInt(null, out, (int) (w & 0xFF) | (int) ((w >>> 8) & 0xFF00)
                            | (int) ((w >>> 16) & 0xFF0000) | (int) ((w >>> 24) & 0xFF000000L));
                    out += 4;
                    i += 4;
                    continue;
                }
            }
            int c = UNSAFE.getChar(v, BASE + 2L * i);
            if (c < 0x80) {
                UNSAFE.putByte(null, out, (byte) c);
                out += 1;
                i += 1;
            } else if (c < 0x800) {
                UNSAFE.putShort(null, out, (short) ((0xC0 | (c >> 6)) | ((0x80 | (c & 0x3F)) << 8)));
                out += 2;
                i += 1;
            } else if ((c & 0xF800) != 0xD800) {
                UNSAFE.putInt(null, out, (0xE0 | (c >> 12)) | ((0x80 | ((c >> 6) & 0x3F)) << 8) | ((0x80 | (c & 0x3F)) << 16));
                out += 3;
                i += 1;
            } else {
                int d = UNSAFE.getChar(v, BASE + 2L * (i + 1));
                if ((c & 0xFC00) == 0xD800 && (d & 0xFC00) == 0xDC00) {
                    int cp = ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
                    UNSAFE.putInt(null, out, (0xF0 | (cp >> 18)) | ((0x80 | ((cp >> 12) & 0x3F)) << 8)
                            | ((0x80 | ((cp >> 6) & 0x3F)) << 16) | ((0x80 | (cp & 0x3F)) << 24));
                    out += 4;
                    i += 2;
                } else {
                    UNSAFE.putInt(null, out, 0xBDBFEF);
                    out += 3;
                    i += 1;
                }
            }
        }
        if (i < n) {
            int c = UNSAFE.getChar(v, BASE + 2L * i);
            if (c < 0x80) {
                UNSAFE.putByte(null, out++, (byte) c);
            } else if (c < 0x800) {
                UNSAFE.putByte(null, out++, (byte) (0xC0 | (c >> 6)));
                UNSAFE.putByte(null, out++, (byte) (0x80 | (c & 0x3F)));
            } else {
                if ((c & 0xF800) == 0xD800) c = 0xFFFD;
                UNSAFE.putByte(null, out++, (byte) (0xE0 | (c >> 12)));
                UNSAFE.putByte(null, out++, (byte) (0x80 | ((c >> 6) & 0x3F)));
                UNSAFE.putByte(null, out++, (byte) (0x80 | (c & 0x3F)));
            }
        }
        return out;
    }
}
