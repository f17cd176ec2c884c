package jnode.binding;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@link Utf8Encoder} against the JDK's encoder on random UTF-16 and Latin-1 strings, unpaired
 * surrogates included (written as U+FFFD, as V8 does; JavaScript strings reach it well-formed
 * today, so only this test covers them). Runs under the launcher's exports (pom's argLine), so the encoder is active.
 */
class Utf8EncoderTest {
    private static final String[] PIECES = {"a", "bcd", "wxyz", "efghijklm", "\u00e9", "\u0080", "\u07ff", "\u0800",
        "\u65e5", "\uffff", "\ud83d\ude00", "\udbff\udfff", "\ud800", "\udbff", "\udc00", "\udfff"};

    /** The JDK's UTF-8 with each unpaired surrogate replaced by U+FFFD first. */
    private static byte[] reference(String s) {
        return StringCodecTest.replaceLoneSurrogates(s).getBytes(StandardCharsets.UTF_8);
    }

    private static String randomString(Random random, int length) {
        StringBuilder b = new StringBuilder("\u0100"); // past Latin-1: stored as UTF-16
        while (b.length() < length) b.append(PIECES[random.nextInt(PIECES.length)]);
        // end on each kind of character, surrogates alone included
        return b.append(PIECES[random.nextInt(PIECES.length)]).toString();
    }

    private static byte[] bytes(ByteBuffer mem, int offset, int length) {
        byte[] b = new byte[length];
        mem.get(offset, b);
        return b;
    }

    @Test
    void eachStringHasOneStorage() {
        assertNull(Utf8Encoder.utf16("plain caf\u00e9"));
        assertNotNull(Utf8Encoder.latin1("plain caf\u00e9"));
        assertNotNull(Utf8Encoder.utf16("\u65e5"));
        assertNull(Utf8Encoder.latin1("\u65e5"));
    }

    @Test
    void randomStringsMatchTheReference() {
        Random random = new Random(42);
        for (int t = 0; t < 3000; t++) {
            String s = randomString(random, t < 100 ? t : random.nextInt(5000));
            assertEncodes(s, Utf8Encoder.utf16(s), false, reference(s));
        }
    }

    /**
     * {@code s}, stored as {@code value}, encodes to {@code expected}: its length, new memory, and
     * exactly enough room after an offset with nothing written before or after.
     */
    private static void assertEncodes(String s, byte[] value, boolean latin1, byte[] expected) {
        assertNotNull(value, s);
        assertEquals(expected.length, Utf8Encoder.length(value, s.length(), latin1), s);
        ByteBuffer made = Utf8Encoder.toMemory(value, s.length(), latin1);
        assertEquals(expected.length, made.capacity(), s);
        assertArrayEquals(expected, bytes(made, 0, expected.length), s);

        ByteBuffer mem = ByteBuffer.allocateDirect(expected.length + 6);
        for (int i = 0; i < mem.capacity(); i++) mem.put(i, (byte) 0x55);
        assertEquals(expected.length, Utf8Encoder.encodeInto(mem, 3, value, s.length(), latin1));
        assertArrayEquals(expected, bytes(mem, 3, expected.length), s);
        assertArrayEquals(new byte[] {0x55, 0x55, 0x55}, bytes(mem, 0, 3));
        assertArrayEquals(new byte[] {0x55, 0x55, 0x55}, bytes(mem, 3 + expected.length, 3));
    }

    @Test
    void stringsPastTheKeptRoomAreMeasuredFirst() {
        String s = randomString(new Random(7), 1_500_000);
        byte[] expected = reference(s);
        ByteBuffer made = Utf8Encoder.toMemory(Utf8Encoder.utf16(s), s.length(), false);
        assertEquals(expected.length, made.capacity());
        assertArrayEquals(expected, bytes(made, 0, expected.length));
    }

    @Test
    void stringCodecWritesPartialUtf8AsWholeCharacters() {
        String s = "\u65e5\u672c\ud83d\ude00x";
        ByteBuffer mem = ByteBuffer.allocateDirect(8);
        long r = StringCodec.write(mem, 0, 8, s, StringCodec.Encoding.UTF8, true);
        // 3 + 3 fit, the 4-byte pair does not: two characters, six bytes
        assertEquals(2L << 32 | 6, r);
        assertArrayEquals(reference("\u65e5\u672c"), bytes(mem, 0, 6));
    }

    /** Latin-1 strings (one byte a character): ASCII runs of every length around the 8-byte step, and the rest. */
    @Test
    void latin1StringsMatchTheReference() {
        Random random = new Random(11);
        String[] pieces = {"a", "bc", "defghij", "klmnopqrstu", "\u00e9", "\u0080", "\u00ff", "\u00c0", "\u0000"};
        for (int t = 0; t < 3000; t++) {
            StringBuilder b = new StringBuilder();
            int want = t < 100 ? t : random.nextInt(5000);
            while (b.length() < want) b.append(pieces[random.nextInt(pieces.length)]);
            String s = b.toString();
            assertEncodes(s, Utf8Encoder.latin1(s), true, s.getBytes(StandardCharsets.UTF_8));
        }
        // past half the kept room: measured first, then encoded into its own memory
        String big = "caf\u00e9 na\u00efve ".repeat(200_000);
        byte[] expected = big.getBytes(StandardCharsets.UTF_8);
        ByteBuffer made = Utf8Encoder.toMemory(Utf8Encoder.latin1(big), big.length(), true);
        assertEquals(expected.length, made.capacity());
        assertArrayEquals(expected, bytes(made, 0, expected.length));
    }
}
