package jnode.binding.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Drives an {@link HttpParser} as the JavaScript front does and writes its events down as
 * strings, so tests compare whole event sequences. Each chunk is placed inside a larger direct
 * buffer between guard bytes, so absolute indexing and "reads nothing outside [from, end)" are
 * exercised too. Header text is shown with '|' for the NUL separators.
 */
final class ParserHarness {
    final HttpParser parser;
    final List<String> events = new ArrayList<>();
    /** Which HEADERS_COMPLETE events answer "skip the body" (as onHeadersComplete returning true). */
    Predicate<HttpParser> skipBody = p -> false;
    /** Stop after MESSAGE_COMPLETE of an upgrade, as the JavaScript front does. */
    int upgradeStop = -1;
    private long offset; // of the current chunk within the whole input, for readable positions

    ParserHarness(int type) {
        parser = new HttpParser(type);
    }

    static ParserHarness request() {
        return new ParserHarness(HttpParser.REQUEST);
    }

    static ParserHarness response() {
        return new ParserHarness(HttpParser.RESPONSE);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Feeds the input in one piece. Returns the bytes consumed (as Node's execute). */
    int feed(String input) {
        return feed(bytes(input));
    }

    int feed(byte[] input) {
        return feed(input, 0, input.length);
    }

    /** Feeds input[from, to); returns the bytes parsed (stopping early on error or upgrade). */
    int feed(byte[] input, int from, int to) {
        int guard = 5;
        ByteBuffer mem = ByteBuffer.allocateDirect(to - from + 2 * guard);
        for (int i = 0; i < mem.capacity(); i++) mem.put(i, (byte) 'X');
        mem.put(guard, input, from, to - from);
        offset = from;
        int end = run(mem, guard, guard + to - from, 0);
        return end < 0 ? -1 : end - guard;
    }

    /** End of input (Node's finish). Returns false on a parse error. */
    boolean finish() {
        offset = 0;
        return run(null, 0, 0, HttpParser.EOF) >= 0;
    }

    private int run(ByteBuffer mem, int from, int end, int eof) {
        int pos = from;
        int flags = eof;
        for (;;) {
            int event = parser.execute(mem, pos, end, flags);
            pos = parser.position();
            flags = eof;
            switch (event) {
                case HttpParser.NEED_INPUT -> {
                    if (pos != end) throw new AssertionError("NEED_INPUT before the end");
                    return pos;
                }
                case HttpParser.HEADERS -> events.add("HEADERS " + show(parser.text()));
                case HttpParser.HEADERS_COMPLETE -> {
                    events.add("HEADERS_COMPLETE " + describe());
                    if (skipBody.test(parser)) flags |= HttpParser.SKIP_BODY;
                }
                case HttpParser.BODY -> {
                    byte[] b = new byte[parser.bodyLength()];
                    mem.get(parser.bodyStart(), b);
                    if (parser.bodyStart() < from || parser.bodyStart() + b.length > end) {
                        throw new AssertionError("body outside the input");
                    }
                    events.add("BODY " + new String(b, StandardCharsets.ISO_8859_1));
                }
                case HttpParser.MESSAGE_COMPLETE -> {
                    events.add("MESSAGE_COMPLETE");
                    if (parser.upgrade()) {
                        upgradeStop = (int) (offset + pos - from);
                        return pos;
                    }
                }
                case HttpParser.ERROR -> {
                    events.add("ERROR " + parser.errno().code() + " at " + (offset + pos - from));
                    return -1;
                }
                default -> throw new AssertionError("event " + event);
            }
            if (pos > end) throw new AssertionError("position beyond the input");
        }
    }

    private String describe() {
        StringBuilder s = new StringBuilder();
        if (parser.type() == HttpParser.REQUEST) s.append(HttpParser.methodName(parser.method()));
        else s.append(parser.statusCode());
        s.append(" HTTP/").append(parser.versionMajor()).append('.').append(parser.versionMinor());
        if (parser.shouldKeepAlive()) s.append(" keep-alive");
        if (parser.upgrade()) s.append(" upgrade");
        s.append(' ').append(parser.text() == null ? "(flushed)" : show(parser.text()));
        return s.toString();
    }

    static String show(String text) {
        return text.replace('\0', '|');
    }

    /** The events with adjacent BODY events merged (splitting input splits bodies). */
    List<String> merged() {
        List<String> out = new ArrayList<>();
        for (String e : events) {
            int last = out.size() - 1;
            if (e.startsWith("BODY ") && last >= 0 && out.get(last).startsWith("BODY ")) {
                out.set(last, out.get(last) + e.substring(5));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** Events (bodies merged) of parsing input in one piece, then finish() if eof. */
    static List<String> whole(int type, String input, boolean eof) {
        return wholeHarness(type, input, eof).merged();
    }

    static ParserHarness wholeHarness(int type, String input, boolean eof) {
        ParserHarness h = new ParserHarness(type);
        byte[] b = bytes(input);
        if (h.feed(b) >= 0 && eof && h.upgradeStop < 0) h.finish();
        return h;
    }

    /** Events of parsing input in pieces cut at the given positions. */
    static List<String> split(int type, String input, boolean eof, int... cuts) {
        ParserHarness h = new ParserHarness(type);
        byte[] b = bytes(input);
        int from = 0;
        boolean failed = false;
        for (int i = 0; i <= cuts.length && !failed; i++) {
            int to = i < cuts.length ? cuts[i] : b.length;
            if (to <= from) continue;
            int n = h.feed(b, from, to);
            if (n < 0) failed = true;
            else if (h.upgradeStop >= 0) return h.merged();
            from = to;
        }
        if (!failed && eof) h.finish();
        return h.merged();
    }
}
