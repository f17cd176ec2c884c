package jnode.binding.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Micro benchmark (not a test; run by hand): parses a typical browser GET with 8 headers from a
 * direct buffer, through the binding's per-event entry point (record writes and header string
 * included), and prints nanoseconds per request.
 * <pre>java -cp target/classes:target/test-classes jnode.binding.http.HttpParserBench</pre>
 */
public final class HttpParserBench {
    static final String REQUEST = "GET /index.html?page=12&sort=desc HTTP/1.1\r\n"
            + "Host: www.example.com\r\n"
            + "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n"
            + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
            + "Accept-Language: en-US,en;q=0.5\r\n"
            + "Accept-Encoding: gzip, deflate, br\r\n"
            + "Connection: keep-alive\r\n"
            + "Cookie: session=8f2a7c9e1b; theme=dark\r\n"
            + "Cache-Control: max-age=0\r\n"
            + "\r\n";

    public static void main(String[] args) {
        byte[] bytes = REQUEST.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer mem = ByteBuffer.allocateDirect(bytes.length);
        mem.put(0, bytes);
        HttpParserBinding binding = new HttpParserBinding();
        HttpParserBinding.Parser parser = binding.create(HttpParser.REQUEST);
        ByteBuffer record = binding.record();
        long sink = 0;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 15; round++) {
            int n = 1_000_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) sink += parseOne(parser, record, mem, bytes.length);
            long t1 = System.nanoTime();
            double ns = (t1 - t0) / (double) n;
            best = Math.min(best, ns);
            System.out.printf("round %d: %.1f ns/request%n", round, ns);
        }
        System.out.printf("best: %.1f ns/request (%d bytes, 8 headers)%n", best, bytes.length);
        if (sink == 42) System.out.println();
    }

    /** As the JavaScript loop: events until the input is used up. */
    static long parseOne(HttpParserBinding.Parser parser, ByteBuffer record, ByteBuffer mem, int end) {
        long sink = 0;
        int pos = 0;
        for (;;) {
            String text = parser.execute(mem, pos, end, 0);
            int event = record.getInt(0);
            pos = record.getInt(4);
            if (text != null) sink += text.length();
            if (event == HttpParser.NEED_INPUT) return sink;
            if (event == HttpParser.ERROR) throw new AssertionError("parse error");
            if ((record.getInt(HttpParserBinding.FLAGS * 4) & HttpParserBinding.IDLE) != 0) return sink;
        }
    }
}
