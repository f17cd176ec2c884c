package jnode.binding.http;

/**
 * The parse errors of Node's HTTP parser, by the names Node v0.10 reports as an error's
 * {@code code} ({@code 'HPE_' + name()}), in http_parser's order. A few entries (the callback
 * errors, the URL parts, PAUSED) exist so every name Node code may test for is known; the parser
 * raises only the ones listed in {@link HttpParser}'s rules.
 */
public enum HttpErrno {
    OK,
    CB_message_begin,
    CB_url,
    CB_header_field,
    CB_header_value,
    CB_headers_complete,
    CB_body,
    CB_message_complete,
    INVALID_EOF_STATE,
    HEADER_OVERFLOW,
    CLOSED_CONNECTION,
    INVALID_VERSION,
    INVALID_STATUS,
    INVALID_METHOD,
    INVALID_URL,
    INVALID_HOST,
    INVALID_PORT,
    INVALID_PATH,
    INVALID_QUERY_STRING,
    INVALID_FRAGMENT,
    LF_EXPECTED,
    INVALID_HEADER_TOKEN,
    INVALID_CONTENT_LENGTH,
    UNEXPECTED_CONTENT_LENGTH,
    INVALID_TRANSFER_ENCODING,
    INVALID_CHUNK_SIZE,
    INVALID_CONSTANT,
    INVALID_INTERNAL_STATE,
    STRICT,
    PAUSED,
    UNKNOWN;

    private static final HttpErrno[] ALL = values();

    /** The name Node reports, e.g. {@code HPE_INVALID_METHOD}. */
    public String code() {
        return "HPE_" + name();
    }

    static HttpErrno of(int ordinal) {
        return ALL[ordinal];
    }

    /** Every code, indexed by ordinal (for the JavaScript side, fetched once). */
    public static String[] codes() {
        String[] codes = new String[ALL.length];
        for (int i = 0; i < codes.length; i++) codes[i] = ALL[i].code();
        return codes;
    }
}
