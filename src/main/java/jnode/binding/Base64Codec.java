package jnode.binding;

import jnode.posix.MemoryCopy;
import jnode.runtime.HostCompiler;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Node v0.10's base64: standard alphabet with padding when encoding; lenient decoding, in which
 * characters outside the alphabet are skipped, '-' and '_' read as '+' and '/', the first '='
 * ends the data, and a final group of 2 or 3 characters gives 1 or 2 bytes.
 *
 * <p>Speed: both directions run on the JDK's block loops ({@link Base64Blocks}) over small
 * arrays that stay in the CPU's cache: bytes are copied out of a Buffer's memory a chunk at a
 * time and encoded straight into the new string's own array; decoded bytes go to a chunk and are
 * copied into memory from there. Once a program has moved a few megabytes through this class,
 * Graal compiles its two loops ({@link HostCompiler}) and its code calls HotSpot's SIMD routines
 * in place of the block loops (~47 GB/s here, against ~1 GB/s for any such loop in C1's code).
 */
final class Base64Codec {
    private Base64Codec() {}

    private static final byte[] ALPHABET =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.ISO_8859_1);

    /** Each character's 6-bit value (standard and url-safe alphabets), -1 outside the alphabet. */
    private static final int[] VALUE = new int[256];

    static {
        Arrays.fill(VALUE, -1);
        for (int v = 0; v < 64; v++) VALUE[ALPHABET[v]] = v;
        VALUE['-'] = 62;
        VALUE['_'] = 63;
    }

    /** Bytes per chunk copied out of memory to encode, or decoded before being copied in (a multiple of 3). */
    private static final int CHUNK = 48 * 1024;
    /** Characters read one at a time after the block loop stops, before it is tried again. */
    private static final int LENIENT_RUN = 64;

    /**
     * Each thread's chunk: a new one per call cost ~8% of decoding 1 MiB (zeroing 48 KiB). Only
     * {@link #encode} and {@link #decodeInto} use it, neither re-entrantly.
     */
    private static final ThreadLocal<byte[]> CHUNKS = ThreadLocal.withInitial(() -> new byte[CHUNK]);

    /**
     * The two loops worth compiling, counted in bytes; with the block calls too, whose code has the
     * SIMD routines even where Graal leaves them out of line (without a profile it may not inline).
     */
    private static final HostCompiler.Hot WORK = HostCompiler.hot("base64", 16 << 20,
            HostCompiler.method(Base64Codec.class, "encode", ByteBuffer.class, int.class, int.class),
            HostCompiler.method(Reader.class, "read", byte[].class, int.class, int.class),
            HostCompiler.method(Base64Blocks.class, "encode", byte[].class, int.class, int.class, byte[].class, int.class),
            HostCompiler.method(Base64Blocks.class, "decode", byte[].class, int.class, int.class, byte[].class, int.class));

    /** Base64 text of bytes [off, off + len) of {@code mem}. */
    static String encode(ByteBuffer mem, int off, int len) {
        WORK.did(len);
        byte[] out = new byte[(len + 2) / 3 * 4];
        int whole = len / 3 * 3;
        int i = 0;
        int o = 0;
        if (Base64Blocks.AVAILABLE && whole > 0) {
            byte[] chunk = whole >= CHUNK ? CHUNKS.get() : new byte[whole];
            while (i < whole) {
                int n = Math.min(chunk.length, whole - i);
                MemoryCopy.copyOut(mem, off + i, chunk, 0, n);
                Base64Blocks.encode(chunk, 0, n, out, o);
                i += n;
                o += n / 3 * 4;
            }
        }
        for (; i < whole; i += 3, o += 4) {
            int v = ((mem.get(off + i) & 0xFF) << 16) | ((mem.get(off + i + 1) & 0xFF) << 8) | (mem.get(off + i + 2) & 0xFF);
            out[o] = ALPHABET[v >>> 18];
            out[o + 1] = ALPHABET[(v >>> 12) & 63];
            out[o + 2] = ALPHABET[(v >>> 6) & 63];
            out[o + 3] = ALPHABET[v & 63];
        }
        int rest = len - i;
        if (rest > 0) {
            int v = (mem.get(off + i) & 0xFF) << 16;
            if (rest == 2) v |= (mem.get(off + i + 1) & 0xFF) << 8;
            out[o] = ALPHABET[v >>> 18];
            out[o + 1] = ALPHABET[(v >>> 12) & 63];
            out[o + 2] = rest == 2 ? ALPHABET[(v >>> 6) & 63] : (byte) '=';
            out[o + 3] = '=';
        }
        return StringBytes.adoptLatin1(out);
    }

    /** v0.10's size estimate for decoding: trailing '=' (two at most) do not count, then 3 bytes per 4 characters. */
    static int decodedSize(String s) {
        int size = s.length();
        if (size == 0) return 0;
        if (s.charAt(size - 1) == '=') size--;
        if (size > 0 && s.charAt(size - 1) == '=') size--;
        int rem = size & 3;
        int bytes = (size >>> 2) * 3;
        if (rem != 0) {
            if (bytes == 0 && rem == 1) return 0;
            bytes += rem == 3 ? 2 : 1;
        }
        return bytes;
    }

    /**
     * Decodes {@code s} into {@code mem} at {@code offset}, at most {@code max} bytes; returns the
     * bytes written. The whole string never needs more than {@link #decodedSize} bytes.
     */
    static int decodeInto(ByteBuffer mem, int offset, int max, String s) {
        Reader reader = new Reader(source(s));
        int size = decodedSize(s);
        byte[] chunk = size >= CHUNK ? CHUNKS.get() : new byte[Math.max(3, size)];
        int written = 0;
        while (written < max && !reader.done()) {
            int n = Math.min(reader.read(chunk, 0, chunk.length), max - written);
            MemoryCopy.copyIn(chunk, 0, mem, offset + written, n);
            written += n;
        }
        return written;
    }

    /** The bytes {@code s} stands for. */
    static byte[] decode(String s) {
        // Two bytes of slack: with them the reader never stops early for want of room (see read).
        byte[] out = new byte[decodedSize(s) + 2];
        int n = new Reader(source(s)).read(out, 0, out.length);
        return Arrays.copyOf(out, n);
    }

    /**
     * One byte per character of a base64 string, for reading only: the string's own Latin-1
     * bytes, or a copy in which characters past Latin-1 become '?' (not in the alphabet, so skipped).
     */
    private static byte[] source(String s) {
        byte[] own = StringBytes.latin1(s);
        return own != null ? own : s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Decodes a string's bytes a part at a time. Runs of whole groups of the standard alphabet go
     * to the JDK's block loop; where it stops, characters are read one at a time for a while
     * (whitespace, url-safe characters, '=', the end), and at the next group boundary the block
     * loop takes over again.
     */
    private static final class Reader {
        private final byte[] src;
        private int next;
        private int acc;
        private int have;
        private int blocksAgainAt = Base64Blocks.AVAILABLE ? 0 : Integer.MAX_VALUE;
        private boolean done;

        Reader(byte[] src) {
            this.src = src;
            WORK.did(src.length);
        }

        boolean done() {
            return done;
        }

        /**
         * Decodes into {@code out} from {@code o}, before {@code end} (at least 3 bytes of room),
         * until the input ends ({@link #done}) or a group may not fit; returns where it stopped
         * writing.
         */
        int read(byte[] out, int o, int end) {
            byte[] src = this.src;
            int[] value = VALUE;
            int n = src.length;
            int i = next;
            int acc = this.acc;
            int have = this.have;
            while (i < n) {
                if (have == 0 && i >= blocksAgainAt) {
                    int groups = Math.min((n - i) >>> 2, (end - o) / 3);
                    int written = Base64Blocks.decode(src, i, i + groups * 4, out, o);
                    o += written;
                    if (written % 3 != 0) {
                        // A last group padded with '=' (see Base64Blocks.decode): the data ends.
                        i = n;
                        break;
                    }
                    i += written / 3 * 4;
                    blocksAgainAt = i + LENIENT_RUN;
                    if (i >= n) break;
                }
                // The next character may complete a group of 3 bytes.
                if (have == 3 && end - o < 3) break;
                int c = src[i++] & 0xFF;
                if (c == '=') {
                    i = n;
                    break;
                }
                int v = value[c];
                if (v < 0) continue;
                acc = (acc << 6) | v;
                if (++have == 4) {
                    out[o++] = (byte) (acc >> 16);
                    out[o++] = (byte) (acc >> 8);
                    out[o++] = (byte) acc;
                    acc = 0;
                    have = 0;
                }
            }
            // The end: a group of 2 or 3 characters gives 1 or 2 bytes, when there is room for them.
            if (i >= n && end - o >= have - 1) {
                if (have == 2) {
                    out[o++] = (byte) (acc >> 4);
                } else if (have == 3) {
                    out[o++] = (byte) (acc >> 10);
                    out[o++] = (byte) (acc >> 2);
                }
                have = 0;
                done = true;
            }
            next = i;
            this.acc = acc;
            this.have = have;
            return o;
        }
    }
}
