package jnode.binding;

import jnode.posix.MemoryCopy;
import jnode.posix.RawMemory;
import jnode.runtime.HostCompiler;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Node v0.10's string encodings (utf8, ucs2, ascii, binary, base64, hex) between Java strings and
 * byte memory, with the exact quirks of Node v0.10.40 on V8 3.14:
 *
 * <ul>
 *   <li>utf8 decoding turns every byte that does not start a well-formed sequence into one U+FFFD
 *       and accepts encoded surrogates (CESU-8), as V8 3.14's decoder did; utf8 encoding turns a
 *       lone surrogate into EF BF BD and never writes part of a character.
 *   <li>ascii decoding clears the high bit; ascii and binary encoding keep each code unit's low byte.
 *   <li>base64 decoding skips characters outside the alphabet, takes the url-safe '-' and '_', and
 *       stops at the first '='; hex decoding reads pairs the way JavaScript's parseInt(pair, 16) does.
 * </ul>
 *
 * Memory is addressed absolutely (index 0 of the ByteBuffer, whatever its position), so one
 * ByteBuffer can back many JavaScript Buffers. Everything here is stateless and thread-safe.
 */
public final class StringCodec {
    private StringCodec() {}

    /** The encodings Node v0.10 knows, by their canonical names. */
    public enum Encoding {
        UTF8, UCS2, ASCII, BINARY, BASE64, HEX;

