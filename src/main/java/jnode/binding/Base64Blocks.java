package jnode.binding;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Base64;

/**
 * The JDK's base64 block loops, on any part of any array. {@code java.util.Base64} keeps them
 * private behind methods that want whole arrays (so a Buffer's bytes would be copied into a new
 * array first) and a strict alphabet (so Node's lenient rules could not use them). They are what
 * an optimizing compiler replaces with HotSpot's SIMD routines, in the code of any method that
 * calls them: {@link StringCodec}'s base64 methods are compiled by Graal for that
 * ({@link jnode.runtime.HostCompiler}).
 *
 * <p>Needs {@code --add-opens java.base/java.util} (bin/jdk.sh); without it {@link #AVAILABLE} is
 * false and StringCodec uses the public API or its own loops.
 */
final class Base64Blocks {
    private Base64Blocks() {}

    private static final Base64.Encoder ENCODER = Base64.getEncoder();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    private static final MethodHandle ENCODE_BLOCK;
    private static final MethodHandle DECODE_BLOCK;
    static final boolean AVAILABLE;

    static {
        MethodHandle encode = null;
        MethodHandle decode = null;
        try {
            MethodHandles.Lookup util = MethodHandles.privateLookupIn(Base64.class, MethodHandles.lookup());
            encode = util.findVirtual(Base64.Encoder.class, "encodeBlock", MethodType.methodType(void.class,
                    byte[].class, int.class, int.class, byte[].class, int.class, boolean.class));
            decode = util.findVirtual(Base64.Decoder.class, "decodeBlock", MethodType.methodType(int.class,
                    byte[].class, int.class, int.class, byte[].class, int.class, boolean.class, boolean.class));
        } catch (ReflectiveOperationException | RuntimeException notOpen) {
            encode = null;
            decode = null;
        }
        ENCODE_BLOCK = encode;
        DECODE_BLOCK = decode;
        AVAILABLE = encode != null && decode != null;
    }

    /**
     * Encodes bytes [from, to) of {@code src}, a multiple of 3 of them, into {@code dst} at
     * {@code at}, 4 characters (standard alphabet) per 3 bytes.
     */
    static void encode(byte[] src, int from, int to, byte[] dst, int at) {
        try {
            ENCODE_BLOCK.invokeExact(ENCODER, src, from, to, dst, at, false);
        } catch (Throwable impossible) {
            throw new AssertionError(impossible);
        }
    }

    /**
     * Decodes whole groups of 4 characters of the standard alphabet from {@code src} at
     * {@code from} (up to {@code to}) into {@code dst} at {@code at}, and stops before the first
     * group holding any other character, or earlier: the SIMD routine may leave a short end to its
     * caller. Returns the bytes written, 3 per group decoded; but the SIMD routine (not the Java
     * loop) also decodes a last group padded with '=' ("QQ==", "QUI=") into its 1 or 2 bytes, so
     * a count that is not a multiple of 3 means the groups ended with a padded one.
     */
    static int decode(byte[] src, int from, int to, byte[] dst, int at) {
        try {
            return (int) DECODE_BLOCK.invokeExact(DECODER, src, from, to, dst, at, false, false);
        } catch (Throwable impossible) {
            throw new AssertionError(impossible);
        }
    }
}
