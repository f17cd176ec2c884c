package jnode.binding.crypto;

/**
 * RC4, done here because OpenSSL takes keys of any length (1 to 256 bytes count) while the JDK's
 * ARCFOUR wants 5 to 128. The key schedule uses the key cyclically, as OpenSSL's RC4_set_key.
 */
final class Rc4 {
    private final int[] s = new int[256];
    private int i;
    private int j;

    Rc4(byte[] key) {
        for (int n = 0; n < 256; n++) s[n] = n;
        for (int n = 0, k = 0; n < 256; n++) {
            k = (k + s[n] + (key[n % key.length] & 0xff)) & 0xff;
            int t = s[n];
            s[n] = s[k];
            s[k] = t;
        }
    }

    /** XORs the key stream into a copy of {@code in}; the same call encrypts and decrypts. */
    byte[] apply(byte[] in) {
        byte[] out = new byte[in.length];
        for (int n = 0; n < in.length; n++) {
            i = (i + 1) & 0xff;
            j = (j + s[i]) & 0xff;
            int t = s[i];
            s[i] = s[j];
            s[j] = t;
            out[n] = (byte) (in[n] ^ s[(s[i] + s[j]) & 0xff]);
        }
        return out;
    }
}
