package jnode.binding.crypto;

/**
 * SHA-0, the original 1993 Secure Hash Standard (FIPS 180) that OpenSSL still calls "sha" and
 * Node v0.10 therefore offers as createHash('sha'). The JDK does not have it. It is SHA-1 without
 * the one-bit rotation in the message schedule: five 32-bit words of state, 80 rounds, a 20-byte
 * big-endian digest.
 */
final class Sha0 extends BlockDigest {
    private int[] h = new int[5];
    private int[] w = new int[80];

    Sha0() {
        super("SHA", true);
        init();
    }

    @Override
    protected int engineGetDigestLength() {
        return 20;
    }

    @Override
    protected void init() {
        h[0] = 0x67452301;
        h[1] = 0xefcdab89;
        h[2] = 0x98badcfe;
        h[3] = 0x10325476;
        h[4] = 0xc3d2e1f0;
    }

    @Override
    protected int[] state() {
        return h;
    }

    @Override
    protected void compress() {
        System.arraycopy(words, 0, w, 0, 16);
        // SHA-1 rotates this word left by one; SHA-0 does not.
        for (int t = 16; t < 80; t++) w[t] = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
        int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
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
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        Sha0 copy = (Sha0) super.clone();
        copy.h = h.clone();
        copy.w = new int[80];
        return copy;
    }
}
