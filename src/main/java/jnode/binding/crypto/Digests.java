package jnode.binding.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The message digests the crypto module knows, under the names OpenSSL (and so Node v0.10) gives
 * them: "sha1" and "SHA1", the signature names "RSA-SHA256" and "sha256WithRSAEncryption", the
 * DSA names "dss1" and "DSA-SHA1", which all mean the digest alone. Names are exact, as in
 * OpenSSL: "Sha1" is unknown. SHA-0, MD4 and RIPEMD-160 are computed here (the JDK lacks them);
 * MDC2 and Whirlpool are missing.
 */
final class Digests {
    private Digests() {}

    /**
     * One digest algorithm: its JDK name (SHA0, MD4 and RIPEMD160 are done here), the block size
     * HMAC pads keys to, and the object identifier a PKCS#1 signature's DigestInfo names it by.
     */
    record Kind(String jcaName, int blockSize, String oid) {
        MessageDigest newDigest() {
            if (jcaName.equals("SHA0")) return new Sha0();
            if (jcaName.equals("MD4")) return new Md4();
            if (jcaName.equals("RIPEMD160")) return new Ripemd160();
            try {
                return MessageDigest.getInstance(jcaName);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks " + jcaName, e);
            }
        }
    }

    static final Kind MD5 = new Kind("MD5", 64, "1.2.840.113549.2.5");
    static final Kind SHA0 = new Kind("SHA0", 64, "1.3.14.3.2.18");
    static final Kind MD4 = new Kind("MD4", 64, "1.2.840.113549.2.4");
    static final Kind RIPEMD160 = new Kind("RIPEMD160", 64, "1.3.36.3.2.1");
    static final Kind SHA1 = new Kind("SHA-1", 64, "1.3.14.3.2.26");
    static final Kind SHA224 = new Kind("SHA-224", 64, "2.16.840.1.101.3.4.2.4");
    static final Kind SHA256 = new Kind("SHA-256", 64, "2.16.840.1.101.3.4.2.1");
    static final Kind SHA384 = new Kind("SHA-384", 128, "2.16.840.1.101.3.4.2.2");
    static final Kind SHA512 = new Kind("SHA-512", 128, "2.16.840.1.101.3.4.2.3");

    private static final Map<String, Kind> BY_NAME = new LinkedHashMap<>();

    private static void names(Kind kind, String... names) {
        for (String n : names) BY_NAME.put(n, kind);
    }

    static {
        names(MD4, "md4", "MD4", "RSA-MD4", "md4WithRSAEncryption");
        names(RIPEMD160, "ripemd160", "RIPEMD160", "ripemd", "rmd160", "RSA-RIPEMD160", "ripemd160WithRSA");
        names(MD5, "md5", "MD5", "RSA-MD5", "md5WithRSAEncryption", "ssl2-md5", "ssl3-md5");
        names(SHA0, "sha", "SHA", "RSA-SHA", "shaWithRSAEncryption");
        names(SHA1, "sha1", "SHA1", "RSA-SHA1", "RSA-SHA1-2", "sha1WithRSAEncryption", "ssl3-sha1",
                "DSA", "DSA-SHA", "DSA-SHA1", "DSA-SHA1-old", "dsaEncryption", "dsaWithSHA", "dsaWithSHA1",
                "dss1", "DSS1", "ecdsa-with-SHA1");
        names(SHA224, "sha224", "SHA224", "RSA-SHA224", "sha224WithRSAEncryption");
        names(SHA256, "sha256", "SHA256", "RSA-SHA256", "sha256WithRSAEncryption");
        names(SHA384, "sha384", "SHA384", "RSA-SHA384", "sha384WithRSAEncryption");
        names(SHA512, "sha512", "SHA512", "RSA-SHA512", "sha512WithRSAEncryption");
    }

    /** The digest called {@code name}, or null. */
    static Kind find(String name) {
        return name == null ? null : BY_NAME.get(name);
    }

    /** Every name, as OpenSSL lists them (lib/crypto.js drops duplicates and sorts). */
    static List<String> names() {
        return new ArrayList<>(BY_NAME.keySet());
    }

    /** The DER DigestInfo a PKCS#1 v1.5 RSA signature carries: the algorithm and the digest. */
    static byte[] digestInfo(Kind kind, byte[] digest) {
        byte[] algorithm = Der.sequence(Der.oid(kind.oid()), Der.nullValue());
        return Der.sequence(algorithm, Der.element(Der.OCTET_STRING, digest));
    }
}
