package jnode.binding;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

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
    /** String.coder's value for Latin-1 storage. */
    private static final byte LATIN1 = 0;

    static {
        VarHandle value = null;
        VarHandle coder = null;
        try {
            MethodHandles.Lookup strings = MethodHandles.privateLookupIn(String.class, MethodHandles.lookup());
            value = strings.findVarHandle(String.class, "value", byte[].class);
            coder = strings.findVarHandle(String.class, "coder", byte.class);
        } catch (ReflectiveOperationException | RuntimeException notOpen) {
            value = null;
            coder = null;
        }
        VALUE = value;
        CODER = coder;
    }

    /**
     * The string's own array of Latin-1 bytes (one per character), or null when it stores UTF-16
     * or cannot be reached. The array belongs to the string: read it, never write it or hand it on.
     */
    static byte[] latin1(String s) {
        if (VALUE == null || (byte) CODER.get(s) != LATIN1) return null;
        return (byte[]) VALUE.get(s);
    }
}
