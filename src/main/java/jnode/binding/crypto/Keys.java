package jnode.binding.crypto;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.DSAParams;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.Set;

/**
 * Keys from PEM text, as Node v0.10's Sign and Verify read them with OpenSSL.
 * <ul>
 * <li>Signing takes the first private key block: "RSA PRIVATE KEY" (PKCS#1), "DSA PRIVATE KEY"
 * (OpenSSL's own), "EC PRIVATE KEY" (SEC 1) or "PRIVATE KEY" (PKCS#8). Encrypted keys would make
 * OpenSSL ask for a pass phrase on the terminal; here they simply fail.</li>
 * <li>Verifying looks at how the text starts: "-----BEGIN PUBLIC KEY-----" (SubjectPublicKeyInfo)
 * or "-----BEGIN RSA PUBLIC KEY-----" (PKCS#1); anything else must hold an X.509 certificate.</li>
 * </ul>
 * RSA and EC keys become JDK keys; DSA keys become {@link Dsa.Key}. Failures are null.
 */
final class Keys {
    private Keys() {}

    private static final String RSA_OID = "1.2.840.113549.1.1.1";
    private static final String DSA_OID = "1.2.840.10040.4.1";
    private static final String EC_OID = "1.2.840.10045.2.1";

    private static final Set<String> PRIVATE_LABELS = Set.of("RSA PRIVATE KEY", "DSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY");

    /** A java.security.PrivateKey (RSA, EC) or a {@link Dsa.Key}; null if none can be read. */
    static Object privateKey(String pem) {
        Pem.Block block = Pem.find(pem, label -> PRIVATE_LABELS.contains(label) || label.equals("ENCRYPTED PRIVATE KEY"));
        if (block == null || block.encrypted() || block.label().equals("ENCRYPTED PRIVATE KEY")) return null;
        try {
            return switch (block.label()) {
                case "RSA PRIVATE KEY" -> rsaPrivate(block.der());
                case "DSA PRIVATE KEY" -> dsaPrivate(block.der());
                case "EC PRIVATE KEY" -> KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(sec1ToPkcs8(block.der())));
                default -> pkcs8(block.der());
            };
        } catch (Der.Malformed | GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A java.security.PublicKey (RSA, EC) or a {@link Dsa.Key}; null if none can be read. */
    static Object publicKey(String pem) {
        try {
            if (pem.startsWith("-----BEGIN PUBLIC KEY-----")) {
                Pem.Block block = Pem.find(pem, "PUBLIC KEY"::equals);
                return block == null ? null : spki(block.der());
            }
            if (pem.startsWith("-----BEGIN RSA PUBLIC KEY-----")) {
                Pem.Block block = Pem.find(pem, "RSA PUBLIC KEY"::equals);
                if (block == null) return null;
                List<Der.Element> f = Der.sequence(Der.parse(block.der()));
                if (f.size() != 2) return null;
                return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(f.get(0).integer(), f.get(1).integer()));
            }
            Pem.Block block = Pem.find(pem, label -> label.equals("CERTIFICATE") || label.equals("X509 CERTIFICATE")
                    || label.equals("TRUSTED CERTIFICATE"));
            if (block == null) return null;
            PublicKey key = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(block.der())).getPublicKey();
            return key instanceof DSAPublicKey dsa ? dsaOf(dsa) : key;
        } catch (Der.Malformed | GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Object rsaPrivate(byte[] der) throws Der.Malformed, GeneralSecurityException {
        List<Der.Element> f = Der.sequence(Der.parse(der));
        if (f.size() < 9) throw new Der.Malformed("short RSA key");
        return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(
                f.get(1).integer(), f.get(2).integer(), f.get(3).integer(), f.get(4).integer(),
                f.get(5).integer(), f.get(6).integer(), f.get(7).integer(), f.get(8).integer()));
    }

    /** OpenSSL's DSA private key: SEQUENCE { 0, p, q, g, y, x }. */
    private static Dsa.Key dsaPrivate(byte[] der) throws Der.Malformed {
        List<Der.Element> f = Der.sequence(Der.parse(der));
        if (f.size() < 6) throw new Der.Malformed("short DSA key");
        return new Dsa.Key(f.get(1).integer(), f.get(2).integer(), f.get(3).integer(), f.get(4).integer(), f.get(5).integer());
    }

    /** The OID in a PKCS#8 or SubjectPublicKeyInfo's AlgorithmIdentifier (field {@code index}). */
    private static String algorithmOf(byte[] der, int index) throws Der.Malformed {
        List<Der.Element> f = Der.sequence(Der.parse(der));
        if (f.size() <= index) throw new Der.Malformed("no algorithm");
        List<Der.Element> alg = Der.sequence(f.get(index));
        if (alg.isEmpty()) throw new Der.Malformed("no algorithm");
        return alg.get(0).oid();
    }

    private static Object pkcs8(byte[] der) throws Der.Malformed, GeneralSecurityException {
        String oid = algorithmOf(der, 1);
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        return switch (oid) {
            case RSA_OID -> KeyFactory.getInstance("RSA").generatePrivate(spec);
            case EC_OID -> KeyFactory.getInstance("EC").generatePrivate(spec);
            case DSA_OID -> {
                DSAPrivateKey k = (DSAPrivateKey) KeyFactory.getInstance("DSA").generatePrivate(spec);
                DSAParams p = k.getParams();
                yield new Dsa.Key(p.getP(), p.getQ(), p.getG(), p.getG().modPow(k.getX(), p.getP()), k.getX());
            }
            default -> null;
        };
    }

    private static Object spki(byte[] der) throws Der.Malformed, GeneralSecurityException {
        String oid = algorithmOf(der, 0);
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
        return switch (oid) {
            case RSA_OID -> KeyFactory.getInstance("RSA").generatePublic(spec);
            case EC_OID -> KeyFactory.getInstance("EC").generatePublic(spec);
            case DSA_OID -> dsaOf((DSAPublicKey) KeyFactory.getInstance("DSA").generatePublic(spec));
            default -> null;
        };
    }

    private static Dsa.Key dsaOf(DSAPublicKey k) {
        DSAParams p = k.getParams();
        return new Dsa.Key(p.getP(), p.getQ(), p.getG(), k.getY(), null);
    }

    /**
     * SEC 1's ECPrivateKey { 1, privateKey, [0] curve, [1] publicKey } inside the PKCS#8 wrapping
     * the JDK reads: { 0, { id-ecPublicKey, curve }, OCTET STRING ecPrivateKey }.
     */
    private static byte[] sec1ToPkcs8(byte[] der) throws Der.Malformed {
        List<Der.Element> f = Der.sequence(Der.parse(der));
        byte[] curve = null;
        for (Der.Element e : f) {
            if (e.tag() == 0xa0) {
                Der.Element oid = Der.read(e.data(), e.start(), e.end());
                curve = Der.oid(oid.oid());
            }
        }
        if (curve == null) throw new Der.Malformed("EC key without a named curve");
        return Der.sequence(Der.integer(BigInteger.ZERO), Der.sequence(Der.oid(EC_OID), curve),
                Der.element(Der.OCTET_STRING, der));
    }
}
