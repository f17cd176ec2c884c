package jnode.binding.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The little ASN.1 DER the crypto binding needs: reading the key structures OpenSSL writes in PEM
 * files (PKCS#1 RSA keys, OpenSSL's DSA keys, the algorithm of a PKCS#8 or SubjectPublicKeyInfo
 * key, DSA signatures) and writing DigestInfo and DSA signatures. Only definite lengths, as DER
 * requires; anything malformed fails with {@link Malformed}.
 */
final class Der {
    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;

    private Der() {}

    /** Thrown for input that is not the DER expected; callers turn it into their own error. */
    static final class Malformed extends Exception {
        Malformed(String what) {
            super(what, null, false, false);
        }
    }

    /** One element: its tag and where its contents lie in {@code data}. */
    record Element(int tag, byte[] data, int start, int end) {
        /** The elements a constructed element (a SEQUENCE) holds, in order. */
        List<Element> children() throws Malformed {
            List<Element> out = new ArrayList<>();
            int pos = start;
            while (pos < end) {
                Element e = read(data, pos, end);
                out.add(e);
                pos = e.end;
            }
            return out;
        }

        BigInteger integer() throws Malformed {
            if (tag != INTEGER || end == start) throw new Malformed("not an INTEGER");
            return new BigInteger(java.util.Arrays.copyOfRange(data, start, end));
        }

        byte[] contents() {
            return java.util.Arrays.copyOfRange(data, start, end);
        }

        /** The dotted form of an OBJECT IDENTIFIER, e.g. "1.2.840.113549.1.1.1". */
        String oid() throws Malformed {
            if (tag != OID || end == start) throw new Malformed("not an OID");
            StringBuilder sb = new StringBuilder();
            long value = 0;
            boolean first = true;
            for (int i = start; i < end; i++) {
                value = (value << 7) | (data[i] & 0x7f);
                if ((data[i] & 0x80) != 0) continue;
                if (first) {
                    long a = Math.min(value / 40, 2);
                    sb.append(a).append('.').append(value - 40 * a);
                    first = false;
                } else {
                    sb.append('.').append(value);
                }
                value = 0;
            }
            return sb.toString();
        }
    }

    /** The element starting at {@code pos}, which must end by {@code limit}. */
    static Element read(byte[] data, int pos, int limit) throws Malformed {
        if (pos + 2 > limit) throw new Malformed("truncated");
        int tag = data[pos++] & 0xff;
        if ((tag & 0x1f) == 0x1f) throw new Malformed("high tag numbers are not used here");
        int len = data[pos++] & 0xff;
        if (len >= 0x80) {
            int n = len & 0x7f;
            if (n == 0 || n > 4 || pos + n > limit) throw new Malformed("bad length");
            len = 0;
            for (int i = 0; i < n; i++) len = (len << 8) | (data[pos++] & 0xff);
            if (len < 0) throw new Malformed("bad length");
        }
        if (len > limit - pos) throw new Malformed("truncated");
        return new Element(tag, data, pos, pos + len);
    }

    /** The single element that makes up all of {@code data}. */
    static Element parse(byte[] data) throws Malformed {
        Element e = read(data, 0, data.length);
        if (e.end != data.length) throw new Malformed("trailing data");
        return e;
    }

    /** The contents of a SEQUENCE, checking the tag. */
    static List<Element> sequence(Element e) throws Malformed {
        if (e.tag != SEQUENCE) throw new Malformed("not a SEQUENCE");
        return e.children();
    }

    // --- writing ---

    static byte[] element(int tag, byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
        out.write(tag);
        int len = contents.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int n = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
            out.write(0x80 | n);
            for (int i = n - 1; i >= 0; i--) out.write(len >>> (8 * i));
        }
        out.writeBytes(contents);
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) body.writeBytes(p);
        return element(SEQUENCE, body.toByteArray());
    }

    static byte[] integer(BigInteger v) {
        return element(INTEGER, v.toByteArray());
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeBase128(body, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) writeBase128(body, Long.parseLong(arcs[i]));
        return element(OID, body.toByteArray());
    }

    private static void writeBase128(ByteArrayOutputStream out, long v) {
        int groups = 1;
        for (long t = v >>> 7; t != 0; t >>>= 7) groups++;
        for (int i = groups - 1; i >= 0; i--) {
            int b = (int) ((v >>> (7 * i)) & 0x7f);
            out.write(i == 0 ? b : b | 0x80);
        }
    }

    static byte[] nullValue() {
        return new byte[] {NULL, 0};
    }
}