        /** The encoding for a (case-insensitive) Node name, or null when Node has no such encoding. */
        public static Encoding of(String name) {
            if (name == null) return null;
            switch (name) {
                case "utf8": return UTF8;
                case "ucs2": return UCS2;
                case "ascii": return ASCII;
                case "binary": return BINARY;
                case "base64": return BASE64;
                case "hex": return HEX;
                default: break;
            }
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "utf8": case "utf-8": return UTF8;
                case "ucs2": case "ucs-2": case "utf16le": case "utf-16le": return UCS2;
                case "ascii": return ASCII;
                case "binary": case "raw": return BINARY;
                case "base64": return BASE64;
                case "hex": return HEX;
                default: return null;
            }
        }
    }

    /** Result of {@link #write} when a hex string holds a pair that is not a number. */
    public static final long INVALID_HEX = -1;

    // ---------------------------------------------------------------------------------------------
    // Decoding: bytes -> String

    /** Decodes bytes [start, end) of {@code mem}. */
    public static String decode(ByteBuffer mem, int start, int end, Encoding enc) {
        int len = end - start;
        if (len <= 0) return "";
        if (enc == Encoding.UCS2) return decodeUcs2(mem, start, len);
        // Bytes to base64/hex text are read straight from the memory, without a copy first.
        if (enc == Encoding.BASE64) return Base64Codec.encode(mem, start, len);
        if (enc == Encoding.HEX) return encodeHex(mem, start, len);
        byte[] a = new byte[len];
        MemoryCopy.copyOut(mem, start, a, 0, len);
        return decode(a, 0, len, enc);
    }

    /** Decodes {@code len} bytes of {@code a} from {@code off}. */
    public static String decode(byte[] a, int off, int len, Encoding enc) {
        switch (enc) {
            case UTF8: return decodeUtf8(a, off, len);
            case BINARY: return new String(a, off, len, StandardCharsets.ISO_8859_1);
            case ASCII: return decodeAscii(a, off, len);
            case BASE64: return Base64Codec.encode(ByteBuffer.wrap(a), off, len);
            case HEX: return encodeHex(ByteBuffer.wrap(a), off, len);
            case UCS2: return decodeUcs2(ByteBuffer.wrap(a), off, len);
            default: throw new IllegalArgumentException(String.valueOf(enc));
        }
    }

    /**
     * UTF-8 as V8 3.14 decoded it. The JDK's decoder agrees on well-formed input and produces
     * U+FFFD only for input it rejects (or for an encoded U+FFFD), so its fast result stands
     * unless it contains U+FFFD; only then does the slower exact decoder run.
     */
    public static String decodeUtf8(byte[] a, int off, int len) {
        // ASCII (the common case) is its own UTF-8: checked 8 bytes at a time, then copied as
        // Latin-1, which under C1 is several times faster than the JDK's UTF-8 decoder.
        if (isAscii(a, off, len)) return new String(a, off, len, StandardCharsets.ISO_8859_1);
        String s = new String(a, off, len, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) return s;
        return decodeUtf8V8(a, off, len);
    }

    private static final long HIGH_BITS = 0x8080808080808080L;

    /** The ASCII check (of every utf8 string in or out) compiled by Graal once it has seen 16 MiB. */
    private static final HostCompiler.Hot ASCII_WORK = HostCompiler.hot("ascii", 16 << 20,
            HostCompiler.method(StringCodec.class, "isAscii", byte[].class, int.class, int.class));

    /** True when bytes [off, off + len) of {@code a} are all below 0x80. */
    static boolean isAscii(byte[] a, int off, int len) {
        ASCII_WORK.did(len);
        int i = off;
        int end = off + len;
        long acc = 0;
        // Four words a step: under C1 this runs ~20% faster than one, and on large text (the case
        // that matters) one early exit per 64 KiB is enough.
        while (i + 32 <= end) {
            int stop = Math.min(end - 31, i + 65536);
            for (; i < stop; i += 32) {
                acc |= (long) LONG_LE.get(a, i) | (long) LONG_LE.get(a, i + 8)
                        | (long) LONG_LE.get(a, i + 16) | (long) LONG_LE.get(a, i + 24);
            }
            if ((acc & HIGH_BITS) != 0) return false;
        }
        for (; i + 8 <= end; i += 8) acc |= (long) LONG_LE.get(a, i);
        for (; i < end; i++) acc |= a[i];
        return (acc & HIGH_BITS) == 0;
    }

    /**
     * The bytes of {@code s} in {@code enc} when they are exactly the string's own Latin-1 bytes:
     * ASCII text in utf8; any Latin-1 text in binary or ascii (which keep each character's low
     * byte). Else null. The array is the string's (see {@link StringBytes}): copy from it only.
     */
    static byte[] ownBytes(String s, Encoding enc) {
        if (enc != Encoding.UTF8 && enc != Encoding.BINARY && enc != Encoding.ASCII) return null;
        byte[] own = StringBytes.latin1(s);
        if (own == null || (enc == Encoding.UTF8 && !isAscii(own, 0, own.length))) return null;
        return own;
    }

    /**
     * New memory holding exactly the encoded bytes of {@code s}; utf8 strings must be well-formed
     * and hex strings valid (see {@link #encode}).
     */
    public static ByteBuffer encodeToMemory(String s, Encoding enc) {
        if (enc == Encoding.BASE64) {
            // Decoded straight into the memory; lenient decoding may give less than the estimate.
            int size = Base64Codec.decodedSize(s);
            ByteBuffer mem = RawMemory.allocate(size);
            int n = Base64Codec.decodeInto(mem, 0, size, s);
            return n == size ? mem : mem.slice(0, n);
        }
        if (enc == Encoding.UTF8) {
            byte[] utf16 = Utf8Encoder.utf16(s);
            if (utf16 != null) return Utf8Encoder.toMemory(utf16, s.length(), false);
            byte[] latin1 = Utf8Encoder.latin1(s);
            if (latin1 != null) {
                if (!isAscii(latin1, 0, latin1.length)) return Utf8Encoder.toMemory(latin1, latin1.length, true);
                // ASCII: the string's own bytes are its UTF-8.
                ByteBuffer mem = RawMemory.allocate(latin1.length);
                MemoryCopy.copyIn(latin1, 0, mem, 0, latin1.length);
                return mem;
            }
        }
        byte[] bytes = ownBytes(s, enc);
        int n;
        if (bytes != null) {
            n = bytes.length;
        } else {
            bytes = encode(s, enc, true);
            n = bytes.length;
        }
        ByteBuffer mem = RawMemory.allocate(n);
        MemoryCopy.copyIn(bytes, 0, mem, 0, n);
        return mem;
    }

    /**
     * True when {@code a}, the ISO-8859-1 bytes of {@code s}, are also its UTF-8: all ASCII, and
     * every '?' among them a real '?' (ISO-8859-1 encoding puts '?' for a character past Latin-1).
     * Words holding a '?' are checked against the string; text full of question marks (a URL's
     * query, say) stays on this path instead of falling back to the JDK's UTF-8 encoder, whose
     * ASCII scan is a plain byte loop under C1.
     */
    private static boolean isExactAscii(String s, byte[] a) {
        int n = a.length;
        int i = 0;
        long high = 0;
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONG_LE.get(a, i);
            high |= w;
            // The classic "has a zero byte" test on w ^ '?'s: true exactly when w holds a '?'.
            long x = w ^ 0x3F3F3F3F3F3F3F3FL;
            if (((x - 0x0101010101010101L) & ~x & HIGH_BITS) != 0 && !questionMarksAreReal(s, a, i, i + 8)) return false;
        }
        int tail = i;
        for (; i < n; i++) high |= a[i];
        return (high & HIGH_BITS) == 0 && questionMarksAreReal(s, a, tail, n);
    }

    private static boolean questionMarksAreReal(String s, byte[] a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (a[k] == '?' && s.charAt(k) != '?') return false;
        }
        return true;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * V8 3.14's rules: a lead byte with the continuation bytes its form needs, and a value not
     * encodable in fewer bytes, is one character (surrogate code points included; values past
     * U+10FFFF are not characters); anything else is one U+FFFD for its first byte, and decoding
     * goes on at the next byte.
     */
    static String decodeUtf8V8(byte[] a, int off, int len) {
        char[] out = new char[len];
        int o = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            int b0 = a[i] & 0xFF;
            if (b0 < 0x80) {
                out[o++] = (char) b0;
                i++;
                continue;
            }
            int left = end - i;
            int cp = -1;
            int size = 1;
            if (b0 >= 0xC0 && b0 < 0xE0) {
                if (left >= 2 && isContinuation(a[i + 1])) {
                    int v = ((b0 & 0x1F) << 6) | (a[i + 1] & 0x3F);
                    if (v >= 0x80) { cp = v; size = 2; }
                }
            } else if (b0 >= 0xE0 && b0 < 0xF0) {
                if (left >= 3 && isContinuation(a[i + 1]) && isContinuation(a[i + 2])) {
                    int v = ((b0 & 0x0F) << 12) | ((a[i + 1] & 0x3F) << 6) | (a[i + 2] & 0x3F);
                    if (v >= 0x800) { cp = v; size = 3; }
                }
            } else if (b0 >= 0xF0 && b0 < 0xF8) {
                if (left >= 4 && isContinuation(a[i + 1]) && isContinuation(a[i + 2]) && isContinuation(a[i + 3])) {
                    int v = ((b0 & 0x07) << 18) | ((a[i + 1] & 0x3F) << 12) | ((a[i + 2] & 0x3F) << 6) | (a[i + 3] & 0x3F);
                    if (v >= 0x10000 && v <= 0x10FFFF) { cp = v; size = 4; }
                }
            }
            if (cp < 0) {
                out[o++] = '\uFFFD';
            } else if (cp >= 0x10000) {
                out[o++] = Character.highSurrogate(cp);
                out[o++] = Character.lowSurrogate(cp);
            } else {
                out[o++] = (char) cp;
            }
            i += size;
        }
        return new String(out, 0, o);
    }

    private static String decodeAscii(byte[] a, int off, int len) {
        boolean high = false;
        for (int i = off; i < off + len; i++) {
            if (a[i] < 0) {
                high = true;
                break;
            }
        }
        if (high) {
            byte[] b = new byte[len];
            for (int i = 0; i < len; i++) b[i] = (byte) (a[off + i] & 0x7F);
            return new String(b, 0, len, StandardCharsets.ISO_8859_1);
        }
        return new String(a, off, len, StandardCharsets.ISO_8859_1);
    }

    /** UTF-16LE code units, unpaired surrogates kept; an odd last byte is ignored. */
    private static String decodeUcs2(ByteBuffer mem, int start, int len) {
        int n = len >>> 1;
        if (n == 0) return "";
        char[] c = new char[n];
        mem.slice(start, n * 2).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().get(c);
        return new String(c);
    }

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    /** Two hex digits per byte value, as one little-endian short of ASCII (first digit low: no byte swap to store). */
    private static final short[] HEX_PAIR = new short[256];

    static {
        byte[] digits = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
        for (int b = 0; b < 256; b++) HEX_PAIR[b] = (short) (digits[b >>> 4] | (digits[b & 0xF] << 8));
    }

    private static String encodeHex(ByteBuffer mem, int off, int len) {
        byte[] out = new byte[len * 2];
        for (int i = 0; i < len; i++) SHORT_LE.set(out, 2 * i, HEX_PAIR[mem.get(off + i) & 0xFF]);
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    // ---------------------------------------------------------------------------------------------
    // Encoding: String -> bytes

    /**
     * Writes {@code s} into {@code mem} at {@code offset}, at most {@code max} bytes and never part
     * of a character. Returns {@code charsWritten * 2^32 + bytesWritten} (Node's
     * Buffer._charsWritten is the first), or {@link #INVALID_HEX}-ish negative value
     * {@code -1 - bytesWritten} when a hex pair is not a number (the bytes before it are written).
     * For hex the caller has already rejected odd lengths. {@code wellFormed} promises that
     * {@code s} has no unpaired surrogates (the UTF-8 fast path relies on it).
     */
    public static long write(ByteBuffer mem, int offset, int max, String s, Encoding enc, boolean wellFormed) {
        if (max <= 0 || s.isEmpty()) return 0;
        switch (enc) {
            case UTF8: return writeUtf8(mem, offset, max, s, wellFormed);
            case UCS2: return writeUcs2(mem, offset, max, s);
            case ASCII:
            case BINARY: return writeBinary(mem, offset, max, s);
            case BASE64: return writeBase64(mem, offset, max, s);
            case HEX: return writeHex(mem, offset, max, s);
            default: throw new IllegalArgumentException(String.valueOf(enc));
        }
    }

    private static long packed(long chars, int bytes) {
        return (chars << 32) | bytes;
    }

    private static long writeUtf8(ByteBuffer mem, int offset, int max, String s, boolean wellFormed) {
        byte[] own = ownBytes(s, Encoding.UTF8);
        if (own != null) return writeOwn(mem, offset, max, own);
        int n = s.length();
        byte[] utf16 = mem.isDirect() ? Utf8Encoder.utf16(s) : null;
        if (utf16 != null && (3L * n <= max || Utf8Encoder.length(utf16, n, false) <= max)) {
            return packed(n, Utf8Encoder.encodeInto(mem, offset, utf16, n, false));
        }
        byte[] latin1 = mem.isDirect() ? Utf8Encoder.latin1(s) : null;
        if (latin1 != null && (2L * n <= max || Utf8Encoder.length(latin1, n, true) <= max)) {
            return packed(n, Utf8Encoder.encodeInto(mem, offset, latin1, n, true));
        }
        if (wellFormed && n <= max) {
            byte[] b = utf8Bytes(s);
            if (b.length <= max) {
                MemoryCopy.copyIn(b, 0, mem, offset, b.length);
                return packed(n, b.length);
            }
        }
        // Does not fit (or may hold lone surrogates): encode character by character up to max.
        byte[] out = new byte[(int) Math.min(max, (long) n * 3)];
        int o = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (o + 1 > max) break;
                out[o++] = (byte) c;
                i++;
            } else if (c < 0x800) {
                if (o + 2 > max) break;
                out[o++] = (byte) (0xC0 | (c >> 6));
                out[o++] = (byte) (0x80 | (c & 0x3F));
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (o + 4 > max) break;
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                out[o++] = (byte) (0xF0 | (cp >> 18));
                out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[o++] = (byte) (0x80 | (cp & 0x3F));
                i += 2;
            } else {
                if (o + 3 > max) break;
                if (Character.isSurrogate(c)) c = '\uFFFD';
                out[o++] = (byte) (0xE0 | (c >> 12));
                out[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[o++] = (byte) (0x80 | (c & 0x3F));
                i++;
            }
        }
        MemoryCopy.copyIn(out, 0, mem, offset, o);
        return packed(i, o);
    }

    /** Characters looked at before betting that a string is ASCII (see {@link #utf8Bytes}). */
    private static final int ASCII_PROBE = 64;

    /**
     * UTF-8 of a well-formed string. For ASCII the Latin-1 bytes (a plain copy of the string's
     * bytes) are the answer, and checking them 8 at a time is much faster under C1 than the JDK's
     * UTF-8 encoder; a string whose first characters are not all ASCII goes to that encoder at
     * once, so text that is not ASCII pays for one failed bet at most on long ASCII prefixes.
     */
    static byte[] utf8Bytes(String s) {
        int probe = Math.min(s.length(), ASCII_PROBE);
        for (int i = 0; i < probe; i++) {
            if (s.charAt(i) >= 0x80) return s.getBytes(StandardCharsets.UTF_8);
        }
        byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
        if (isExactAscii(s, latin1)) return latin1;
        // Left to C1: Graal's code for the JDK's UTF-8 encoder ran at 2/3 of C1's speed on mixed
        // text, with or without an interpreter profile to go by (see HostCompiler).
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long writeUcs2(ByteBuffer mem, int offset, int max, String s) {
        int n = Math.min(s.length(), max >>> 1);
        if (n == 0) return 0;
        char[] c = new char[n];
        s.getChars(0, n, c, 0);
        mem.slice(offset, n * 2).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().put(c);
        return packed(n, n * 2);
    }

    /** Writes the first bytes of a string's own array (one byte per character), as many as fit. */
    private static long writeOwn(ByteBuffer mem, int offset, int max, byte[] own) {
        int n = Math.min(own.length, max);
        MemoryCopy.copyIn(own, 0, mem, offset, n);
        return packed(n, n);
    }

    @SuppressWarnings("deprecation")
    private static long writeBinary(ByteBuffer mem, int offset, int max, String s) {
        byte[] own = ownBytes(s, Encoding.BINARY);
        if (own != null) return writeOwn(mem, offset, max, own);
        int n = Math.min(s.length(), max);
        byte[] b = new byte[n];
        // The low byte of each code unit, exactly what Node's binary/ascii writes keep.
        s.getBytes(0, n, b, 0);
        MemoryCopy.copyIn(b, 0, mem, offset, n);
        return packed(n, n);
    }

    private static long writeBase64(ByteBuffer mem, int offset, int max, String s) {
        int n = Base64Codec.decodeInto(mem, offset, max, s);
        // Node v0.10 reports the bytes written as the characters written for base64.
        return packed(n, n);
    }

    private static long writeHex(ByteBuffer mem, int offset, int max, String s) {
        int pairs = Math.min(s.length() >>> 1, max);
        byte[] out = new byte[pairs];
        int i = 0;
        for (; i < pairs; i++) {
            int v = hexPair(s.charAt(2 * i), s.charAt(2 * i + 1));
            if (v == Integer.MIN_VALUE) break;
            out[i] = (byte) v;
        }
        MemoryCopy.copyIn(out, 0, mem, offset, i);
        if (i < pairs) return -1L - i;
        return packed(2L * i, i);
    }

    /** Encodes all of {@code s}; see {@link #write} for the rules and {@code wellFormed}. */
    public static byte[] encode(String s, Encoding enc, boolean wellFormed) {
        switch (enc) {
            case UTF8: {
                if (wellFormed) return utf8Bytes(s);
                ByteBuffer tmp = ByteBuffer.allocate(s.length() * 3);
                int n = (int) write(tmp, 0, tmp.capacity(), s, enc, false);
                byte[] b = new byte[n];
                tmp.get(0, b, 0, n);
                return b;
            }
            case BASE64: return Base64Codec.decode(s);
            default: {
                int size = byteLength(s, enc);
                ByteBuffer tmp = ByteBuffer.allocate(size);
                long r = write(tmp, 0, size, s, enc, wellFormed);
                if (r < 0) throw new IllegalArgumentException("Invalid hex string");
                int n = (int) r;
                return n == size ? tmp.array() : Arrays.copyOf(tmp.array(), n);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Lengths

    /** Node v0.10's Buffer.byteLength(s, enc). */
    public static int byteLength(String s, Encoding enc) {
        switch (enc) {
            case UTF8: return utf8Length(s);
            case UCS2: return s.length() * 2;
            case HEX: return s.length() >>> 1;
            case BASE64: return Base64Codec.decodedSize(s);
            default: return s.length();
        }
    }

    /** UTF-8 length with unpaired surrogates counted as the three bytes of U+FFFD. */
    public static int utf8Length(String s) {
        int n = s.length();
        byte[] utf16 = Utf8Encoder.utf16(s);
        if (utf16 != null) return Utf8Encoder.length(utf16, n, false);
        byte[] latin1 = Utf8Encoder.latin1(s);
        if (latin1 != null) return Utf8Encoder.length(latin1, n, true);
        int len = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            if (c < 0x800) {
                len += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                len += 2;
                i++;
            } else {
                len += 2;
            }
        }
        return len;
    }

    // ---------------------------------------------------------------------------------------------
    // hex details

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** What JavaScript's {@code parseInt(c0 + c1, 16)} gives, or MIN_VALUE for NaN. */
    static int hexPair(char c0, char c1) {
        int d0 = hexDigit(c0);
        int d1 = hexDigit(c1);
        if (d0 >= 0) {
            if (d1 >= 0) return (d0 << 4) | d1;
            if (c0 == '0' && (c1 == 'x' || c1 == 'X')) return Integer.MIN_VALUE; // "0x" prefix, no digits
            return d0;
        }
        if (isJsWhitespace(c0) || c0 == '+') return d1 >= 0 ? d1 : Integer.MIN_VALUE;
        if (c0 == '-') return d1 >= 0 ? -d1 : Integer.MIN_VALUE;
        return Integer.MIN_VALUE;
    }

    private static boolean isJsWhitespace(char c) {
        switch (c) {
            case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ': case 0xA0: case 0x1680:
            case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }
}
