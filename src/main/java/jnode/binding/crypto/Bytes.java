package jnode.binding.crypto;

import jnode.posix.MemoryCopy;
import jnode.posix.RawMemory;

import java.nio.ByteBuffer;

/**
 * Moving bytes between Buffer memory and the crypto code: a region of a Buffer's memory is
 * copied out before use (JavaScript may change it as soon as the call returns), and results go
 * back in fresh memory of exactly their size, which lib/crypto.js turns into a Buffer.
 */
final class Bytes {
    static final byte[] EMPTY = new byte[0];

    private Bytes() {}

    static byte[] copy(ByteBuffer memory, int offset, int length) {
        byte[] b = new byte[length];
        if (length > 0) MemoryCopy.copyOut(memory, offset, b, 0, length);
        return b;
    }

    static ByteBuffer direct(byte[] b) {
        ByteBuffer out = RawMemory.allocate(b.length);
        MemoryCopy.copyIn(b, 0, out, 0, b.length);
        return out;
    }

    /** The unsigned big-endian bytes of a non-negative number, without leading zeros (OpenSSL's BN_bn2bin). */
    static byte[] unsigned(java.math.BigInteger n) {
        byte[] b = n.toByteArray();
        int skip = 0;
        while (skip < b.length && b[skip] == 0) skip++;
        return java.util.Arrays.copyOfRange(b, skip, b.length);
    }

    /** As {@link #unsigned}, left-padded with zeros to {@code size} bytes. */
    static byte[] unsigned(java.math.BigInteger n, int size) {
        byte[] b = unsigned(n);
        if (b.length >= size) return b;
        byte[] out = new byte[size];
        System.arraycopy(b, 0, out, size - b.length, b.length);
        return out;
    }
}
