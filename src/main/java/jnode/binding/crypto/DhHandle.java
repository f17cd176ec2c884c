package jnode.binding.crypto;

import org.graalvm.polyglot.HostAccess.Export;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.SecureRandom;

/**
 * A Diffie-Hellman key exchange under lib/crypto.js's DiffieHellman and DiffieHellmanGroup, with
 * OpenSSL's arithmetic: a new private key has one bit less than the prime (the top one set), a key
 * set with setPrivateKey is used as it is, numbers go in and out as unsigned big-endian bytes
 * without leading zeros, except the shared secret, which is left-padded to the prime's size (as
 * Node v0.10 does since it fixed secrets that came out short).
 */
public final class DhHandle {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JsErrors errors;
    private final BigInteger prime;
    private final BigInteger generator;
    private BigInteger publicKey;
    private BigInteger privateKey;

    DhHandle(JsErrors errors, BigInteger prime, BigInteger generator) {
        this.errors = errors;
        this.prime = prime;
        this.generator = generator;
    }

    /** Makes a private key unless one was set, then the public key; returns the public key. */
    @Export
    public ByteBuffer generateKeys() {
        if (privateKey == null) {
            int bits = prime.bitLength() - 1;
            if (bits < 1) throw errors.error("Key generation failed");
            privateKey = new BigInteger(bits, RANDOM).setBit(bits - 1);
        }
        publicKey = generator.modPow(privateKey, prime);
        return Bytes.direct(Bytes.unsigned(publicKey));
    }

    /** The shared secret with the other party's public key in [offset, offset + length). */
    @Export
    public ByteBuffer computeSecret(ByteBuffer memory, int offset, int length) {
        BigInteger other = new BigInteger(1, Bytes.copy(memory, offset, length));
        // OpenSSL's DH_check_pub_key: 1 < key < p - 1.
        if (other.compareTo(BigInteger.ONE) <= 0) throw errors.error("Supplied key is too small");
        if (other.compareTo(prime.subtract(BigInteger.ONE)) >= 0) throw errors.error("Supplied key is too large");
        if (privateKey == null) throw errors.error("Invalid key");
        BigInteger secret = other.modPow(privateKey, prime);
        return Bytes.direct(Bytes.unsigned(secret, (prime.bitLength() + 7) / 8));
    }

    @Export
    public ByteBuffer getPrime() {
        return Bytes.direct(Bytes.unsigned(prime));
    }

    @Export
    public ByteBuffer getGenerator() {
        return Bytes.direct(Bytes.unsigned(generator));
    }

    @Export
    public ByteBuffer getPublicKey() {
        if (publicKey == null) throw errors.error("No public key - did you forget to generate one?");
        return Bytes.direct(Bytes.unsigned(publicKey));
    }

    @Export
    public ByteBuffer getPrivateKey() {
        if (privateKey == null) throw errors.error("No private key - did you forget to generate one?");
        return Bytes.direct(Bytes.unsigned(privateKey));
    }

    @Export
    public void setPublicKey(ByteBuffer memory, int offset, int length) {
        publicKey = new BigInteger(1, Bytes.copy(memory, offset, length));
    }

    @Export
    public void setPrivateKey(ByteBuffer memory, int offset, int length) {
        privateKey = new BigInteger(1, Bytes.copy(memory, offset, length));
    }
}
