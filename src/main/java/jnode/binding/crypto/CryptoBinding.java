package jnode.binding.crypto;

import jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * {@code process.binding('crypto')}: the JDK's cryptography (JCA) shaped for lib/crypto.js. It
 * makes the handles behind Hash, Hmac, Cipher, Decipher, Sign, Verify and DiffieHellman, and runs
 * randomBytes and PBKDF2, on the worker pool when given a callback. Names are OpenSSL's (see
 * {@link Digests} and {@link CipherSpec}); byte arguments are Buffer regions
 * {@code (memory, offset, length)} and byte results fresh memory of exactly their size.
 * lib/crypto.js checks argument types first; what is checked here is what OpenSSL would check.
 */
public final class CryptoBinding {
    /** Node v0.10's largest Buffer (kMaxLength). */
    private static final int MAX_LENGTH = 0x3fffffff;

    private final NodeRuntime runtime;
    private final JsErrors errors;
    private final SecureRandom random = new SecureRandom();

    public CryptoBinding(NodeRuntime runtime) {
        this.runtime = runtime;
        this.errors = new JsErrors(runtime.interop());
    }

    /** Every digest name, unsorted and with OpenSSL's upper-case duplicates. */
    @Export
    public Value getHashes() {
        return runtime.interop().arrayOf(Digests.names());
    }

    /** Every cipher name, unsorted and with OpenSSL's upper-case duplicates. */
    @Export
    public Value getCiphers() {
        return runtime.interop().arrayOf(CipherSpec.names());
    }

    @Export
    public HashHandle createHash(String algorithm) {
        Digests.Kind kind = Digests.find(algorithm);
        if (kind == null) throw errors.error("Digest method not supported");
        return HashHandle.hash(errors, kind);
    }

    @Export
    public HashHandle createHmac(String algorithm, ByteBuffer key, int offset, int length) {
        Digests.Kind kind = Digests.find(algorithm);
        if (kind == null) throw errors.error("Unknown message digest");
        return HashHandle.hmac(errors, kind, Bytes.copy(key, offset, length));
    }

    @Export
    public SignHandle createSign(String algorithm) {
        Digests.Kind kind = Digests.find(algorithm);
        if (kind == null) throw errors.error("Unknown message digest");
        return new SignHandle(errors, kind, false);
    }

    @Export
    public SignHandle createVerify(String algorithm) {
        Digests.Kind kind = Digests.find(algorithm);
        if (kind == null) throw errors.error("Unknown message digest");
        return new SignHandle(errors, kind, true);
    }

    /**
     * A cipher keyed from a password as OpenSSL's EVP_BytesToKey does it with MD5, one round and no
     * salt, which is what Node's createCipher uses. Returns the handle, or the string "unknown".
     */
    @Export
    public Object createCipher(String algorithm, boolean decipher, ByteBuffer password, int offset, int length) {
        CipherSpec spec = CipherSpec.find(algorithm);
        if (spec == null) return "unknown";
        byte[][] keyIv = bytesToKey(Bytes.copy(password, offset, length), spec.keyLength(), spec.ivLength());
        try {
            return CipherHandle.open(errors, spec, decipher, keyIv[0], keyIv[1]);
        } catch (CipherHandle.InitFailure e) {
            return e.what;
        }
    }

    /** A cipher with the given key and IV; or why not: "unknown", "key" or "iv". */
    @Export
    public Object createCipheriv(String algorithm, boolean decipher, ByteBuffer key, int keyOffset, int keyLength,
                                 ByteBuffer iv, int ivOffset, int ivLength) {
        CipherSpec spec = CipherSpec.find(algorithm);
        if (spec == null) return "unknown";
        try {
            return CipherHandle.open(errors, spec, decipher, Bytes.copy(key, keyOffset, keyLength), Bytes.copy(iv, ivOffset, ivLength));
        } catch (CipherHandle.InitFailure e) {
            return e.what;
        }
    }

