package jnode.binding.crypto;

import org.graalvm.polyglot.HostAccess.Export;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.RC2ParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;

/**
 * One encryption or decryption under lib/crypto.js's Cipher, Decipher, Cipheriv and Decipheriv,
 * with OpenSSL's EVP semantics, which Node v0.10 exposes as they are:
 * <ul>
 * <li>In ECB and CBC, update returns only whole blocks and keeps the rest; with padding on, a
 * decryption also holds back its last whole block, because final must strip the PKCS#7 padding
 * from it. Padding is done here, so setAutoPadding may change it at any time, as in OpenSSL.</li>
 * <li>In CFB, OFB, CTR and RC4 every byte comes out at once (the JDK's CFB and OFB wait for whole
 * blocks, so those two modes are computed here over the raw block cipher; RC4 is {@link Rc4}).</li>
 * <li>final fails with OpenSSL's error strings ("bad decrypt", "wrong final block length"...), as
 * TypeErrors; after final, update and final fail with OpenSSL's empty error,
 * "error:00000000:lib(0):func(0):reason(0)", as Node v0.10 reports a finished cipher.</li>
 * </ul>
 */
public final class CipherHandle {
    static final String FINISHED = "error:00000000:lib(0):func(0):reason(0)";
    private static final String BAD_DECRYPT = "error:06065064:digital envelope routines:EVP_DecryptFinal_ex:bad decrypt";
    private static final String WRONG_FINAL_LENGTH =
            "error:0606506D:digital envelope routines:EVP_DecryptFinal_ex:wrong final block length";
    private static final String ENCRYPT_NOT_MULTIPLE =
            "error:0607F08A:digital envelope routines:EVP_EncryptFinal_ex:data not multiple of block length";
    private static final String DECRYPT_NOT_MULTIPLE =
            "error:0606508A:digital envelope routines:EVP_DecryptFinal_ex:data not multiple of block length";

    private final JsErrors errors;
    private final CipherSpec spec;
    private final boolean decrypt;
    /** For CFB and OFB the block cipher in ECB encryption; otherwise the JDK cipher for the whole mode. */
    private final Cipher jca;
    /** RC4 instead of a JDK cipher. */
    private final Rc4 rc4;
    private final int blockSize;
    /** ECB/CBC: bytes waiting for a whole block (or the held-back last block when decrypting). */
    private final byte[] pending;
    private int pendingLen;
    /** CFB/OFB: the feedback register, the key stream made from it and how much of it is used. */
    private final byte[] register;
    private final byte[] keystream;
    private int used;
    private boolean padding = true;
    private boolean finished;

    private CipherHandle(JsErrors errors, CipherSpec spec, boolean decrypt, Cipher jca, Rc4 rc4, byte[] iv) {
        this.errors = errors;
        this.spec = spec;
        this.decrypt = decrypt;
        this.jca = jca;
        this.rc4 = rc4;
        int raw = jca == null ? 1 : jca.getBlockSize();
        this.blockSize = spec.padded() ? raw : 1;
        this.pending = new byte[Math.max(blockSize, 1)];
        boolean feedback = spec.mode() == CipherSpec.Mode.CFB || spec.mode() == CipherSpec.Mode.OFB;
        this.register = feedback ? iv.clone() : null;
        this.keystream = feedback ? new byte[raw] : null;
        this.used = raw;
    }

    /** Why a cipher could not be set up, in the words lib/crypto.js reports ("key" or "iv"). */
    static final class InitFailure extends Exception {
        final String what;

        InitFailure(String what) {
            super(what, null, false, false);
            this.what = what;
        }
    }

    /** A cipher for {@code spec} with this key and IV, whose lengths are checked as OpenSSL checks them. */
    static CipherHandle open(JsErrors errors, CipherSpec spec, boolean decrypt, byte[] key, byte[] iv) throws InitFailure {
        if (iv.length != spec.ivLength()) throw new InitFailure("iv");
        if (!spec.variableKey() && key.length != spec.keyLength()) throw new InitFailure("key");
        byte[] jcaKey = key;
        if (spec.jcaName().equals("DESede") && key.length == 16) {
            // Two-key triple DES is K1, K2, K1.
            jcaKey = new byte[24];
            System.arraycopy(key, 0, jcaKey, 0, 16);
            System.arraycopy(key, 0, jcaKey, 16, 8);
        }
        if (jcaKey.length == 0) throw new InitFailure("key");
        if (spec.mode() == CipherSpec.Mode.STREAM) return new CipherHandle(errors, spec, decrypt, null, new Rc4(jcaKey), iv);
        SecretKeySpec secret = new SecretKeySpec(jcaKey, spec.jcaName());
        try {
            Cipher c;
            int direction = decrypt ? Cipher.DECRYPT_MODE : Cipher.ENCRYPT_MODE;
            switch (spec.mode()) {
                case ECB -> {
                    c = Cipher.getInstance(spec.jcaName() + "/ECB/NoPadding");
                    init(c, direction, secret, params(spec, null));
                }
                case CBC -> {
                    c = Cipher.getInstance(spec.jcaName() + "/CBC/NoPadding");
                    init(c, direction, secret, params(spec, iv));
                }
                case CFB, OFB -> {
                    // Both directions run the block cipher forwards over the feedback register.
                    c = Cipher.getInstance(spec.jcaName() + "/ECB/NoPadding");
                    init(c, Cipher.ENCRYPT_MODE, secret, params(spec, null));
                }
                case CFB8 -> {
                    c = Cipher.getInstance(spec.jcaName() + "/CFB8/NoPadding");
                    init(c, direction, secret, params(spec, iv));
                }
                case CTR -> {
                    c = Cipher.getInstance(spec.jcaName() + "/CTR/NoPadding");
                    init(c, direction, secret, params(spec, iv));
                }
                default -> throw new IllegalStateException("no JDK cipher for " + spec.mode());
            }
            return new CipherHandle(errors, spec, decrypt, c, null, iv);
        } catch (java.security.InvalidKeyException e) {
            throw new InitFailure("key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot run " + spec.jcaName() + " in " + spec.mode(), e);
        }
    }

