package jnode.binding.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;

/**
 * DSA signatures (FIPS 186) over a digest computed beforehand, as OpenSSL's EVP_SignFinal makes
 * them for a DSA key: the digest, cut to the byte length of q, signed as the DER sequence of r and
 * s. Done with BigInteger because the JDK's DSA refuses digests weaker than q (SHA-1 with a
 * 256-bit q, which is what Node v0.10's own tests sign with).
 */
final class Dsa {
    private Dsa() {}

    /** A DSA key: the domain parameters, y, and x for a private key (null for a public one). */
    record Key(BigInteger p, BigInteger q, BigInteger g, BigInteger y, BigInteger x) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private static BigInteger digestValue(Key key, byte[] digest) {
        int qBytes = (key.q.bitLength() + 7) / 8;
        int n = Math.min(digest.length, qBytes);
        return new BigInteger(1, java.util.Arrays.copyOf(digest, n));
    }

    static byte[] sign(Key key, byte[] digest) {
        BigInteger q = key.q;
        BigInteger z = digestValue(key, digest);
        while (true) {
            BigInteger k = new BigInteger(q.bitLength() + 64, RANDOM).mod(q.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            BigInteger r = key.g.modPow(k, key.p).mod(q);
            if (r.signum() == 0) continue;
            BigInteger s = k.modInverse(q).multiply(z.add(key.x.multiply(r))).mod(q);
            if (s.signum() == 0) continue;
            return Der.sequence(Der.integer(r), Der.integer(s));
        }
    }

    static boolean verify(Key key, byte[] digest, byte[] signature) {
        BigInteger r;
        BigInteger s;
        try {
            List<Der.Element> rs = Der.sequence(Der.parse(signature));
            if (rs.size() != 2) return false;
            r = rs.get(0).integer();
            s = rs.get(1).integer();
        } catch (Der.Malformed e) {
            return false;
        }
        BigInteger q = key.q;
        if (r.signum() <= 0 || r.compareTo(q) >= 0 || s.signum() <= 0 || s.compareTo(q) >= 0) return false;
        BigInteger w = s.modInverse(q);
        BigInteger u1 = digestValue(key, digest).multiply(w).mod(q);
        BigInteger u2 = r.multiply(w).mod(q);
        BigInteger v = key.g.modPow(u1, key.p).multiply(key.y.modPow(u2, key.p)).mod(key.p).mod(q);
        return v.equals(r);
    }
}
