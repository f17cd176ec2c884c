package jnode.binding.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The symmetric ciphers the crypto module offers, under OpenSSL's names ("aes-256-cbc",
 * "AES-256-CBC", the aliases "aes256", "des3", "bf", "blowfish"...), each described as the JDK
 * block cipher it runs on (RC4 is done here), the OpenSSL mode, and OpenSSL's key, IV and block
 * lengths. Only what the JDK can compute is listed: no CFB1, GCM, XTS, DESX, CAST5, IDEA, SEED
 * or Camellia.
 */
record CipherSpec(String jcaName, Mode mode, int keyLength, int ivLength, int blockSize, boolean variableKey,
                  int rc2EffectiveBits) {

    /** OpenSSL's cipher modes, as far as the JDK lets them be computed. */
    enum Mode {
        ECB, CBC,
        /** Full-block cipher feedback (OpenSSL's "cfb", i.e. CFB128 for AES, CFB64 for DES). */
        CFB,
        /** Cipher feedback one byte at a time. */
        CFB8,
        OFB,
        /** Counter mode over the whole block as one big-endian counter. */
        CTR,
        /** A stream cipher (RC4, done by {@link Rc4}). */
        STREAM
    }

    /** Padding applies (and whole blocks are buffered) only in the block modes. */
    boolean padded() {
        return mode == Mode.ECB || mode == Mode.CBC;
    }

    private static final Map<String, CipherSpec> BY_NAME = new LinkedHashMap<>();

    /** Registers {@code name} and its upper-case form, as OpenSSL has both ("aes-128-cbc", "AES-128-CBC"). */
    private static void add(String name, CipherSpec spec) {
        BY_NAME.put(name, spec);
        BY_NAME.put(name.toUpperCase(Locale.ROOT), spec);
    }

    private static void lowerOnly(String name, CipherSpec spec) {
        BY_NAME.put(name, spec);
    }

    private static CipherSpec block(String jca, Mode mode, int keyLength, int blockSize, boolean variableKey, int rc2Bits) {
        int ivLength = switch (mode) {
            case ECB, STREAM -> 0;
            default -> blockSize;
        };
        // In the feedback and counter modes OpenSSL processes bytes, not blocks: block size 1.
        int effectiveBlock = mode == Mode.ECB || mode == Mode.CBC ? blockSize : 1;
        return new CipherSpec(jca, mode, keyLength, ivLength, effectiveBlock, variableKey, rc2Bits);
    }

    static {
        String[] modes = {"ecb", "cbc", "cfb", "cfb8", "ofb", "ctr"};
        Mode[] modeValues = {Mode.ECB, Mode.CBC, Mode.CFB, Mode.CFB8, Mode.OFB, Mode.CTR};
        for (int bits : new int[] {128, 192, 256}) {
            for (int i = 0; i < modes.length; i++) {
                add("aes-" + bits + "-" + modes[i], block("AES", modeValues[i], bits / 8, 16, false, 0));
            }
            add("aes" + bits, BY_NAME.get("aes-" + bits + "-cbc"));
        }

        add("des-ecb", block("DES", Mode.ECB, 8, 8, false, 0));
        add("des-cbc", block("DES", Mode.CBC, 8, 8, false, 0));
        add("des-cfb", block("DES", Mode.CFB, 8, 8, false, 0));
        add("des-cfb8", block("DES", Mode.CFB8, 8, 8, false, 0));
        add("des-ofb", block("DES", Mode.OFB, 8, 8, false, 0));
        add("des", BY_NAME.get("des-cbc"));

        // Two-key triple DES (K1, K2, K1): 16-byte keys, widened to three keys for the JDK.
        add("des-ede", block("DESede", Mode.ECB, 16, 8, false, 0));
        add("des-ede-cbc", block("DESede", Mode.CBC, 16, 8, false, 0));
        add("des-ede-cfb", block("DESede", Mode.CFB, 16, 8, false, 0));
        add("des-ede-ofb", block("DESede", Mode.OFB, 16, 8, false, 0));

        add("des-ede3", block("DESede", Mode.ECB, 24, 8, false, 0));
        add("des-ede3-cbc", block("DESede", Mode.CBC, 24, 8, false, 0));
        add("des-ede3-cfb", block("DESede", Mode.CFB, 24, 8, false, 0));
        add("des-ede3-cfb8", block("DESede", Mode.CFB8, 24, 8, false, 0));
        add("des-ede3-ofb", block("DESede", Mode.OFB, 24, 8, false, 0));
        add("des3", BY_NAME.get("des-ede3-cbc"));

        add("bf-ecb", block("Blowfish", Mode.ECB, 16, 8, true, 0));
        add("bf-cbc", block("Blowfish", Mode.CBC, 16, 8, true, 0));
        add("bf-cfb", block("Blowfish", Mode.CFB, 16, 8, true, 0));
        add("bf-ofb", block("Blowfish", Mode.OFB, 16, 8, true, 0));
        add("bf", BY_NAME.get("bf-cbc"));
        lowerOnly("blowfish", BY_NAME.get("bf-cbc"));

        add("rc2-ecb", block("RC2", Mode.ECB, 16, 8, true, 128));
        add("rc2-cbc", block("RC2", Mode.CBC, 16, 8, true, 128));
        add("rc2-cfb", block("RC2", Mode.CFB, 16, 8, true, 128));
        add("rc2-ofb", block("RC2", Mode.OFB, 16, 8, true, 128));
        add("rc2-40-cbc", block("RC2", Mode.CBC, 5, 8, true, 40));
        add("rc2-64-cbc", block("RC2", Mode.CBC, 8, 8, true, 64));
        add("rc2", BY_NAME.get("rc2-cbc"));

        add("rc4", new CipherSpec("RC4", Mode.STREAM, 16, 0, 1, true, 0));
        add("rc4-40", new CipherSpec("RC4", Mode.STREAM, 5, 0, 1, true, 0));
    }

    /** The cipher called {@code name}, or null. */
    static CipherSpec find(String name) {
        return name == null ? null : BY_NAME.get(name);
    }

    /** Every name, both cases (lib/crypto.js keeps the lower-case one and sorts). */
    static List<String> names() {
        return new ArrayList<>(BY_NAME.keySet());
    }
}
