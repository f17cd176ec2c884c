package jnode.binding.crypto;

/**
 * MD4 (RFC 1320), which OpenSSL offers as "md4" and which the JDK does not: four 32-bit words of
 * state, three rounds of 16 steps over little-endian words, a 16-byte digest.
 */
final class Md4 extends BlockDigest {
    private int[] h = new int[4];

    Md4() {
        super("MD4", false);
        init();
    }

    @Override
    protected int engineGetDigestLength() {
        return 16;
    }

    @Override
    protected void init() {
        h[0] = 0x67452301;
        h[1] = 0xefcdab89;
        h[2] = 0x98badcfe;
        h[3] = 0x10325476;
    }

    @Override
    protected int[] state() {
        return h;
    }

    private static final int[] ROUND2_ORDER = {0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15};
    private static final int[] ROUND3_ORDER = {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15};
    private static final int[][] SHIFTS = {{3, 7, 11, 19}, {3, 5, 9, 13}, {3, 9, 11, 15}};

    @Override
    protected void compress() {
        // v holds a, b, c, d; step i updates v[(4 - i % 4) % 4] from the next three in turn.
        int[] v = {h[0], h[1], h[2], h[3]};
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 16; i++) {
                int ai = (4 - i % 4) % 4;
                int x = v[(ai + 1) % 4];
                int y = v[(ai + 2) % 4];
                int z = v[(ai + 3) % 4];
                int f;
                int k;
                int add;
                if (round == 0) {
                    f = (x & y) | (~x & z);
                    k = i;
                    add = 0;
                } else if (round == 1) {
                    f = (x & y) | (x & z) | (y & z);
                    k = ROUND2_ORDER[i];
                    add = 0x5a827999;
                } else {
                    f = x ^ y ^ z;
                    k = ROUND3_ORDER[i];
                    add = 0x6ed9eba1;
                }
                v[ai] = Integer.rotateLeft(v[ai] + f + words[k] + add, SHIFTS[round][i % 4]);
            }
        }
        for (int i = 0; i < 4; i++) h[i] += v[i];
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        Md4 copy = (Md4) super.clone();
        copy.h = h.clone();
        return copy;
    }
}
