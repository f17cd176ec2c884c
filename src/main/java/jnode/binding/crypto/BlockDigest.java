package jnode.binding.crypto;

import java.security.MessageDigest;

/**
 * The Merkle-Damgard frame shared by the digests done here rather than by the JDK (SHA-0, MD4,
 * RIPEMD-160): 64-byte blocks of 16 32-bit words, the message padded with 0x80, zeros and its
 * length in bits as a 64-bit number, words and length big-endian (SHA) or little-endian (MD4,
 * RIPEMD). Subclasses hold the chaining state and compress one block into it.
 */
abstract class BlockDigest extends MessageDigest implements Cloneable {
    private final boolean bigEndian;
    private byte[] block = new byte[64];
    private int blockLen;
    private long totalBytes;
    /** The current block as words, for {@link #compress}. */
    protected int[] words = new int[16];

    BlockDigest(String name, boolean bigEndian) {
        super(name);
        this.bigEndian = bigEndian;
    }

    /** Sets the chaining state to its initial value. */
    protected abstract void init();

    /** Folds {@link #words} into the state. */
    protected abstract void compress();

    /** The state as the digest's bytes. */
    protected abstract int[] state();

    @Override
    protected void engineReset() {
        blockLen = 0;
        totalBytes = 0;
        init();
    }

    @Override
    protected void engineUpdate(byte input) {
        block[blockLen++] = input;
        totalBytes++;
        if (blockLen == 64) {
            process(block, 0);
            blockLen = 0;
        }
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        totalBytes += len;
        if (blockLen > 0) {
            int n = Math.min(len, 64 - blockLen);
            System.arraycopy(input, offset, block, blockLen, n);
            blockLen += n;
            offset += n;
            len -= n;
            if (blockLen < 64) return;
            process(block, 0);
            blockLen = 0;
        }
        while (len >= 64) {
            process(input, offset);
            offset += 64;
            len -= 64;
        }
        System.arraycopy(input, offset, block, 0, len);
        blockLen = len;
    }

    private void process(byte[] in, int off) {
        for (int t = 0; t < 16; t++) {
            int p = off + 4 * t;
            words[t] = bigEndian
                    ? (in[p] & 0xff) << 24 | (in[p + 1] & 0xff) << 16 | (in[p + 2] & 0xff) << 8 | (in[p + 3] & 0xff)
                    : (in[p + 3] & 0xff) << 24 | (in[p + 2] & 0xff) << 16 | (in[p + 1] & 0xff) << 8 | (in[p] & 0xff);
        }
        compress();
    }

    @Override
    protected byte[] engineDigest() {
        long bits = totalBytes * 8;
        engineUpdate((byte) 0x80);
        while (blockLen != 56) engineUpdate((byte) 0);
        for (int i = 0; i < 8; i++) engineUpdate((byte) (bits >>> (8 * (bigEndian ? 7 - i : i))));
        int[] s = state();
        byte[] out = new byte[4 * s.length];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < 4; j++) out[4 * i + j] = (byte) (s[i] >>> (8 * (bigEndian ? 3 - j : j)));
        }
        engineReset();
        return out;
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        BlockDigest copy = (BlockDigest) super.clone();
        copy.block = block.clone();
        copy.words = new int[16];
        return copy;
    }
}
