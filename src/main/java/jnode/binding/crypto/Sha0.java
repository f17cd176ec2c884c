package jnode.binding.crypto;

import java.security.MessageDigest;

/**
 * SHA-0, the original 1993 Secure Hash Standard (FIPS 180) that OpenSSL still calls "sha" and
 * Node v0.10 therefore offers as createHash('sha'). The JDK does not have it. It is SHA-1 without
 * the one-bit rotation in the message schedule: 64-byte blocks, five 32-bit words of state, 80
 * rounds, a 20-byte big-endian digest.
 */
final class Sha0 extends MessageDigest implements Cloneable {
    private int[] state = new int[5];
    private byte[] block = new byte[64];
    private int blockLen;
    private long totalBytes;
    private int[] w = new int[80];

    Sha0() {
        super("SHA");
        engineReset();
    }

    @Override
    protected int engineGetDigestLength() {
        return 20;
    }

    @Override
    protected void engineReset() {
        state[0] = 0x67452301;
        state[1] = 0xefcdab89;
        state[2] = 0x98badcfe;
        state[3] = 0x10325476;
        state[4] = 0xc3d2e1f0;
        blockLen = 0;
        totalBytes = 0;
    }

    @Override
    protected void engineUpdate(byte input) {
        block[blockLen++] = input;
        totalBytes++;
        if (blockLen == 64) {
            compress(block, 0);
            blockLen = 0;
        }
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        totalBytes += len;
        if (blockLen > 0) {
            int n = Math.min(len, 64 - blockLen);
            System.arraycopy(input, offset, block, blockLen, n);
            blockLen += n;
            offset += n;
            len -= n;
            if (blockLen < 64) return;
            compress(block, 0);
            blockLen = 0;
        }
        while (len >= 64) {
            compress(input, offset);
            offset += 64;
            len -= 64;
        }
        System.arraycopy(input, offset, block, 0, len);
        blockLen = len;
    }

    @Override
    protected byte[] engineDigest() {
        long bits = totalBytes * 8;
        engineUpdate((byte) 0x80);
        while (blockLen != 56) engineUpdate((byte) 0);
        for (int i = 7; i >= 0; i--) engineUpdate((byte) (bits >>> (8 * i)));
        byte[] out = new byte[20];
        for (int i = 0; i < 5; i++) {
            out[4 * i] = (byte) (state[i] >>> 24);
            out[4 * i + 1] = (byte) (state[i] >>> 16);
            out[4 * i + 2] = (byte) (state[i] >>> 8);
            out[4 * i + 3] = (byte) state[i];
        }
        engineReset();
        return out;
    }

    private void compress(byte[] in, int off) {
        for (int t = 0; t < 16; t++) {
            int p = off + 4 * t;
            w[t] = (in[p] & 0xff) << 24 | (in[p + 1] & 0xff) << 16 | (in[p + 2] & 0xff) << 8 | (in[p + 3] & 0xff);
        }
        // SHA-1 rotates this word left by one; SHA-0 does not.
        for (int t = 16; t < 80; t++) w[t] = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
        int a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        for (int t = 0; t < 80; t++) {
            int f;
            int k;
            if (t < 20) {
                f = (b & c) | (~b & d);
                k = 0x5a827999;
            } else if (t < 40) {
                f = b ^ c ^ d;
                k = 0x6ed9eba1;
            } else if (t < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8f1bbcdc;
            } else {
                f = b ^ c ^ d;
                k = 0xca62c1d6;
            }
            int temp = Integer.rotateLeft(a, 5) + f + e + w[t] + k;
            e = d;
            d = c;
            c = Integer.rotateLeft(b, 30);
            b = a;
            a = temp;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        Sha0 copy = (Sha0) super.clone();
        copy.state = state.clone();
        copy.block = block.clone();
        copy.w = new int[80];
        return copy;
    }
}
