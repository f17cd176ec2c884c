package jnode.binding.http;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * An incremental HTTP/1.x message parser with the semantics of the parser behind Node v0.10's
 * {@code process.binding('http_parser')}, reading bytes in place from a {@link ByteBuffer} (a
 * Buffer's memory) without copying bodies.
 *
 * <p><b>Pull style.</b> {@link #execute} consumes input until something happens and returns that
 * event; the caller handles it and calls again from {@link #position()} until {@link #NEED_INPUT}.
 * So JavaScript drives the loop and calls its callbacks itself (the binding never calls into
 * JavaScript), and onHeadersComplete's answer ("skip the body", for responses to HEAD) reaches
 * the parser as {@link #SKIP_BODY} on the call after {@link #HEADERS_COMPLETE}. Events:
 * <ul>
 * <li>{@link #HEADERS}: a batch of header lines ({@link #text()}): every 32 header lines while
 *     reading many, the rest just before {@link #HEADERS_COMPLETE} once a batch went out, and the
 *     trailers of a chunked message just before {@link #MESSAGE_COMPLETE} (Node's onHeaders);</li>
 * <li>{@link #HEADERS_COMPLETE}: start line and headers read; {@link #text()} holds the headers
 *     unless a batch went out already (then null);</li>
 * <li>{@link #BODY}: {@link #bodyLength()} body bytes at {@link #bodyStart()} of the input;</li>
 * <li>{@link #MESSAGE_COMPLETE}; {@link #ERROR} ({@link #errno()}; the parser stays failed until
 *     {@link #reset}); {@link #NEED_INPUT}: all input consumed.</li>
 * </ul>
 * Header text is one string, the URL and then each name and value, every one after a NUL
 * ({@code "/url\0Host\0example.com\0Accept\0*\/*"}), decoded as UTF-8 like v0.10; NUL cannot
 * occur in a URL or header, so the JavaScript side splits it in one call.
 *
 * <p><b>Rules</b> (Node v0.10's, made strict where v0.10's laxness allowed request smuggling):
 * <ul>
 * <li>Requests: one of v0.10's 25 methods (HPE_INVALID_METHOD), spaces, a URL of printable ASCII
 *     or bytes 0x80-0xFF starting with '/', '*' or a letter (any URL byte for CONNECT)
 *     (HPE_INVALID_URL), spaces, {@code HTTP/major.minor} with up to three digits each
 *     (HPE_INVALID_CONSTANT, HPE_INVALID_VERSION). A request line without version is HTTP/0.9.
 *     Empty lines before a message are skipped.</li>
 * <li>Responses: {@code HTTP/major.minor}, spaces, a status of up to three digits
 *     (HPE_INVALID_STATUS), then an optional reason phrase without control characters.</li>
 * <li>Lines end in CRLF or a bare LF; a CR must be followed by LF (HPE_LF_EXPECTED).</li>
 * <li>Header names are RFC 7230 tokens, values printable ASCII, tab and 0x80-0xFF
 *     (HPE_INVALID_HEADER_TOKEN; NUL and other control characters are refused). Leading blanks
 *     of a value are dropped, trailing ones kept (v0.10). A line starting with a blank continues
 *     the previous value (obs-fold), joined without separator as v0.10 did; not for
 *     Content-Length and Transfer-Encoding, where it is an error.</li>
 * <li>Start line plus headers (and trailers, and each chunk-size line) at most 80 KiB
 *     (HPE_HEADER_OVERFLOW).</li>
 * <li>Framing: Content-Length is digits with optional trailing blanks (HPE_INVALID_CONTENT_LENGTH);
 *     a second Content-Length, or Content-Length with Transfer-Encoding, is refused
 *     (HPE_UNEXPECTED_CONTENT_LENGTH). The body is chunked when the last coding of
 *     Transfer-Encoding is "chunked"; a request with another final coding is refused
 *     (HPE_INVALID_TRANSFER_ENCODING), a response reads to end of input. (v0.10 matched only the
 *     exact value "chunked" and took whichever Content-Length came last.) Chunk sizes are hex
 *     (HPE_INVALID_CHUNK_SIZE), optionally followed by blanks and {@code ;extensions}; chunk data
 *     must end with a line end (HPE_STRICT). Responses 1xx, 204 and 304 and responses whose
 *     onHeadersComplete returned true (HEAD) have no body; other responses without length read
 *     until {@link #EOF}; requests without length have none.</li>
 * <li>Connection (and Proxy-Connection) is a token list: close, keep-alive, upgrade.
 *     shouldKeepAlive: HTTP/1.1 unless "close", HTTP/1.0 only with "keep-alive", and never when
 *     the body ends at end of input. After a message that does not keep the connection alive,
 *     further bytes other than CR/LF are HPE_CLOSED_CONNECTION (except after 1xx responses).</li>
 * <li>Upgrade: a CONNECT request, a request with an Upgrade header and "Connection: upgrade", or
 *     a 101 response with both. The message completes at the end of the headers and
 *     {@link #upgrade()} tells the caller to stop: the rest of the input is the new protocol.
 *     (v0.10 took an Upgrade header alone, even on a 200 response.)</li>
 * <li>End of input ({@link #EOF}): completes a body read to end of input; between messages it is
 *     fine; anywhere else HPE_INVALID_EOF_STATE.</li>
 * </ul>
 */
public final class HttpParser {
    public static final int REQUEST = 0;
    public static final int RESPONSE = 1;

    /** Events returned by {@link #execute}. */
    public static final int NEED_INPUT = 0, HEADERS = 1, HEADERS_COMPLETE = 2, BODY = 3,
            MESSAGE_COMPLETE = 4, ERROR = 5;

    /** {@link #execute} flags: the body is to be skipped (after HEADERS_COMPLETE); input ended. */
    public static final int SKIP_BODY = 1, EOF = 2;

    /** Limit on start line plus headers, as Node's parser (HTTP_MAX_HEADER_SIZE). */
    public static final int MAX_HEADER_SIZE = 80 * 1024;
    /** Header lines per batch handed out while reading headers (Node's kMaxHeaderFieldsCount). */
    public static final int MAX_BATCH_PAIRS = 32;

    /** Methods in http_parser's order: {@link #method()} indexes this. */
    private static final String[] METHODS = {
        "DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE", "COPY", "LOCK",
        "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "UNLOCK", "REPORT", "MKACTIVITY", "CHECKOUT",
        "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "PATCH", "PURGE"
    };
    private static final int CONNECT = 5;

    // --- states ----------------------------------------------------------------------------------
    // Between messages (not counted against the header limit).
    private static final int S_START_REQ = 0, S_START_RES = 1, S_DEAD = 2;
    // Counted against the header limit: every byte consumed in these states adds to nread.
    private static final int S_METHOD = 3, S_SPACES_BEFORE_URL = 4, S_URL = 5, S_REQ_HTTP_START = 6,
            S_HTTP_CONST = 7, S_MAJOR_START = 8, S_MAJOR = 9, S_MINOR_START = 10, S_MINOR = 11,
            S_STATUS_START = 12, S_STATUS = 13, S_REASON = 14, S_FIELD_START = 15, S_FIELD = 16,
            S_VALUE_START = 17, S_VALUE = 18, S_LF = 19, S_CHUNK_SIZE_START = 20, S_CHUNK_SIZE = 21,
            S_CHUNK_SIZE_WS = 22, S_CHUNK_EXT = 23, S_CHUNK_DATA_END = 24;
    private static final int LAST_COUNTED = 24;
    // Body bytes.
    private static final int S_BODY_IDENTITY = 25, S_BODY_EOF = 26, S_CHUNK_DATA = 27;
    // Steps that consume nothing (decisions and events due at the current position).
    private static final int S_HEADERS_END = 28, S_FLUSH_BEFORE_COMPLETE = 29,
            S_EMIT_HEADERS_COMPLETE = 30, S_BODY_DECIDE = 31, S_CHUNK_SIZE_DONE = 32,
            S_MESSAGE_DONE = 33, S_EMIT_MESSAGE_COMPLETE = 34;
    private static final int FIRST_PENDING = 28;

    // Headers whose values steer parsing.
    private static final int H_OTHER = 0, H_CONTENT_LENGTH = 1, H_TRANSFER_ENCODING = 2,
            H_CONNECTION = 3, H_UPGRADE = 4;

    private static final byte[] HTTP_SLASH = {'H', 'T', 'T', 'P', '/'};

    // --- character classes -------------------------------------------------------------------------
    private static final boolean[] TOKEN = new boolean[256];
    private static final boolean[] URL_CHAR = new boolean[256];
    private static final boolean[] VALUE_CHAR = new boolean[256];
    private static final byte[] HEX = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            TOKEN[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            URL_CHAR[c] = (c > 0x20 && c < 0x7f) || c >= 0x80;
            VALUE_CHAR[c] = c == '\t' || (c >= 0x20 && c != 0x7f);
            HEX[c] = (byte) (c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1);
        }
    }

    // Method trie over 'A'..'Z' and '-': NEXT[node * 27 + symbol] is the child (0: none),
    // METHOD_AT[node] the method a node spells (-1: none). Node 0 is the root.
    private static final int[] NEXT;
    private static final int[] METHOD_AT;

    static {
        int nodes = 1;
        for (String m : METHODS) nodes += m.length();
        int[] next = new int[nodes * 27];
        int[] at = new int[nodes];
        java.util.Arrays.fill(at, -1);
        int used = 1;
        for (int i = 0; i < METHODS.length; i++) {
            int node = 0;
            for (char ch : METHODS[i].toCharArray()) {
                int slot = node * 27 + symbol(ch);
                if (next[slot] == 0) next[slot] = used++;
                node = next[slot];
            }
            at[node] = i;
        }
        NEXT = next;
        METHOD_AT = at;
    }

    private static int symbol(int c) {
        return c >= 'A' && c <= 'Z' ? c - 'A' : c == '-' ? 26 : -1;
    }

    // --- parser state ----------------------------------------------------------------------------
    private int type;
    private int state;
    private HttpErrno errno = HttpErrno.OK;
    private HttpErrno callbackErrno = HttpErrno.OK; // what a throwing callback for the last event means
    private int nread;          // bytes of the current header section / chunk-size line
    private int afterLf;        // S_LF: the state after the LF
    private int constIndex;     // S_HTTP_CONST: bytes of "HTTP/" matched
    private int methodNode;     // S_METHOD: trie node

    // Message.
    private int method;
    private int major, minor, status;
    private boolean trailing;   // reading trailers
    private boolean flushed;    // a header batch went out before HEADERS_COMPLETE
    private boolean hasContentLength, hasTransferEncoding, chunked;
    private boolean connClose, connKeepAlive, connUpgrade, upgradeHeader;
    private boolean upgrade, keepAlive, skipBody;
    private long contentLength; // declared length, then bytes left (body or chunk)

    // Header text: URL, then "\0name\0value" per header; decoded into one string per batch.
    private byte[] text = new byte[256];
    private int textLength;
    private int pairs;          // header lines in the current batch
    private boolean inHeader;   // a header's value is open (may be continued, not yet checked)
    private boolean folded;     // ... and was continued on another line
    private int special;        // ... and what kind of header it is
    private int fieldStart, valueStart;

    // Input being parsed, copied from the caller's memory a window at a time (array reads are
    // cheaper than ByteBuffer reads). Valid for one execute call only, so parsers used by one
    // thread may share the array.
    public static final int WINDOW_SIZE = 2048;
    private final byte[] window;
    private int windowBase, windowEnd;

    // Last event.
    private int position;
    private int bodyStart, bodyLength;
    private String eventText;

    public HttpParser(int type) {
        this(type, new byte[WINDOW_SIZE]);
    }

    /** A parser using {@code window} (WINDOW_SIZE bytes) as scratch, shared with the thread's others. */
    public HttpParser(int type, byte[] window) {
        if (window.length != WINDOW_SIZE) throw new IllegalArgumentException("window size");
        this.window = window;
        reset(type);
    }

    /** Starts over for a new connection: Node's reinitialize(type). */
    public void reset(int type) {
        if (type != REQUEST && type != RESPONSE) throw new IllegalArgumentException("type " + type);
        this.type = type;
        state = startState();
        errno = HttpErrno.OK;
        callbackErrno = HttpErrno.OK;
        textLength = 0;
        pairs = 0;
        inHeader = false;
        eventText = null;
        beginMessage();
    }

    private int startState() {
        return type == REQUEST ? S_START_REQ : S_START_RES;
    }

    private void beginMessage() {
        nread = 0;
        method = -1;
        major = minor = status = 0;
        trailing = flushed = false;
        hasContentLength = hasTransferEncoding = chunked = false;
        connClose = connKeepAlive = connUpgrade = upgradeHeader = false;
        upgrade = keepAlive = skipBody = false;
        contentLength = 0;
        textLength = 0;
        pairs = 0;
        inHeader = false;
    }

    /**
     * Parses {@code buf[p, end)} (absolute indexes) until an event; {@link #position()} is then
     * the index of the first byte not consumed. Pass {@link #SKIP_BODY} on the call after a
     * {@link #HEADERS_COMPLETE} whose callback asked for it, and {@link #EOF} (with p == end) at
     * end of input. {@code buf} is not read when p == end and may then be null.
     */
    public int execute(ByteBuffer buf, int p, int end, int flags) {
        eventText = null;
        windowBase = windowEnd = 0; // the caller's memory may have changed since the last call
        if (errno != HttpErrno.OK) {
            position = p;
            return ERROR;
        }
        for (;;) {
            // Steps due at this position, before any further byte.
            if (state >= FIRST_PENDING) {
                switch (state) {
                    case S_HEADERS_END -> {
                        // An error shows at the LF just consumed (parsing stops short of it, so
                        // the caller sees an error even when the input ends with this line).
                        HttpErrno e = endOfHeaders();
                        if (e != HttpErrno.OK) return fail(e, p - 1);
                    }
                    case S_FLUSH_BEFORE_COMPLETE -> {
                        state = S_EMIT_HEADERS_COMPLETE;
                        return flush(p, HttpErrno.CB_headers_complete);
                    }
                    case S_EMIT_HEADERS_COMPLETE -> {
                        state = S_BODY_DECIDE;
                        if (!flushed) {
                            eventText = takeText();
                        }
                        return event(HEADERS_COMPLETE, p, HttpErrno.CB_headers_complete);
                    }
                    case S_BODY_DECIDE -> decideBody((flags & SKIP_BODY) != 0);
                    case S_CHUNK_SIZE_DONE -> {
                        if (contentLength == 0) {
                            trailing = true;
                            nread = 0;
                            textLength = 0;
                            pairs = 0;
                            state = S_FIELD_START;
                        } else {
                            state = S_CHUNK_DATA;
                        }
                    }
                    case S_MESSAGE_DONE -> {
                        state = S_EMIT_MESSAGE_COMPLETE;
                        if (pairs > 0) return flush(p, HttpErrno.CB_message_complete);
                    }
                    case S_EMIT_MESSAGE_COMPLETE -> {
                        state = stateAfterMessage();
                        return event(MESSAGE_COMPLETE, p, HttpErrno.CB_message_complete);
                    }
                    default -> throw new IllegalStateException("state " + state);
                }
                continue;
            }
            if (p >= end) {
                if ((flags & EOF) != 0) {
                    if (state == S_BODY_EOF) {
                        state = S_MESSAGE_DONE;
                        continue;
                    }
                    if (state > S_DEAD) return fail(HttpErrno.INVALID_EOF_STATE, p);
                }
                position = p;
                return NEED_INPUT;
            }
            int c = 0;
            if (state <= LAST_COUNTED) {
                if (state > S_DEAD && ++nread > MAX_HEADER_SIZE) return fail(HttpErrno.HEADER_OVERFLOW, p);
                if (p >= windowEnd) fillWindow(buf, p, end);
                c = window[p - windowBase] & 0xff;
            }
            switch (state) {
                case S_START_REQ, S_START_RES, S_DEAD -> {
                    if (c == '\r' || c == '\n') {
                        p++;
                        continue;
                    }
                    if (state == S_DEAD) return fail(HttpErrno.CLOSED_CONNECTION, p);
                    beginMessage();
                    if (state == S_START_REQ) {
                        state = S_METHOD;
                        methodNode = 0;
                        int q = fastRequestLine(p);
                        if (q >= 0) {
                            p = q;
                            continue;
                        }
                    } else {
                        state = S_HTTP_CONST;
                        constIndex = 0;
                    }
                    continue; // the byte is the message's first: parse it in the new state
                }
                case S_METHOD -> {
                    if (c == ' ' && METHOD_AT[methodNode] >= 0) {
                        method = METHOD_AT[methodNode];
                        state = S_SPACES_BEFORE_URL;
                    } else {
                        int sym = symbol(c);
                        int child = sym < 0 ? 0 : NEXT[methodNode * 27 + sym];
                        if (child == 0) return fail(HttpErrno.INVALID_METHOD, p);
                        methodNode = child;
                    }
                }
                case S_SPACES_BEFORE_URL -> {
                    if (c != ' ') {
                        boolean ok = method == CONNECT ? URL_CHAR[c]
                                : c == '/' || c == '*' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
                        if (!ok) return fail(HttpErrno.INVALID_URL, p);
                        appendByte(c);
                        state = S_URL;
                    }
                }
                case S_URL -> {
                    if (URL_CHAR[c]) {
                        p = appendRun(p, RUN_URL);
                        continue;
                    }
                    switch (c) {
                        case ' ' -> state = S_REQ_HTTP_START;
                        case '\r' -> {
                            major = 0;
                            minor = 9;
                            expectLf(S_FIELD_START);
                        }
                        case '\n' -> {
                            major = 0;
                            minor = 9;
                            state = S_FIELD_START;
                        }
                        default -> {
                            return fail(HttpErrno.INVALID_URL, p);
                        }
                    }
                }
                case S_REQ_HTTP_START -> {
                    if (c == 'H') {
                        state = S_HTTP_CONST;
                        constIndex = 1;
                    } else if (c != ' ') {
                        return fail(HttpErrno.INVALID_CONSTANT, p);
                    }
                }
                case S_HTTP_CONST -> {
                    if (c != HTTP_SLASH[constIndex]) return fail(HttpErrno.INVALID_CONSTANT, p);
                    if (++constIndex == HTTP_SLASH.length) state = S_MAJOR_START;
                }
                case S_MAJOR_START -> {
                    if (!isDigit(c)) return fail(HttpErrno.INVALID_VERSION, p);
                    major = c - '0';
                    state = S_MAJOR;
                }
                case S_MAJOR -> {
                    if (c == '.') {
                        state = S_MINOR_START;
                    } else {
                        if (!isDigit(c)) return fail(HttpErrno.INVALID_VERSION, p);
                        major = major * 10 + c - '0';
                        if (major > 999) return fail(HttpErrno.INVALID_VERSION, p);
                    }
                }
                case S_MINOR_START -> {
                    if (!isDigit(c)) return fail(HttpErrno.INVALID_VERSION, p);
                    minor = c - '0';
                    state = S_MINOR;
                }
                case S_MINOR -> {
                    if (isDigit(c)) {
                        minor = minor * 10 + c - '0';
                        if (minor > 999) return fail(HttpErrno.INVALID_VERSION, p);
                    } else if (type == RESPONSE) {
                        if (c != ' ') return fail(HttpErrno.INVALID_VERSION, p);
                        state = S_STATUS_START;
                    } else if (c == '\r') {
                        expectLf(S_FIELD_START);
                    } else if (c == '\n') {
                        state = S_FIELD_START;
                    } else {
                        return fail(HttpErrno.INVALID_VERSION, p);
                    }
                }
                case S_STATUS_START -> {
                    if (isDigit(c)) {
                        status = c - '0';
                        state = S_STATUS;
                    } else if (c != ' ') {
                        return fail(HttpErrno.INVALID_STATUS, p);
                    }
                }
                case S_STATUS -> {
                    if (isDigit(c)) {
                        status = status * 10 + c - '0';
                        if (status > 999) return fail(HttpErrno.INVALID_STATUS, p);
                    } else if (c == ' ') {
                        state = S_REASON;
                    } else if (c == '\r') {
                        expectLf(S_FIELD_START);
                    } else if (c == '\n') {
                        state = S_FIELD_START;
                    } else {
                        return fail(HttpErrno.INVALID_STATUS, p);
                    }
                }
                case S_REASON -> {
                    if (c == '\r') {
                        expectLf(S_FIELD_START);
                    } else if (c == '\n') {
                        state = S_FIELD_START;
                    } else if (!VALUE_CHAR[c]) {
                        return fail(HttpErrno.INVALID_STATUS, p);
                    }
                }
                case S_FIELD_START -> {
                    if (c == '\r') {
                        expectLf(S_HEADERS_END);
                    } else if (c == '\n') {
                        state = S_HEADERS_END;
                    } else if (c == ' ' || c == '\t') {
                        if (!inHeader) return fail(HttpErrno.INVALID_HEADER_TOKEN, p);
                        folded = true;
                        state = S_VALUE_START;
                    } else if (TOKEN[c]) {
                        if (inHeader) {
                            HttpErrno e = finishHeader();
                            if (e != HttpErrno.OK) return fail(e, p);
                        }
                        if (pairs == MAX_BATCH_PAIRS) {
                            nread--; // the byte is parsed again after the batch
                            if (!trailing) flushed = true;
                            return flush(p, HttpErrno.CB_header_field);
                        }
                        int q = fastHeaderLine(p);
                        if (q >= 0) {
                            p = q;
                            continue;
                        }
                        appendByte(0);
                        fieldStart = textLength;
                        appendByte(c);
                        pairs++;
                        state = S_FIELD;
                    } else {
                        return fail(HttpErrno.INVALID_HEADER_TOKEN, p);
                    }
                }
                case S_FIELD -> {
                    if (TOKEN[c]) {
                        p = appendRun(p, RUN_TOKEN);
                        continue;
                    }
                    if (c != ':') return fail(HttpErrno.INVALID_HEADER_TOKEN, p);
                    special = trailing ? H_OTHER : classifyField();
                    appendByte(0);
                    valueStart = textLength;
                    inHeader = true;
                    folded = false;
                    state = S_VALUE_START;
                }
                case S_VALUE_START, S_VALUE -> {
                    if (c == '\r') {
                        expectLf(S_FIELD_START);
                    } else if (c == '\n') {
                        state = S_FIELD_START;
                    } else if ((c == ' ' || c == '\t') && state == S_VALUE_START) {
                        // leading blanks are not part of the value
                    } else if (VALUE_CHAR[c]) {
                        state = S_VALUE;
                        p = appendRun(p, RUN_VALUE);
                        continue;
                    } else {
                        return fail(HttpErrno.INVALID_HEADER_TOKEN, p);
                    }
                }
                case S_LF -> {
                    if (c != '\n') return fail(HttpErrno.LF_EXPECTED, p);
                    state = afterLf;
                }
                case S_CHUNK_SIZE_START -> {
                    if (HEX[c] < 0) return fail(HttpErrno.INVALID_CHUNK_SIZE, p);
                    contentLength = HEX[c];
                    state = S_CHUNK_SIZE;
                }
                case S_CHUNK_SIZE -> {
                    if (HEX[c] >= 0) {
                        if (contentLength > (Long.MAX_VALUE >> 4)) {
                            return fail(HttpErrno.INVALID_CONTENT_LENGTH, p);
                        }
                        contentLength = contentLength << 4 | HEX[c];
                    } else if (!endChunkSizeLine(c)) {
                        if (c == ' ' || c == '\t') state = S_CHUNK_SIZE_WS;
                        else return fail(HttpErrno.INVALID_CHUNK_SIZE, p);
                    }
                }
                case S_CHUNK_SIZE_WS -> {
                    if (!endChunkSizeLine(c) && c != ' ' && c != '\t') {
                        return fail(HttpErrno.INVALID_CHUNK_SIZE, p);
                    }
                }
                case S_CHUNK_EXT -> {
                    if (c == '\r') {
                        expectLf(S_CHUNK_SIZE_DONE);
                    } else if (c == '\n') {
                        state = S_CHUNK_SIZE_DONE;
                    } else if (!VALUE_CHAR[c]) {
                        return fail(HttpErrno.INVALID_CHUNK_SIZE, p);
                    }
                }
                case S_CHUNK_DATA_END -> {
                    if (c == '\r') {
                        expectLf(S_CHUNK_SIZE_START);
                    } else if (c == '\n') {
                        state = S_CHUNK_SIZE_START;
                    } else {
                        return fail(HttpErrno.STRICT, p);
                    }
                }
                case S_BODY_IDENTITY, S_CHUNK_DATA -> {
                    int n = (int) Math.min(contentLength, end - p);
                    contentLength -= n;
                    if (contentLength == 0) {
                        if (state == S_BODY_IDENTITY) {
                            state = S_MESSAGE_DONE;
                        } else {
                            state = S_CHUNK_DATA_END;
                            nread = 0;
                        }
                    }
                    return body(p, n);
                }
                case S_BODY_EOF -> {
                    return body(p, end - p);
                }
                default -> throw new IllegalStateException("state " + state);
            }
            p++;
        }
    }

    // --- events ----------------------------------------------------------------------------------

    private int event(int event, int p, HttpErrno ifCallbackThrows) {
        position = p;
        callbackErrno = ifCallbackThrows;
        return event;
    }

    private int fail(HttpErrno e, int p) {
        errno = e;
        position = p;
        return ERROR;
    }

    private int flush(int p, HttpErrno ifCallbackThrows) {
        eventText = takeText();
        return event(HEADERS, p, ifCallbackThrows);
    }

    private int body(int p, int n) {
        bodyStart = p;
        bodyLength = n;
        return event(BODY, p + n, HttpErrno.CB_body);
    }

    /** The caller's callback for the last event threw: the parser fails as Node's did. */
    public void callbackFailed() {
        if (errno == HttpErrno.OK) errno = callbackErrno == HttpErrno.OK ? HttpErrno.UNKNOWN : callbackErrno;
    }

    // --- header text -----------------------------------------------------------------------------

    private void ensureCapacity(int more) {
        if (textLength + more > text.length) {
            text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, textLength + more));
        }
    }

    private void appendByte(int c) {
        ensureCapacity(1);
        text[textLength++] = (byte) c;
    }

    private static final int RUN_URL = 0, RUN_TOKEN = 1, RUN_VALUE = 2;
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L, HIGHS = 0x8080808080808080L;

    /** Whether some byte of x is below n (n at most 128; exact as a yes/no answer). */
    private static boolean hasByteBelow(long x, int n) {
        return ((x - ONES * n) & ~x & HIGHS) != 0;
    }

    private static boolean hasByte(long x, int b) {
        return hasByteBelow(x ^ (ONES * b), 1);
    }

    /** Index of the first non-URL byte of w[q - base, limit - base). */
    private static int scanUrl(byte[] w, int base, int q, int limit) {
        while (q + 8 <= limit) {
            long x = (long) LONGS.get(w, q - base);
            if (hasByteBelow(x, 0x21) || hasByte(x, 0x7f)) break;
            q += 8;
        }
        while (q < limit && URL_CHAR[w[q - base] & 0xff]) q++;
        return q;
    }

    /** Index of the first byte that cannot be in a header value (tab and space can). */
    private static int scanValue(byte[] w, int base, int q, int limit) {
        while (q + 8 <= limit) {
            long x = (long) LONGS.get(w, q - base);
            if (hasByteBelow(x, 0x20) || hasByte(x, 0x7f)) break;
            q += 8;
        }
        while (q < limit && VALUE_CHAR[w[q - base] & 0xff]) q++;
        return q;
    }

    private static int scanToken(byte[] w, int base, int q, int limit) {
        while (q < limit && TOKEN[w[q - base] & 0xff]) q++;
        return q;
    }

    /**
     * Appends the byte at p and those after it of the same kind (URL, token or value bytes),
     * staying within the header limit (the byte at p is already counted); returns the index
     * after the run. URLs and values are scanned 8 bytes at a time: a word without control
     * characters, space (URLs) or DEL is all valid; anything else is left to the byte loop.
     */
    private int appendRun(int p, int kind) {
        byte[] w = window;
        int base = windowBase;
        int limit = (int) Math.min(windowEnd, (long) p + 1 + (MAX_HEADER_SIZE - nread));
        int q = switch (kind) {
            case RUN_URL -> scanUrl(w, base, p + 1, limit);
            case RUN_VALUE -> scanValue(w, base, p + 1, limit);
            default -> scanToken(w, base, p + 1, limit);
        };
        append(w, p - base, q - p);
        nread += q - p - 1;
        return q;
    }

    private void append(byte[] from, int offset, int n) {
        ensureCapacity(n);
        System.arraycopy(from, offset, text, textLength, n);
        textLength += n;
    }

    /**
     * The common request line, "METHOD url HTTP/d.d" and CRLF or LF, in one go from the window;
     * returns the index after it, or -1 having changed nothing if the line is anything else, or
     * not all in the window (the state machine then takes it byte by byte).
     */
    private int fastRequestLine(int p) {
        byte[] w = window;
        int base = windowBase;
        int end = (int) Math.min(windowEnd, (long) p + MAX_HEADER_SIZE - nread);
        int q = p;
        int node = 0;
        while (q < end) {
            int sym = symbol(w[q - base]);
            if (sym < 0) break;
            node = NEXT[node * 27 + sym];
            if (node == 0) return -1;
            q++;
        }
        int m = METHOD_AT[node];
        if (q + 2 >= end || w[q - base] != ' ' || m < 0) return -1;
        int c = w[++q - base] & 0xff;
        if (!(m == CONNECT ? URL_CHAR[c] : c == '/' || c == '*' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
            return -1;
        }
        int urlStart = q;
        q = scanUrl(w, base, q + 1, end);
        int urlEnd = q;
        // " HTTP/d.d" then CR LF or LF
        if (q + 10 > end || w[q - base] != ' ' || w[q + 1 - base] != 'H' || w[q + 2 - base] != 'T'
                || w[q + 3 - base] != 'T' || w[q + 4 - base] != 'P' || w[q + 5 - base] != '/'
                || !isDigit(w[q + 6 - base]) || w[q + 7 - base] != '.' || !isDigit(w[q + 8 - base])) {
            return -1;
        }
        int maj = w[q + 6 - base] - '0';
        int min = w[q + 8 - base] - '0';
        q += 9;
        if (w[q - base] == '\n') {
            q++;
        } else if (w[q - base] == '\r' && q + 1 < end && w[q + 1 - base] == '\n') {
            q += 2;
        } else {
            return -1;
        }
        method = m;
        major = maj;
        minor = min;
        append(w, urlStart - base, urlEnd - urlStart);
        nread += q - p;
        state = S_FIELD_START;
        return q;
    }

    /**
     * The common header line, "Name: value" and CR LF or LF, in one go from the window (the
     * byte at p, a token byte, is counted already); returns the index after it, or -1 having
     * changed nothing if the line is anything else or not all in the window.
     */
    private int fastHeaderLine(int p) {
        byte[] w = window;
        int base = windowBase;
        int end = (int) Math.min(windowEnd, (long) p + 1 + (MAX_HEADER_SIZE - nread));
        int q = scanToken(w, base, p + 1, end);
        if (q >= end || w[q - base] != ':') return -1;
        int nameEnd = q++;
        while (q < end && (w[q - base] == ' ' || w[q - base] == '\t')) q++;
        int valueFrom = q;
        q = scanValue(w, base, q, end);
        int valueEnd = q;
        if (q >= end) return -1;
        if (w[q - base] == '\n') {
            q++;
        } else if (w[q - base] == '\r' && q + 1 < end && w[q + 1 - base] == '\n') {
            q += 2;
        } else {
            return -1;
        }
        ensureCapacity(2 + (nameEnd - p) + (valueEnd - valueFrom));
        text[textLength++] = 0;
        fieldStart = textLength;
        append(w, p - base, nameEnd - p);
        special = trailing ? H_OTHER : classifyField();
        text[textLength++] = 0;
        valueStart = textLength;
        append(w, valueFrom - base, valueEnd - valueFrom);
        pairs++;
        inHeader = true;
        folded = false;
        nread += q - p - 1;
        return q;
    }

    /** Copies input from p on into the window: header bytes are read from there, not the buffer. */
    private void fillWindow(ByteBuffer buf, int p, int end) {
        int n = Math.min(end - p, window.length);
        buf.get(p, window, 0, n);
        windowBase = p;
        windowEnd = p + n;
    }

    private String takeText() {
        String s = new String(text, 0, textLength, StandardCharsets.UTF_8);
        textLength = 0;
        pairs = 0;
        if (text.length > 16 * 1024) text = new byte[256]; // pooled parsers keep no huge buffers
        return s;
    }

    // --- headers that steer parsing --------------------------------------------------------------

    private int classifyField() {
        int n = textLength - fieldStart;
        switch (n) {
            case 14: return fieldIs("content-length") ? H_CONTENT_LENGTH : H_OTHER;
            case 17: return fieldIs("transfer-encoding") ? H_TRANSFER_ENCODING : H_OTHER;
            case 10: return fieldIs("connection") ? H_CONNECTION : H_OTHER;
            case 16: return fieldIs("proxy-connection") ? H_CONNECTION : H_OTHER;
            case 7: return fieldIs("upgrade") ? H_UPGRADE : H_OTHER;
            default: return H_OTHER;
        }
    }

    /** Whether the field name equals {@code lower} ignoring ASCII case (names are tokens). */
    private boolean fieldIs(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if ((text[fieldStart + i] | 0x20) != lower.charAt(i)) return false;
        }
        return true;
    }

    /** The header whose value just ended: applies Content-Length, Transfer-Encoding... */
    private HttpErrno finishHeader() {
        inHeader = false;
        switch (special) {
            case H_CONTENT_LENGTH -> {
                if (hasContentLength) return HttpErrno.UNEXPECTED_CONTENT_LENGTH;
                if (folded) return HttpErrno.INVALID_CONTENT_LENGTH;
                long n = parseContentLength(valueStart, textLength);
                if (n < 0) return HttpErrno.INVALID_CONTENT_LENGTH;
                hasContentLength = true;
                contentLength = n;
            }
            case H_TRANSFER_ENCODING -> {
                if (folded) return HttpErrno.INVALID_TRANSFER_ENCODING;
                hasTransferEncoding = true;
                chunked = lastTokenIsChunked(valueStart, textLength);
            }
            case H_CONNECTION -> connectionTokens(valueStart, textLength);
            case H_UPGRADE -> upgradeHeader = true;
            default -> { }
        }
        special = H_OTHER;
        return HttpErrno.OK;
    }

    /** Digits, then optional blanks; -1 if invalid or beyond 2^53 (exactly representable). */
    private long parseContentLength(int from, int to) {
        int i = from;
        long n = 0;
        while (i < to && isDigit(text[i])) {
            n = n * 10 + (text[i] - '0');
            if (n > (1L << 53)) return -1;
            i++;
        }
        if (i == from) return -1;
        while (i < to && (text[i] == ' ' || text[i] == '\t')) i++;
        return i == to ? n : -1;
    }

    private boolean lastTokenIsChunked(int from, int to) {
        int end = to;
        while (end > from && isBlank(text[end - 1])) end--;
        int start = end;
        while (start > from && text[start - 1] != ',') start--;
        while (start < end && isBlank(text[start])) start++;
        return equalsIgnoreCase(start, end, "chunked");
    }

    private void connectionTokens(int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && (isBlank(text[i]) || text[i] == ',')) i++;
            int start = i;
            while (i < to && text[i] != ',') i++;
            int end = i;
            while (end > start && isBlank(text[end - 1])) end--;
            if (equalsIgnoreCase(start, end, "close")) connClose = true;
            else if (equalsIgnoreCase(start, end, "keep-alive")) connKeepAlive = true;
            else if (equalsIgnoreCase(start, end, "upgrade")) connUpgrade = true;
        }
    }

    private boolean equalsIgnoreCase(int start, int end, String lower) {
        if (end - start != lower.length()) return false;
        for (int i = 0; i < lower.length(); i++) {
            int c = text[start + i];
            if (c >= 'A' && c <= 'Z') c |= 0x20;
            if (c != lower.charAt(i)) return false;
        }
        return true;
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private void expectLf(int next) {
        state = S_LF;
        afterLf = next;
    }

    private boolean endChunkSizeLine(int c) {
        switch (c) {
            case '\r' -> expectLf(S_CHUNK_SIZE_DONE);
            case '\n' -> state = S_CHUNK_SIZE_DONE;
            case ';' -> state = S_CHUNK_EXT;
            default -> {
                return false;
            }
        }
        return true;
    }

    // --- message framing -------------------------------------------------------------------------

    /** After the empty line: checks framing and decides what the message is. */
    private HttpErrno endOfHeaders() {
        if (inHeader) {
            HttpErrno e = finishHeader();
            if (e != HttpErrno.OK) return e;
        }
        if (trailing) {
            state = S_MESSAGE_DONE;
            return HttpErrno.OK;
        }
        if (hasTransferEncoding) {
            if (hasContentLength) return HttpErrno.UNEXPECTED_CONTENT_LENGTH;
            if (!chunked && type == REQUEST) return HttpErrno.INVALID_TRANSFER_ENCODING;
        }
        upgrade = type == REQUEST
                ? method == CONNECT || (upgradeHeader && connUpgrade)
                : status == 101 && upgradeHeader && connUpgrade;
        keepAlive = computeKeepAlive();
        state = flushed ? S_FLUSH_BEFORE_COMPLETE : S_EMIT_HEADERS_COMPLETE;
        return HttpErrno.OK;
    }

    private boolean noBodyStatus() {
        return type == RESPONSE && (status / 100 == 1 || status == 204 || status == 304);
    }

    /** Whether only the end of input ends this message's body. */
    private boolean needsEof() {
        return type == RESPONSE && !noBodyStatus() && !skipBody && !chunked && !hasContentLength;
    }

    private boolean computeKeepAlive() {
        boolean alive = major > 0 && minor > 0 ? !connClose : connKeepAlive;
        return alive && !needsEof();
    }

    private void decideBody(boolean skip) {
        skipBody = skip;
        if (upgrade || skip || noBodyStatus()) {
            state = S_MESSAGE_DONE;
        } else if (chunked) {
            state = S_CHUNK_SIZE_START;
            nread = 0;
        } else if (hasContentLength) {
            state = contentLength == 0 ? S_MESSAGE_DONE : S_BODY_IDENTITY;
        } else if (type == REQUEST) {
            state = S_MESSAGE_DONE;
        } else {
            state = S_BODY_EOF;
        }
    }

    private int stateAfterMessage() {
        if (upgrade || status / 100 == 1 && type == RESPONSE) return startState();
        keepAlive = computeKeepAlive();
        return keepAlive ? startState() : S_DEAD;
    }

    // --- results ---------------------------------------------------------------------------------

    /** Index of the first byte not consumed by the last {@link #execute}. */
    public int position() {
        return position;
    }

    /** Whether the last event leaves nothing due before more input (so no call is needed). */
    public boolean idle(int end) {
        return position >= end && state < FIRST_PENDING;
    }

    public int bodyStart() {
        return bodyStart;
    }

    public int bodyLength() {
        return bodyLength;
    }

    /** HEADERS / HEADERS_COMPLETE: URL and header lines as described above; otherwise null. */
    public String text() {
        return eventText;
    }

    public HttpErrno errno() {
        return errno;
    }

    public int type() {
        return type;
    }

    public int method() {
        return method;
    }

    public static String methodName(int index) {
        return METHODS[index];
    }

    public static String[] methodNames() {
        return METHODS.clone();
    }

    public int versionMajor() {
        return major;
    }

    public int versionMinor() {
        return minor;
    }

    public int statusCode() {
        return status;
    }

    /** As at HEADERS_COMPLETE (and recomputed for a skipped body at MESSAGE_COMPLETE). */
    public boolean shouldKeepAlive() {
        return keepAlive;
    }

    public boolean upgrade() {
        return upgrade;
    }
}
