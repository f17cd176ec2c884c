package jnode.binding.crypto;

import java.security.MessageDigest;

/**
 * HMAC (RFC 2104) over any {@link Digests.Kind}, and PBKDF2 (RFC 2898) over it. Done here rather
 * than with javax.crypto.Mac because Mac refuses an empty key, which OpenSSL and Node accept
 * (createHmac('sha1', '')), and knows nothing of SHA-0. The key is folded into two digest states
 * once; each MAC then clones them, which is what makes PBKDF2's thousands of MACs cheap.
 */
final class Hmac {
    private final MessageDigest innerKeyed;
    private final MessageDigest outerKeyed;
    private MessageDigest inner;

    Hmac(Digests.Kind kind, byte[] key) {
        int b = kind.blockSize();
        MessageDigest md = kind.newDigest();
        byte[] k = key.length > b ? md.digest(key) : key;
        byte[] ipad = new byte[b];
        byte[] opad = new byte[b];
        for (int i = 0; i < b; i++) {
            byte kb = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (kb ^ 0x36);
            opad[i] = (byte) (kb ^ 0x5c);
        }
        innerKeyed = kind.newDigest();
        innerKeyed.update(ipad);
        outerKeyed = kind.newDigest();
        outerKeyed.update(opad);
        inner = copy(innerKeyed);
    }

    void update(byte[] data, int offset, int length) {
        inner.update(data, offset, length);
    }

    void update(java.nio.ByteBuffer data) {
        inner.update(data);
    }

    /** The MAC of everything given since the last one; the object is then ready for a new message. */
    byte[] doFinal() {
        byte[] innerHash = inner.digest();
        MessageDigest outer = copy(outerKeyed);
        outer.update(innerHash);
        inner = copy(innerKeyed);
        return outer.digest();
    }

    int length() {
        return innerKeyed.getDigestLength();
    }

    private static MessageDigest copy(MessageDigest md) {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("digest cannot be cloned", e);
        }
    }

    /**
     * PBKDF2 with HMAC over {@code kind}: {@code keylen} bytes. As OpenSSL's PKCS5_PBKDF2_HMAC, an
     * iteration count of 0 counts as 1.
     */
    static byte[] pbkdf2(Digests.Kind kind, byte[] password, byte[] salt, int iterations, int keylen) {
        Hmac prf = new Hmac(kind, password);
        int hlen = prf.length();
        byte[] out = new byte[keylen];
        byte[] counter = new byte[4];
        for (int block = 1, done = 0; done < keylen; block++) {
            counter[0] = (byte) (block >>> 24);
            counter[1] = (byte) (block >>> 16);
            counter[2] = (byte) (block >>> 8);
            counter[3] = (byte) block;
            prf.update(salt, 0, salt.length);
            prf.update(counter, 0, 4);
            byte[] u = prf.doFinal();
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                prf.update(u, 0, u.length);
                u = prf.doFinal();
                for (int j = 0; j < hlen; j++) t[j] ^= u[j];
            }
            int n = Math.min(hlen, keylen - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }
}
