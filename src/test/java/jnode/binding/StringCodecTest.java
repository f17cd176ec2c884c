package jnode.binding;

import jnode.binding.StringCodec.Encoding;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Node v0.10's encodings as {@link StringCodec} implements them, on direct and heap memory. */
class StringCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    private static ByteBuffer direct(String hex) {
        byte[] b = HEX.parseHex(hex);
        ByteBuffer mem = ByteBuffer.allocateDirect(b.length + 4);
        mem.put(2, b);
        return mem;
    }

    /** Decodes hex bytes placed at offset 2 of a direct buffer (absolute addressing). */
    private static String decode(String hex, Encoding enc) {
        ByteBuffer mem = direct(hex);
        return StringCodec.decode(mem, 2, 2 + hex.length() / 2, enc);
    }

    private static String encodeHex(String s, Encoding enc) {
        return HEX.formatHex(StringCodec.encode(s, enc, false));
    }

    @Test
    void encodingNames() {
        assertEquals(Encoding.UTF8, Encoding.of("utf8"));
        assertEquals(Encoding.UTF8, Encoding.of("UTF-8"));
        assertEquals(Encoding.UCS2, Encoding.of("utf16le"));
        assertEquals(Encoding.UCS2, Encoding.of("Ucs-2"));
        assertEquals(Encoding.BINARY, Encoding.of("raw"));
        assertEquals(Encoding.HEX, Encoding.of("hex"));
        assertNull(Encoding.of("utf9"));
        assertNull(Encoding.of(null));
    }

    @Test
    void utf8DecodesLikeV8_3_14() {
        assertEquals("\u00f6\u65e5", decode("c3b6e697a5", Encoding.UTF8));
        assertEquals("\ud83d\udc4d", decode("f09f918d", Encoding.UTF8));
        assertEquals("\ud83d\udc4d", decode("eda0bdedb18d", Encoding.UTF8));   // CESU-8
        assertEquals("\ufffd\ufffd", decode("e282", Encoding.UTF8));           // one per byte
        assertEquals("\ufffd\ufffdA", decode("e28241", Encoding.UTF8));
        assertEquals("\ufffd\ufffd", decode("c0af", Encoding.UTF8));           // overlong
        assertEquals("\ufffd\ufffd\ufffd\ufffd", decode("f4908080", Encoding.UTF8)); // > U+10FFFF
        assertEquals("\ufffd", decode("efbfbd", Encoding.UTF8));
        assertEquals("a\ufffdb", decode("61ff62", Encoding.UTF8));
        assertEquals("", decode("", Encoding.UTF8));
    }

    @Test
    void utf8EncodesLoneSurrogatesAsReplacement() {
        assertEquals("6162efbfbd6364", encodeHex("ab\ud800cd", Encoding.UTF8));
        assertEquals("efbfbdefbfbd", encodeHex("\udc00\ud800", Encoding.UTF8));
        assertEquals("f09f918d", encodeHex("\ud83d\udc4d", Encoding.UTF8));
        assertArrayEquals("h\u00e9".getBytes(StandardCharsets.UTF_8), StringCodec.encode("h\u00e9", Encoding.UTF8, true));
    }

    @Test
    void writesNeverSplitACharacter() {
        ByteBuffer mem = ByteBuffer.allocateDirect(16);
        long r = StringCodec.write(mem, 3, 2, "\u3042", Encoding.UTF8, true);
        assertEquals(0, (int) r);
        r = StringCodec.write(mem, 0, 10, "\u3042\u3044\u3046\u3048", Encoding.UTF8, true);
        assertEquals(9, (int) r);
        assertEquals(3, (int) (r >>> 32));
        r = StringCodec.write(mem, 0, 5, "a\ud83d\udc4d", Encoding.UTF8, false);
        assertEquals(5, (int) r);
        assertEquals(3, (int) (r >>> 32));
        r = StringCodec.write(mem, 0, 4, "a\ud83d\udc4d", Encoding.UTF8, true);
        assertEquals(1, (int) r);
        r = StringCodec.write(mem, 0, 5, "abcdef", Encoding.UCS2, true);
        assertEquals(4, (int) r);
        assertEquals(2, (int) (r >>> 32));
        assertEquals("ab", StringCodec.decode(mem, 0, 5, Encoding.UCS2));
    }

    @Test
    void latin1AndAscii() {
        assertEquals("ff00ee", encodeHex("\u00ff\u0100\uaaee", Encoding.BINARY));
        assertEquals("fc", encodeHex("\u00fc", Encoding.ASCII));
        assertEquals("\u00ff\u0080", decode("ff80", Encoding.BINARY));
        assertEquals("\u007f\u0000A", decode("ff8041", Encoding.ASCII));
    }

    @Test
    void ucs2KeepsCodeUnits() {
        assertEquals("00dc6100", encodeHex("\udc00a", Encoding.UCS2));
        assertEquals("\udc00a", decode("00dc6100", Encoding.UCS2));
        assertEquals("a", decode("610062", Encoding.UCS2));
    }

    @Test
    void hex() {
        assertEquals("00ff10", decode("00ff10", Encoding.HEX));
        assertEquals("abcd", encodeHex("ABcd", Encoding.HEX));
        assertEquals(0x01, StringCodec.hexPair('1', 'z'));
        assertEquals(0x05, StringCodec.hexPair(' ', '5'));
        assertEquals(-5, StringCodec.hexPair('-', '5'));
        assertEquals(Integer.MIN_VALUE, StringCodec.hexPair('0', 'x'));
        assertEquals(Integer.MIN_VALUE, StringCodec.hexPair('z', 'z'));
        ByteBuffer mem = ByteBuffer.allocate(4);
        assertEquals(-3, StringCodec.write(mem, 0, 4, "1122zz33", Encoding.HEX, true));
        assertEquals("11220000", HEX.formatHex(mem.array()));
    }

    @Test
    void base64IsLenient() {
        assertEquals("TWFu", decode("4d616e", Encoding.BASE64));
        assertEquals("TWE=", decode("4d61", Encoding.BASE64));
        assertEquals("2a", encodeHex("Kg", Encoding.BASE64));
        assertEquals("2a", encodeHex("Kg=", Encoding.BASE64));
        assertEquals("2a2a2a", encodeHex(" K i\no\tq \u0141", Encoding.BASE64));
        assertEquals("2a", encodeHex("Kg==Kg==", Encoding.BASE64));
        assertEquals("", encodeHex("K", Encoding.BASE64));
        assertEquals("ffffbeffefbffbefff", encodeHex("__--_--_--__", Encoding.BASE64));
        assertEquals(2, Base64Codec.decodedSize("aaa="));
        assertEquals(3, Base64Codec.decodedSize("aaaa=="));
        assertEquals(4, Base64Codec.decodedSize("KioqK"));
        assertEquals(0, Base64Codec.decodedSize("K"));
    }

    @Test
    void lengths() {
        assertEquals(14, StringCodec.byteLength("Il \u00e9tait tu\u00e9", Encoding.UTF8));
        assertEquals(3, StringCodec.utf8Length("\ud800"));
        assertEquals(4, StringCodec.utf8Length("\ud83d\udc4d"));
        assertEquals(24, StringCodec.byteLength("Il \u00e9tait tu\u00e9", Encoding.UCS2));
        assertEquals(2, StringCodec.byteLength("abcde", Encoding.HEX));
    }

    /** The fast decoder (JDK) and the exact one agree on every input the fast one accepts. */
    @Test
    void fastAndExactUtf8DecodersAgree() {
        Random random = new Random(42);
        int[] edge = {0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xa0, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x90};
        for (int t = 0; t < 20000; t++) {
            byte[] b = new byte[random.nextInt(12)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) (random.nextBoolean() ? edge[random.nextInt(edge.length)] : random.nextInt(256));
            assertEquals(StringCodec.decodeUtf8V8(b, 0, b.length), StringCodec.decodeUtf8(b, 0, b.length), HEX.formatHex(b));
        }
    }

    /** The fast base64 decoder agrees with a character-by-character reading of Node's rules. */
    @Test
    void base64FastPathAgreesWithReference() {
        Random random = new Random(99);
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= \n\t.\u00ff";
        for (int t = 0; t < 20000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(24);
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(4) == 0 ? chars.charAt(64 + random.nextInt(chars.length() - 64)) : chars.charAt(random.nextInt(64)));
            }
            String s = sb.toString();
            assertEquals(HEX.formatHex(referenceBase64(s)), encodeHex(s, Encoding.BASE64), s);
        }
        byte[] data = new byte[1000];
        random.nextBytes(data);
        for (int len = 0; len < 40; len++) {
            assertEquals(java.util.Base64.getEncoder().encodeToString(Arrays.copyOf(data, len)),
                         StringCodec.decode(data, 0, len, Encoding.BASE64));
        }
        assertEquals(java.util.Base64.getEncoder().encodeToString(data), StringCodec.decode(data, 0, data.length, Encoding.BASE64));
        // memory in either byte order, at an offset
        ByteBuffer little = ByteBuffer.allocateDirect(data.length + 3).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        little.put(3, data);
        assertEquals(java.util.Base64.getEncoder().encodeToString(data), StringCodec.decode(little, 3, 3 + data.length, Encoding.BASE64));
        assertEquals(HEX.formatHex(data, 0, 10), StringCodec.decode(little, 3, 13, Encoding.HEX));
    }

    private static byte[] referenceBase64(String s) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int acc = 0;
        int have = 0;
        for (char c : s.toCharArray()) {
            if (c == '=') break;
            int v = c == '-' ? 62 : c == '_' ? 63 : alphabet.indexOf(c);
            if (v < 0) continue;
            acc = (acc << 6) | v;
            if (++have == 4) {
                out.write(acc >> 16);
                out.write(acc >> 8);
                out.write(acc);
                acc = 0;
                have = 0;
            }
        }
        if (have == 2) out.write(acc >> 4);
        if (have == 3) {
            out.write(acc >> 10);
            out.write(acc >> 2);
        }
        return out.toByteArray();
    }

    /** Encoding then decoding any string (lone surrogates become U+FFFD) is the identity otherwise. */
    @Test
    void utf8RoundTrip() {
        Random random = new Random(7);
        for (int t = 0; t < 5000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(20);
            for (int i = 0; i < n; i++) sb.append((char) random.nextInt(0x10000));
            String s = sb.toString();
            byte[] encoded = StringCodec.encode(s, Encoding.UTF8, false);
            String decoded = StringCodec.decodeUtf8(encoded, 0, encoded.length);
            assertEquals(StringCodec.utf8Length(s), encoded.length);
            assertEquals(replaceLoneSurrogates(s), decoded);
        }
    }

    /** Base64 strings of up to 200 characters: the block loop, and where it hands over to the lenient one. */
    @Test
    void base64LongInputsAgreeWithReference() {
        Random random = new Random(1234);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";
        String odd = "= \n\t.\u00ff\u0141?*";
        for (int t = 0; t < 5000; t++) {
            String s = randomText(random, alphabet, odd, random.nextInt(200), 1 + random.nextInt(80)).toString();
            assertEquals(HEX.formatHex(referenceBase64(s)), encodeHex(s, Encoding.BASE64), s);
            // write() into memory of exactly the decoded size and into less
            byte[] expected = referenceBase64(s);
            ByteBuffer mem = ByteBuffer.allocateDirect(expected.length + 2);
            long r = StringCodec.write(mem, 1, expected.length, s, Encoding.BASE64, true);
            assertEquals(expected.length, (int) r);
            byte[] got = new byte[expected.length];
            mem.get(1, got);
            assertArrayEquals(expected, got, s);
        }
        // '=' in the middle ends the data even after whole fast steps
        assertEquals("00".repeat(18), encodeHex("AAAAAAAAAAAAAAAAAAAAAAAA=AAAAAAAA", Encoding.BASE64));
        assertEquals("00".repeat(20), encodeHex("AAAAAAAAAAAAAAAAAAAAAAAAAAA=AAAA", Encoding.BASE64));
        assertEquals("00".repeat(6), encodeHex("AAAAAAAA=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Encoding.BASE64));
        // url-safe characters in the fast loop
        assertEquals("fbffbffbffbf", encodeHex("-_-_-_-_", Encoding.BASE64));
    }

    /** {@code n} characters of {@code alphabet}, about one in {@code oddOneIn} from {@code odd} instead. */
    private static StringBuilder randomText(Random random, String alphabet, String odd, int n, int oddOneIn) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(oddOneIn) == 0 ? odd.charAt(random.nextInt(odd.length()))
                                                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb;
    }

    /** Encoding from memory at every length around the chunk size (48 KiB), at odd offsets. */
    @Test
    void base64EncodeAtChunkEdges() {
        Random random = new Random(5);
        int chunk = 48 * 1024;
        byte[] data = new byte[3 * chunk + 64 + 2];
        random.nextBytes(data);
        ByteBuffer mem = ByteBuffer.allocateDirect(data.length + 5);
        mem.put(5, data);
        int[] lengths = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, chunk - 2, chunk - 1, chunk, chunk + 1, chunk + 2,
                         chunk + 3, chunk + 4, 2 * chunk - 1, 2 * chunk, 2 * chunk + 1, 2 * chunk + 2, 3 * chunk + 64};
        for (int len : lengths) {
            for (int off = 0; off < 3; off++) {
                String expected = java.util.Base64.getEncoder().encodeToString(Arrays.copyOfRange(data, off, off + len));
                assertEquals(expected, StringCodec.decode(mem, 5 + off, 5 + off + len, Encoding.BASE64), len + "@" + off);
            }
        }
    }

    /**
     * Decoding into memory a chunk (48 KiB) at a time: long strings with characters Node skips
     * here and there, decoded whole (the memory is cut to what they hold) and written into less
     * room than they need.
     */
    @Test
    void base64DecodesLongStringsInChunks() {
        Random random = new Random(77);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        String odd = " \n\t.\u00ff-_*";
        for (int t = 0; t < 12; t++) {
            int n = 60_000 + random.nextInt(140_000);
            StringBuilder sb = randomText(random, alphabet, odd, n, t % 3 == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(3000));
            if (t % 4 == 1) sb.append("==");
            if (t % 4 == 2) sb.insert(n / 2, '=');
            String s = sb.toString();
            byte[] expected = referenceBase64(s);
            ByteBuffer whole = StringCodec.encodeToMemory(s, Encoding.BASE64);
            assertEquals(expected.length, whole.capacity(), "size, string " + t);
            byte[] got = new byte[expected.length];
            whole.get(0, got);
            assertArrayEquals(expected, got, "string " + t);
            assertArrayEquals(expected, StringCodec.encode(s, Encoding.BASE64, true), "string " + t);
            int room = expected.length - 1 - random.nextInt(expected.length / 2);
            ByteBuffer part = ByteBuffer.allocateDirect(room + 3);
            assertEquals(room, (int) StringCodec.write(part, 3, room, s, Encoding.BASE64, true));
            byte[] gotPart = new byte[room];
            part.get(3, gotPart);
            assertArrayEquals(Arrays.copyOf(expected, room), gotPart, "part of string " + t);
        }
    }

    /**
     * The JDK's SIMD base64 routine, unlike its Java loop, also decodes a padded last group: the
     * block loop must then stop there. Repeated until HotSpot's optimizing compiler has replaced
     * the loop with the routine (this JVM runs C2; jnode's has Graal compile it).
     */
    @Test
    void base64PaddedEndAfterTheBlockLoop() {
        String[] ends = {"QQ==", "QUI=", "QQ", "QUI"};
        String[] endBytes = {"A", "AB", "A", "AB"};
        for (int k = 0; k < 60_000; k++) {
            int groups = k % 97;
            int e = k % ends.length;
            String s = "QUJD".repeat(groups) + ends[e];
            byte[] expected = ("ABC".repeat(groups) + endBytes[e]).getBytes(StandardCharsets.ISO_8859_1);
            assertArrayEquals(expected, StringCodec.encode(s, Encoding.BASE64, true), "round " + k);
            ByteBuffer mem = StringCodec.encodeToMemory(" " + s, Encoding.BASE64);
            byte[] got = new byte[mem.capacity()];
            mem.get(0, got);
            assertArrayEquals(expected, got, "round " + k + ", after a space");
        }
    }

    /** The ASCII fast paths of UTF-8 encoding and decoding, and their hand-over to the full codecs. */
    @Test
    void utf8AsciiFastPaths() {
        String ascii = "The quick brown fox jumps over the lazy dog; 0123456789. ".repeat(5);
        String[] tails = {"", "?", "\u00e9", "\u00ff", "\u0100", "\u65e5", "\ud83d\ude00", "\u007f", "\u0000", "?\u00e9?"};
        for (String tail : tails) {
            for (int cut : new int[] {0, 1, 7, 8, 9, 63, 64, 65, 100, ascii.length()}) {
                String s = ascii.substring(0, cut) + tail + ascii.substring(0, 9);
                byte[] expected = s.getBytes(StandardCharsets.UTF_8);
                assertArrayEquals(expected, StringCodec.encode(s, Encoding.UTF8, true), s);
                assertArrayEquals(expected, StringCodec.utf8Bytes(s), s);
                ByteBuffer mem = ByteBuffer.allocateDirect(expected.length + 3);
                long r = StringCodec.write(mem, 3, expected.length, s, Encoding.UTF8, true);
                assertEquals(expected.length, (int) r);
                assertEquals(s.length(), (int) (r >>> 32));
                assertEquals(s, StringCodec.decodeUtf8(expected, 0, expected.length));
                // decoding at an offset, from memory
                ByteBuffer in = ByteBuffer.allocateDirect(expected.length + 1);
                in.put(1, expected);
                assertEquals(s, StringCodec.decode(in, 1, 1 + expected.length, Encoding.UTF8));
            }
        }
        // a non-ASCII byte at each position of the 8-byte words, and invalid UTF-8 after ASCII runs
        for (int at = 0; at < 40; at++) {
            byte[] b = ascii.substring(0, 40).getBytes(StandardCharsets.ISO_8859_1);
            b[at] = (byte) 0xff;
            String expected = ascii.substring(0, at) + "\ufffd" + ascii.substring(at + 1, 40);
            assertEquals(expected, StringCodec.decodeUtf8(b, 0, b.length));
            assertEquals(expected.substring(1), StringCodec.decodeUtf8(b, 1, b.length - 1).replace('\u0000', '?'), "at " + at);
            b[at] = (byte) 0x80;
            assertEquals(at < 1 || at > 38, StringCodec.isAscii(b, 1, 38), "at " + at);
        }
        // lone surrogates after a long ASCII run (not well-formed: the exact encoder)
        String lone = ascii + "\ud800" + ascii + "\udc00";
        assertEquals(ascii + "\ufffd" + ascii + "\ufffd", new String(StringCodec.encode(lone, Encoding.UTF8, false), StandardCharsets.UTF_8));
    }

    /** {@code s} with each unpaired surrogate replaced by U+FFFD, as V8 encodes it. */
    static String replaceLoneSurrogates(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return sb.toString();
    }
}