    private static AlgorithmParameterSpec params(CipherSpec spec, byte[] iv) {
        if (spec.rc2EffectiveBits() > 0) {
            return iv == null ? new RC2ParameterSpec(spec.rc2EffectiveBits()) : new RC2ParameterSpec(spec.rc2EffectiveBits(), iv);
        }
        return iv == null ? null : new IvParameterSpec(iv);
    }

    private static void init(Cipher c, int direction, SecretKeySpec key, AlgorithmParameterSpec params)
            throws GeneralSecurityException {
        if (params == null) c.init(direction, key);
        else c.init(direction, key, params);
    }

    /** Enciphers or deciphers {@code length} bytes of {@code memory}; returns what is ready. */
    @Export
    public ByteBuffer update(ByteBuffer memory, int offset, int length) {
        if (finished) throw errors.typeError(FINISHED);
        byte[] in = Bytes.copy(memory, offset, length);
        try {
            return Bytes.direct(switch (spec.mode()) {
                case ECB, CBC -> updateBlocks(in);
                case CFB, OFB -> feedback(in);
                case STREAM -> rc4.apply(in);
                default -> orEmpty(jca.update(in));
            });
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] updateBlocks(byte[] in) throws GeneralSecurityException {
        int total = pendingLen + in.length;
        int ready = total - total % blockSize;
        if (decrypt && padding && ready > 0 && total % blockSize == 0) ready -= blockSize;
        if (ready == 0) {
            System.arraycopy(in, 0, pending, pendingLen, in.length);
            pendingLen += in.length;
            return Bytes.EMPTY;
        }
        byte[] out = new byte[ready];
        int fromInput = ready - pendingLen;
        int n = jca.update(pending, 0, pendingLen, out, 0);
        n += jca.update(in, 0, fromInput, out, n);
        if (n != ready) throw new IllegalStateException("block cipher kept bytes back");
        pendingLen = in.length - fromInput;
        System.arraycopy(in, fromInput, pending, 0, pendingLen);
        return out;
    }

    private byte[] feedback(byte[] in) throws GeneralSecurityException {
        boolean cfb = spec.mode() == CipherSpec.Mode.CFB;
        int raw = keystream.length;
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            if (used == raw) {
                jca.update(register, 0, raw, keystream, 0);
                if (!cfb) System.arraycopy(keystream, 0, register, 0, raw);
                used = 0;
            }
            byte x = in[i];
            byte y = (byte) (x ^ keystream[used]);
            out[i] = y;
            // CFB feeds the ciphertext back: the output when encrypting, the input when decrypting.
            if (cfb) register[used] = decrypt ? x : y;
            used++;
        }
        return out;
    }

    /** Node's final(): the rest, padded or unpadded; the cipher is finished whatever happens. */
    @Export
    public ByteBuffer doFinal() {
        if (finished) throw errors.typeError(FINISHED);
        finished = true;
        try {
            return Bytes.direct(switch (spec.mode()) {
                case ECB, CBC -> finalBlocks();
                case CFB, OFB, STREAM -> Bytes.EMPTY;
                default -> orEmpty(jca.doFinal());
            });
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] finalBlocks() throws GeneralSecurityException {
        if (!decrypt) {
            if (!padding) {
                if (pendingLen != 0) throw errors.typeError(ENCRYPT_NOT_MULTIPLE);
                return Bytes.EMPTY;
            }
            int pad = blockSize - pendingLen;
            for (int i = pendingLen; i < blockSize; i++) pending[i] = (byte) pad;
            return jca.doFinal(pending, 0, blockSize);
        }
        if (!padding) {
            if (pendingLen != 0) throw errors.typeError(DECRYPT_NOT_MULTIPLE);
            return Bytes.EMPTY;
        }
        if (pendingLen != blockSize) throw errors.typeError(WRONG_FINAL_LENGTH);
        byte[] last = jca.doFinal(pending, 0, blockSize);
        int pad = last[blockSize - 1] & 0xff;
        if (pad == 0 || pad > blockSize) throw errors.typeError(BAD_DECRYPT);
        for (int i = blockSize - pad; i < blockSize; i++) {
            if ((last[i] & 0xff) != pad) throw errors.typeError(BAD_DECRYPT);
        }
        return java.util.Arrays.copyOf(last, blockSize - pad);
    }

    /** Turns PKCS#7 padding on or off; only ECB and CBC pad at all. */
    @Export
    public void setAutoPadding(boolean on) {
        padding = on;
    }

    private static byte[] orEmpty(byte[] b) {
        return b == null ? Bytes.EMPTY : b;
    }
}
