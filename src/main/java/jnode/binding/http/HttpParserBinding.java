package jnode.binding.http;

import org.graalvm.polyglot.HostAccess.Export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The Java side of {@code process.binding('http_parser')}. JavaScript sees Node's API through
 * lib/internal/binding/http_parser.js, which makes plain-object HTTPParsers and drives a
 * {@link Parser} per HTTPParser: it calls {@link Parser#execute} in a loop and invokes the
 * callbacks (onHeaders, onHeadersComplete, onBody, onMessageComplete) itself, so nothing here
 * calls into JavaScript.
 *
 * <p>To keep boundary crossings to one per event, an event's numbers are written to a small
 * shared record ({@link #record()}, native byte order) that JavaScript reads through an
 * Int32Array, and {@code execute} returns the event's header text (or null). The record is
 * shared by all parsers of the process and only valid until the next call, which is enough
 * because JavaScript reads it right after each call, before running any callback.
 */
public final class HttpParserBinding {
    /** Int32 slots of the record. */
    static final int EVENT = 0, POSITION = 1, BODY_START = 2, BODY_LENGTH = 3, MAJOR = 4,
            MINOR = 5, STATUS = 6, METHOD = 7, FLAGS = 8, ERRNO = 9, SLOTS = 10;
    /** FLAGS bits. */
    static final int KEEP_ALIVE = 1, UPGRADE = 2, IDLE = 4;

    private final ByteBuffer record =
            ByteBuffer.allocateDirect(SLOTS * 4).order(ByteOrder.nativeOrder());
    /** Scratch shared by the process's parsers (all run on its JavaScript thread). */
    private final byte[] window = new byte[HttpParser.WINDOW_SIZE];

    /** The shared event record (wrap it once in an Int32Array). */
    @Export
    public ByteBuffer record() {
        return record;
    }

    /** A parser for HttpParser.REQUEST (0) or RESPONSE (1). */
    @Export
    public Parser create(int type) {
        return new Parser(new HttpParser(type, window), record);
    }

    /** Method names, indexed as the record's METHOD slot. */
    @Export
    public String[] methods() {
        return HttpParser.methodNames();
    }

    /** Error codes ('HPE_...'), indexed as the record's ERRNO slot. */
    @Export
    public String[] errors() {
        return HttpErrno.codes();
    }

    /** One parser as JavaScript drives it. */
    public static final class Parser {
        private final HttpParser parser;
        private final ByteBuffer record;

        Parser(HttpParser parser, ByteBuffer record) {
            this.parser = parser;
            this.record = record;
        }

        /**
         * Parses {@code memory[from, end)} (absolute indexes) up to the next event, which goes to
         * the record; returns the event's header text or null. {@code flags}: HttpParser's
         * SKIP_BODY and EOF (then memory may be null and from == end).
         */
        @Export
        public String execute(ByteBuffer memory, int from, int end, int flags) {
            HttpParser p = parser;
            ByteBuffer r = record;
            int event = p.execute(memory, from, end, flags);
            r.putInt(EVENT * 4, event);
            r.putInt(POSITION * 4, p.position());
            switch (event) {
                case HttpParser.BODY -> {
                    r.putInt(BODY_START * 4, p.bodyStart());
                    r.putInt(BODY_LENGTH * 4, p.bodyLength());
                }
                case HttpParser.HEADERS_COMPLETE -> {
                    r.putInt(MAJOR * 4, p.versionMajor());
                    r.putInt(MINOR * 4, p.versionMinor());
                    r.putInt(STATUS * 4, p.statusCode());
                    r.putInt(METHOD * 4, p.method());
                }
                case HttpParser.ERROR -> r.putInt(ERRNO * 4, p.errno().ordinal());
                default -> { }
            }
            r.putInt(FLAGS * 4, (p.shouldKeepAlive() ? KEEP_ALIVE : 0) | (p.upgrade() ? UPGRADE : 0)
                    | (p.idle(end) ? IDLE : 0));
            return p.text();
        }

        /** A callback for the last event threw: the parser fails with HPE_CB_... as Node's. */
        @Export
        public void callbackFailed() {
            parser.callbackFailed();
        }

        @Export
        public void reset(int type) {
            parser.reset(type);
        }
    }
}