    /**
     * EVP_BytesToKey(MD5, no salt, 1 round): D1 = MD5(password), Di = MD5(Di-1 || password); the
     * concatenation gives the key, then the IV.
     */
    static byte[][] bytesToKey(byte[] password, int keyLength, int ivLength) {
        byte[] material = new byte[keyLength + ivLength];
        MessageDigest md5 = Digests.MD5.newDigest();
        byte[] previous = new byte[0];
        for (int filled = 0; filled < material.length; ) {
            md5.update(previous);
            md5.update(password);
            previous = md5.digest();
            int n = Math.min(previous.length, material.length - filled);
            System.arraycopy(previous, 0, material, filled, n);
            filled += n;
        }
        return new byte[][] {
            java.util.Arrays.copyOfRange(material, 0, keyLength),
            java.util.Arrays.copyOfRange(material, keyLength, material.length)
        };
    }

    /** DiffieHellman with a new safe prime of {@code bits} bits, or null if there is none. */
    @Export
    public DhHandle createDiffieHellman(int bits) {
        BigInteger p = SafePrimes.generate(bits);
        return p == null ? null : new DhHandle(errors, p, BigInteger.TWO);
    }

    /** DiffieHellman over the given prime, or null if OpenSSL's checks would refuse it. */
    @Export
    public DhHandle createDiffieHellmanWithPrime(ByteBuffer prime, int offset, int length) {
        BigInteger p = new BigInteger(1, Bytes.copy(prime, offset, length));
        return SafePrimes.suitable(p) ? new DhHandle(errors, p, BigInteger.TWO) : null;
    }

    /** One of the RFC 2409/3526 groups, or null for an unknown name. */
    @Export
    public DhHandle getDiffieHellmanGroup(String name) {
        BigInteger p = ModpGroups.prime(name);
        return p == null ? null : new DhHandle(errors, p, BigInteger.TWO);
    }

    /**
     * {@code size} random bytes: returned, or passed to {@code callback(null, memory)} on the loop
     * thread after being made on the worker pool (with {@code request} as the receiver, so a domain
     * on it applies). lib/crypto.js has checked the size.
     */
    @Export
    public ByteBuffer randomBytes(int size, Value request, Value callback) {
        if (size < 0 || size > MAX_LENGTH) throw errors.typeError("size > Buffer::kMaxLength");
        if (callback == null || !callback.canExecute()) return fill(size);
        runtime.loop().workers().submit(() -> fill(size), outcome -> complete(request, callback, outcome));
        return null;
    }

    private void complete(Value request, Value callback, jnode.loop.WorkerPool.Outcome<ByteBuffer> outcome) {
        if (outcome.failed()) {
            runtime.callback(request, callback, runtime.interop().error("Error", String.valueOf(outcome.error().getMessage())));
        } else {
            runtime.callback(request, callback, null, outcome.value());
        }
    }

    private ByteBuffer fill(int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return Bytes.direct(b);
    }

    /** PBKDF2 with HMAC-SHA1, returned or given to {@code callback(null, memory)} as for randomBytes. */
    @Export
    public ByteBuffer pbkdf2(ByteBuffer password, int passwordOffset, int passwordLength, ByteBuffer salt, int saltOffset,
                             int saltLength, int iterations, int keyLength, Value request, Value callback) {
        byte[] pw = Bytes.copy(password, passwordOffset, passwordLength);
        byte[] s = Bytes.copy(salt, saltOffset, saltLength);
        if (callback == null || !callback.canExecute()) {
            return Bytes.direct(Hmac.pbkdf2(Digests.SHA1, pw, s, iterations, keyLength));
        }
        runtime.loop().workers().submit(() -> Bytes.direct(Hmac.pbkdf2(Digests.SHA1, pw, s, iterations, keyLength)),
                outcome -> complete(request, callback, outcome));
        return null;
    }
}
