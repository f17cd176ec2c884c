package jnode.binding.crypto;

import org.graalvm.polyglot.HostAccess.Export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;

/**
 * The digest-then-sign state under lib/crypto.js's Sign and Verify. The data is digested with
 * the algorithm named at creation; the key decides the signature scheme, as with OpenSSL's
 * EVP_SignFinal: PKCS#1 v1.5 for RSA (the DigestInfo is built here, so any digest works), DSA,
 * or ECDSA. As in Node v0.10, a failed signature throws "SignFinal error" while a failed
 * verification (unreadable key, malformed signature) is just false.
 */
public final class SignHandle {
    private final JsErrors errors;
    private final Digests.Kind kind;
    private final MessageDigest digest;
    private final boolean verifier;
    private boolean finished;

    SignHandle(JsErrors errors, Digests.Kind kind, boolean verifier) {
        this.errors = errors;
        this.kind = kind;
        this.digest = kind.newDigest();
        this.verifier = verifier;
    }

    @Export
    public void update(ByteBuffer memory, int offset, int length) {
        if (finished) throw errors.typeError(verifier ? "VerifyUpdate fail" : "SignUpdate fail");
        digest.update(memory.slice(offset, length));
    }

    /** The signature of everything given, with the PEM private key in [offset, offset + length). */
    @Export
    public ByteBuffer sign(ByteBuffer memory, int offset, int length) {
        if (finished) throw errors.error("SignFinal error");
        finished = true;
        byte[] hash = digest.digest();
        Object key = Keys.privateKey(new String(Bytes.copy(memory, offset, length), StandardCharsets.ISO_8859_1));
        try {
            byte[] signature;
            if (key instanceof Dsa.Key dsa) {
                signature = Dsa.sign(dsa, hash);
            } else if (key instanceof RSAKey && key instanceof PrivateKey rsa) {
                Signature s = Signature.getInstance("NONEwithRSA");
                s.initSign(rsa);
                s.update(Digests.digestInfo(kind, hash));
                signature = s.sign();
            } else if (key instanceof ECKey && key instanceof PrivateKey ec) {
                Signature s = Signature.getInstance("NONEwithECDSA");
                s.initSign(ec);
                s.update(hash);
                signature = s.sign();
            } else {
                throw errors.error("SignFinal error");
            }
            return Bytes.direct(signature);
        } catch (GeneralSecurityException | ArithmeticException e) {
            // The key is too small for the digest, or its numbers are inconsistent.
            throw errors.error("SignFinal error");
        }
    }

    /** Whether {@code signature} is the signature of everything given, under the PEM key or certificate. */
    @Export
    public boolean verify(ByteBuffer keyMemory, int keyOffset, int keyLength, ByteBuffer sigMemory, int sigOffset, int sigLength) {
        if (finished) throw errors.error("Verify object not initialised");
        finished = true;
        byte[] hash = digest.digest();
        byte[] signature = Bytes.copy(sigMemory, sigOffset, sigLength);
        Object key = Keys.publicKey(new String(Bytes.copy(keyMemory, keyOffset, keyLength), StandardCharsets.ISO_8859_1));
        try {
            if (key instanceof Dsa.Key dsa) return Dsa.verify(dsa, hash, signature);
            if (key instanceof RSAKey && key instanceof PublicKey rsa) {
                Signature s = Signature.getInstance("NONEwithRSA");
                s.initVerify(rsa);
                s.update(Digests.digestInfo(kind, hash));
                return s.verify(signature);
            }
            if (key instanceof ECKey && key instanceof PublicKey ec) {
                Signature s = Signature.getInstance("NONEwithECDSA");
                s.initVerify(ec);
                s.update(hash);
                return s.verify(signature);
            }
            return false;
        } catch (GeneralSecurityException | ArithmeticException | IllegalArgumentException e) {
            return false;
        }
    }
}
