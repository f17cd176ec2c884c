package jnode.binding.crypto;

import java.util.Base64;
import java.util.function.Predicate;

/**
 * PEM text ("-----BEGIN RSA PRIVATE KEY-----", base64, "-----END RSA PRIVATE KEY-----") as
 * OpenSSL reads it: text around the blocks is ignored, blocks of other kinds are skipped, and a
 * block may start with RFC 1421 headers ("Proc-Type: 4,ENCRYPTED") ended by an empty line.
 */
final class Pem {
    private Pem() {}

    /** One block: its label ("CERTIFICATE"), whether its headers say it is encrypted, its DER bytes. */
    record Block(String label, boolean encrypted, byte[] der) {}

    private static final String BEGIN = "-----BEGIN ";
    private static final String DASHES = "-----";

    /** The first block whose label {@code wanted} accepts, or null if there is none that decodes. */
    static Block find(String text, Predicate<String> wanted) {
        int from = 0;
        while (true) {
            int begin = text.indexOf(BEGIN, from);
            if (begin < 0) return null;
            int labelStart = begin + BEGIN.length();
            int labelEnd = text.indexOf(DASHES, labelStart);
            if (labelEnd < 0) return null;
            String label = text.substring(labelStart, labelEnd);
            String endLine = "-----END " + label + DASHES;
            int bodyStart = labelEnd + DASHES.length();
            int end = text.indexOf(endLine, bodyStart);
            if (end < 0) return null;
            from = end + endLine.length();
            if (!wanted.test(label)) continue;
            return decode(label, text.substring(bodyStart, end));
        }
    }

    private static Block decode(String label, String body) {
        boolean encrypted = false;
        StringBuilder base64 = new StringBuilder(body.length());
        String[] lines = body.split("\r?\n");
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        if (i < lines.length && lines[i].indexOf(':') >= 0) {
            // Headers up to the first empty line.
            for (; i < lines.length && !lines[i].isBlank(); i++) {
                if (lines[i].startsWith("Proc-Type:") && lines[i].contains("ENCRYPTED")) encrypted = true;
            }
        }
        for (; i < lines.length; i++) base64.append(lines[i].trim());
        try {
            return new Block(label, encrypted, Base64.getMimeDecoder().decode(base64.toString()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
