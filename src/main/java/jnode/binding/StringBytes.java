package jnode.binding;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;

/**
 * Read access to the bytes a {@code String} keeps when all its characters are Latin-1 (the JDK's
 * compact strings), so ASCII text going into a Buffer is checked and copied once. Through
 * {@code getBytes} it was copied into a new, zeroed array first: under C1 the zeroing, that copy
 * and the check cost about as much as everything else in {@code new Buffer(string)}.
 * Needs {@code --add-opens java.base/java.lang} (bin/jdk.sh); without it {@link #latin1} answers
 * null and callers take the copying path.
 */
final class StringBytes {
    private StringBytes() {}

    private static final VarHandle VALUE;
    private static final VarHandle CODER;
    /** String(byte[] value, byte coder): the string takes the array as its own. */
    private static final MethodHandle ADOPT;
    /** String.coder's value for Latin-1 storage. */
    private static final byte LATIN1 = 0;
    /** String.coder's value for UTF-16 storage (two bytes a character, in the CPU's byte order). */
    private static final byte UTF16 = 1;

    static {
        VarHandle value = null;
        VarHandle coder = null;
        MethodHandle adopt = null;
        try {
            MethodHandles.Lookup strings = MethodHandles.privateLookupIn(String.class, MethodHandles.lookup());
            value = strings.findVarHandle(String.class, "value", byte[].class);
            coder = strings.findVarHandle(String.class, "coder", byte.class);
            // Latin-1 storage exists only with compact strings (the default; -XX:-CompactStrings ends it).
            boolean compact = (boolean) strings.findStaticVarHandle(String.class, "COMPACT_STRINGS", boolean.class).get();
            if (compact) adopt = strings.findConstructor(String.class, MethodType.methodType(void.class, byte[].class, byte.class));
        } catch (ReflectiveOperationException | RuntimeException notOpen) {
            value = null;
            coder = null;
            adopt = null;
        }
        VALUE = value;
        CODER = coder;
        ADOPT = adopt;
    }

    /**
     * A string of the Latin-1 characters in {@code bytes}, which it takes as its own storage
     * instead of copying them: the caller must never touch the array again. Saves a copy (and
     * the zeroing of a second array) of every long string a codec builds, such as base64 text.
     */
    static String adoptLatin1(byte[] bytes) {
        if (ADOPT != null) {
            try {
                return (String) ADOPT.invokeExact(bytes, LATIN1);
            } catch (Throwable impossible) {
                throw new AssertionError(impossible);
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /**
     * The string's own array of Latin-1 bytes (one per character), or null when it stores UTF-16
     * or cannot be reached. The array belongs to the string: read it, never write it or hand it on.
     */
    static byte[] latin1(String s) {
        if (VALUE == null || (byte) CODER.get(s) != LATIN1) return null;
        return (byte[]) VALUE.get(s);
    }

    /**
     * The string's own array of UTF-16 code units (two bytes each, in the CPU's byte order), or
     * null when it stores Latin-1 or cannot be reached. Read it, never write it or hand it on.
     */
    static byte[] utf16(String s) {
        if (VALUE == null || (byte) CODER.get(s) != UTF16) return null;
        return (byte[]) VALUE.get(s);
    }
}
