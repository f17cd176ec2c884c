package jnode.binding.http;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static jnode.binding.http.HttpParser.REQUEST;
import static jnode.binding.http.HttpParser.RESPONSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser's rules (see {@link HttpParser}), message by message and event by event. */
class HttpParserTest {

    static List<String> req(String input) {
        return ParserHarness.wholeHarness(REQUEST, input, false).events;
    }

    static List<String> res(String input) {
        return ParserHarness.wholeHarness(RESPONSE, input, false).events;
    }

    static List<String> resEof(String input) {
        return ParserHarness.wholeHarness(RESPONSE, input, true).events;
    }

    static List<String> ev(String... events) {
        return List.of(events);
    }

    static final String MC = "MESSAGE_COMPLETE";

    @Nested
    class RequestLine {
        @Test
        void simpleGet() {
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /hello", MC),
                    req("GET /hello HTTP/1.1\r\n\r\n"));
        }

        @Test
        void everyMethodOfNodeV010() {
            String[] methods = {"DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE",
                "COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "UNLOCK", "REPORT",
                "MKACTIVITY", "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE",
                "PATCH", "PURGE"};
            assertEquals(List.of(methods), List.of(HttpParser.methodNames()));
            for (String m : methods) {
                String url = m.equals("CONNECT") ? "host:443" : "/x";
                List<String> e = req(m + " " + url + " HTTP/1.1\r\n\r\n");
                String upgrade = m.equals("CONNECT") ? " upgrade" : "";
                assertEquals(ev("HEADERS_COMPLETE " + m + " HTTP/1.1 keep-alive" + upgrade + " " + url, MC), e, m);
            }
        }

        @Test
        void unknownMethodsFailAtTheFirstByteNoMethodHas() {
            assertEquals(ev("ERROR HPE_INVALID_METHOD at 0"), req("hello world\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_METHOD at 0"), req("get / HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_METHOD at 3"), req("GETX / HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_METHOD at 2"), req("GE / HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_METHOD at 1"), req("SEARCH / HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_METHOD at 0"), req(" GET / HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_METHOD at 3"), req("GET\t/ HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_METHOD at 1"), req("M_SEARCH * HTTP/1.1\r\n\r\n"));
        }

        @Test
        void emptyLinesBeforeARequestAreSkipped() {
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /", MC),
                    req("\r\n\n\r\nGET / HTTP/1.1\r\n\r\n"));
        }

        @Test
        void urlForms() {
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive http://a.b:8/c?d=e#f", MC),
                    req("GET http://a.b:8/c?d=e#f HTTP/1.1\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE OPTIONS HTTP/1.1 keep-alive *", MC),
                    req("OPTIONS * HTTP/1.1\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /foo/bar/baz?quux=42#1337", MC),
                    req("GET /foo/bar/baz?quux=42#1337 HTTP/1.1\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /hello?foo=%99bar", MC),
                    req("GET /hello?foo=%99bar HTTP/1.1\r\n\r\n"));
            // several spaces around the URL, as v0.10
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /a", MC),
                    req("GET   /a   HTTP/1.1\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE CONNECT HTTP/1.0 upgrade [::1]:443", MC),
                    req("CONNECT [::1]:443 HTTP/1.0\r\n\r\n"));
        }

        @Test
        void urlBytesAbove0x7FAreUtf8() {
            byte[] head = ParserHarness.bytes("GET /caf");
            byte[] tail = ParserHarness.bytes(" HTTP/1.1\r\n\r\n");
            byte[] all = new byte[head.length + 2 + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            all[head.length] = (byte) 0xc3;
            all[head.length + 1] = (byte) 0xa9;
            System.arraycopy(tail, 0, all, head.length + 2, tail.length);
            ParserHarness h = ParserHarness.request();
            h.feed(all);
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /caf\u00e9", MC), h.events);
        }

        @Test
        void badUrls() {
            assertEquals(ev("ERROR HPE_INVALID_URL at 4"), req("GET ?x HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_URL at 4"), req("GET \r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_URL at 6"), req("GET /a\0b HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_URL at 6"), req("GET /a\tb HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_URL at 6"), req("GET /a\u007fb HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_URL at 6"), req("GET /a\u0001b HTTP/1.1\r\n\r\n"));
        }

        @Test
        void requestLineWithoutVersionIsHttp09() {
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/0.9 /", MC), req("GET /\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/0.9 /|A|b", MC), req("GET /\nA: b\n\n"));
        }

        @Test
        void versions() {
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.0 /", MC), req("GET / HTTP/1.0\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/12.345 keep-alive /", MC),
                    req("GET / HTTP/12.345\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_VERSION at 14"), req("GET / HTTP/1000.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_VERSION at 16"), req("GET / HTTP/1.1000\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_VERSION at 11"), req("GET / HTTP/x.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_VERSION at 13"), req("GET / HTTP/1.\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_VERSION at 12"), req("GET / HTTP/1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_VERSION at 14"), req("GET / HTTP/1.1 \r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_CONSTANT at 8"), req("GET / HTXP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_CONSTANT at 6"), req("GET / http/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_CONSTANT at 6"), req("GET / FOO\r\n\r\n"));
            assertEquals(ev("ERROR HPE_LF_EXPECTED at 15"), req("GET / HTTP/1.1\rX\r\n"));
        }
    }

    @Nested
    class StatusLine {
        @Test
        void simpleResponse() {
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 keep-alive |Content-Type|text/plain|Content-Length|4",
                    "BODY pong", MC),
                    res("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\npong"));
        }

        @Test
        void statusWithoutReasonAndOddSpacing() {
            assertEquals(ev("HEADERS_COMPLETE 204 HTTP/1.1 keep-alive ", MC), res("HTTP/1.1 204\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE 204 HTTP/1.1 keep-alive ", MC), res("HTTP/1.1   204   No  Content \r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE 204 HTTP/1.1 keep-alive ", MC), res("HTTP/1.1 204\n\n"));
            assertEquals(ev("HEADERS_COMPLETE 2 HTTP/1.1 ", "BODY x", MC), resEof("HTTP/1.1 2 odd\r\n\r\nx"));
        }

        @Test
        void badStatusLines() {
            assertEquals(ev("ERROR HPE_INVALID_CONSTANT at 0"), res("bad http - should trigger parse error\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_CONSTANT at 4"), res("HTTP1.1 200 OK\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_STATUS at 9"), res("HTTP/1.1 abc\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_STATUS at 12"), res("HTTP/1.1 1000 OK\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_STATUS at 12"), res("HTTP/1.1 200x OK\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_STATUS at 9"), res("HTTP/1.1 \r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_STATUS at 14"), res("HTTP/1.1 200 O\0K\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_VERSION at 8"), res("HTTP/1.1\r\n\r\n"));
            assertEquals(ev("ERROR HPE_LF_EXPECTED at 16"), res("HTTP/1.1 200 OK\rX"));
        }

        @Test
        void emptyLinesBeforeAResponseAreSkipped() {
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 keep-alive |Content-Length|0", MC),
                    res("\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"));
        }
    }

    @Nested
    class Headers {
        @Test
        void orderCaseAndWhitespace() {
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.0 /|X-Filler|1337|X-Filler|42|X-Filler2|42", MC),
                    req("GET / HTTP/1.0\r\nX-Filler: 1337\r\nX-Filler:   42\r\nX-Filler2:  42\r\n\r\n"));
            // leading blanks dropped, trailing kept (v0.10), tabs inside kept
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /|a|b \t|C|d\te", MC),
                    req("GET / HTTP/1.1\r\na:\t b \t\r\nC:d\te\r\n\r\n"));
        }

        @Test
        void emptyValues() {
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /blah|Host|h|Cookie||Origin|o", MC),
                    req("GET /blah HTTP/1.1\r\nHost: h\r\nCookie:\r\nOrigin: o\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /|A|", MC), req("GET / HTTP/1.1\r\nA:   \r\n\r\n"));
        }

        @Test
        void foldedLinesJoinWithoutSeparator() {
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 |Connection|close|Content-Length|2"
                            + "|Content-Type|text/plain;x-unix-mode=0600;name=\"hello.txt\"", "BODY ok", MC),
                    res("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n"
                            + "Content-Type: text/plain;\r\n x-unix-mode=0600;\r\n\t name=\"hello.txt\"\r\n\r\nok"));
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /|A|b|C|d", MC),
                    req("GET / HTTP/1.1\r\nA:\r\n b\r\n   \r\nC: d\r\n\r\n"));
        }

        @Test
        void foldBeforeAnyHeaderFails() {
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 16"), req("GET / HTTP/1.1\r\n Foo: bar\r\n\r\n"));
        }

        @Test
        void badNames() {
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 19"), req("GET / HTTP/1.1\r\nFoo : bar\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 16"), req("GET / HTTP/1.1\r\n: bar\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 18"), req("GET / HTTP/1.1\r\nFo\0o: bar\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 19"), req("GET / HTTP/1.1\r\nFoo\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 18"), req("GET / HTTP/1.1\r\nFo(o: bar\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 16"), req("GET / HTTP/1.1\r\n\u00e9: bar\r\n\r\n"));
        }

        @Test
        void badValues() {
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 22"), req("GET / HTTP/1.1\r\nFoo: b\0ar\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 21"), req("GET / HTTP/1.1\r\nFoo: \0\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 22"), req("GET / HTTP/1.1\r\nFoo: b\u0001ar\r\n\r\n"));
            assertEquals(ev("ERROR HPE_INVALID_HEADER_TOKEN at 22"), req("GET / HTTP/1.1\r\nFoo: b\u007far\r\n\r\n"));
            assertEquals(ev("ERROR HPE_LF_EXPECTED at 24"), req("GET / HTTP/1.1\r\nFoo: ba\rr\r\n\r\n"));
            assertEquals(ev("ERROR HPE_LF_EXPECTED at 17"), req("GET / HTTP/1.1\r\n\rX"));
        }

        @Test
        void valueBytesAbove0x7FAreUtf8() {
            ParserHarness h = ParserHarness.request();
            byte[] b = ParserHarness.bytes("GET / HTTP/1.1\r\nX: \u00e2\u0082\u00ac \u00ff\r\n\r\n");
            h.feed(b);
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /|X|\u20ac \ufffd", MC), h.events);
        }

        @Test
        void bareLfLineEnds() {
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /|A|b|Content-Length|1", "BODY x", MC),
                    req("POST / HTTP/1.1\nA: b\r\nContent-Length: 1\n\nx"));
        }

        @Test
        void thirtyTwoHeadersArriveWithHeadersComplete() {
            StringBuilder s = new StringBuilder("GET /u HTTP/1.1\r\n");
            StringBuilder expect = new StringBuilder("/u");
            for (int i = 0; i < 32; i++) {
                s.append("H").append(i).append(": ").append(i).append("\r\n");
                expect.append("|H").append(i).append('|').append(i);
            }
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive " + expect, MC), req(s + "\r\n"));
        }

        @Test
        void moreThanThirtyTwoHeadersGoOutInBatches() {
            StringBuilder s = new StringBuilder("GET /u HTTP/1.1\r\n");
            StringBuilder first = new StringBuilder("/u");
            for (int i = 0; i < 33; i++) {
                s.append("H").append(i).append(": ").append(i).append("\r\n");
                if (i < 32) first.append("|H").append(i).append('|').append(i);
            }
            assertEquals(ev("HEADERS " + first, "HEADERS |H32|32", "HEADERS_COMPLETE GET HTTP/1.1 keep-alive (flushed)", MC),
                    req(s + "\r\n"));
        }

        @Test
        void sixtyFourHeadersGoOutAsTwoBatches() {
            StringBuilder s = new StringBuilder("HTTP/1.1 200 OK\r\n");
            for (int i = 0; i < 64; i++) s.append("X-Filler: 42\r\n");
            List<String> e = res(s + "Content-Length: 0\r\n\r\n");
            assertEquals(5, e.size(), e.toString());
            assertEquals("HEADERS " + "|X-Filler|42".repeat(32), e.get(0));
            assertEquals("HEADERS " + "|X-Filler|42".repeat(32), e.get(1));
            assertEquals("HEADERS |Content-Length|0", e.get(2));
            assertEquals("HEADERS_COMPLETE 200 HTTP/1.1 keep-alive (flushed)", e.get(3));

            List<String> exact = res("HTTP/1.1 200 OK\r\n" + "X-Filler: 42\r\n".repeat(64) + "\r\n");
            // the batch due at the end of the headers is never empty: the line that started it is in it
            assertEquals(ev("HEADERS " + "|X-Filler|42".repeat(32), "HEADERS " + "|X-Filler|42".repeat(32),
                    "HEADERS_COMPLETE 200 HTTP/1.1 (flushed)"), exact);
        }

        @Test
        void batchesRestartForEachMessage() {
            String many = "GET /a HTTP/1.1\r\n" + "A: b\r\n".repeat(33) + "\r\n";
            List<String> e = req(many + "GET /b HTTP/1.1\r\nC: d\r\n\r\n");
            assertEquals("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /b|C|d", e.get(e.size() - 2));
        }

        @Test
        void headerSectionLimitIs80KiB() {
            String line = "GET / HTTP/1.1\r\n";
            String name = "X: ";
            int fill = HttpParser.MAX_HEADER_SIZE - line.length() - name.length() - 4; // "\r\n\r\n"
            String ok = line + name + "a".repeat(fill) + "\r\n\r\n";
            assertEquals(HttpParser.MAX_HEADER_SIZE, ok.length());
            List<String> e = req(ok);
            assertEquals(MC, e.get(e.size() - 1));
            String over = line + name + "a".repeat(fill + 1) + "\r\n\r\n";
            assertEquals(ev("ERROR HPE_HEADER_OVERFLOW at " + HttpParser.MAX_HEADER_SIZE), req(over));
            // the limit holds however the input is cut, and counts every part of the section
            assertEquals(ev("ERROR HPE_HEADER_OVERFLOW at " + HttpParser.MAX_HEADER_SIZE),
                    ParserHarness.split(REQUEST, over, false, 100, 5000, 81000));
            String manyLines = line + "A: b\r\n".repeat(14000);
            assertEquals(ev("HEADERS /|" + "A|b|".repeat(31) + "A|b"),
                    req(manyLines).subList(0, 1));
            List<String> m = req(manyLines);
            assertEquals("ERROR HPE_HEADER_OVERFLOW at " + HttpParser.MAX_HEADER_SIZE, m.get(m.size() - 1));
            // a long URL counts too
            assertEquals(ev("ERROR HPE_HEADER_OVERFLOW at " + HttpParser.MAX_HEADER_SIZE),
                    req("GET /" + "u".repeat(HttpParser.MAX_HEADER_SIZE) + " HTTP/1.1\r\n\r\n"));
        }

        @Test
        void limitStartsAgainForEachMessage() {
            String big = "GET / HTTP/1.1\r\nX: " + "a".repeat(60_000) + "\r\n\r\n";
            List<String> e = req(big + big);
            assertEquals(4, e.size());
            assertEquals(MC, e.get(3));
        }
    }

    @Nested
    class ContentLength {
        @Test
        void body() {
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /it|Content-Type|application/x-www-form-urlencoded|Content-Length|15",
                            "BODY foo=42&bar=1337", MC),
                    req("POST /it HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: 15\r\n\r\nfoo=42&bar=1337"));
        }

        @Test
        void zeroAndBlanks() {
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /|Content-Length|0", MC),
                    req("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /|content-length|3  ", "BODY abc", MC),
                    req("POST / HTTP/1.1\r\ncontent-length:   3  \r\n\r\nabc"));
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /|CONTENT-LENGTH|003", "BODY abc", MC),
                    req("POST / HTTP/1.1\r\nCONTENT-LENGTH: 003\r\n\r\nabc"));
        }

        @Test
        void invalidValues() {
            for (String v : new String[] {"abc", "-1", "+1", "1 2", "", "1,1", "0x10", "1.0", "99999999999999999999"}) {
                List<String> e = req("POST / HTTP/1.1\r\nContent-Length: " + v + "\r\nA: b\r\n\r\n");
                assertEquals(ev("ERROR HPE_INVALID_CONTENT_LENGTH at " + (35 + v.length())), e, v);
            }
        }

        @Test
        void repeatedOrConflictingLengthsAreRefused() {
            assertEquals(ev("ERROR HPE_UNEXPECTED_CONTENT_LENGTH at 56"),
                    req("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx"));
            assertEquals(ev("ERROR HPE_UNEXPECTED_CONTENT_LENGTH at 56"),
                    req("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxy"));
            // with Transfer-Encoding: found at the end of the headers (at its LF)
            assertEquals(ev("ERROR HPE_UNEXPECTED_CONTENT_LENGTH at 65"),
                    req("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n"));
            assertEquals(ev("ERROR HPE_UNEXPECTED_CONTENT_LENGTH at 65"),
                    req("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n1\r\nx\r\n0\r\n\r\n"));
            assertEquals(ev("ERROR HPE_UNEXPECTED_CONTENT_LENGTH at 62"),
                    req("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\nContent-Length: 1\r\n\r\nx"));
            assertEquals(ev("ERROR HPE_UNEXPECTED_CONTENT_LENGTH at 65"),
                    res("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n"));
        }

        @Test
        void foldedLengthIsRefused() {
            assertEquals(ev("ERROR HPE_INVALID_CONTENT_LENGTH at 39"),
                    req("POST / HTTP/1.1\r\nContent-Length:\r\n 1\r\n\r\nx"));
        }

        @Test
        void lengthsInTrailersMeanNothing() {
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /|Transfer-Encoding|chunked", "BODY x",
                            "HEADERS |Content-Length|5|Transfer-Encoding|gzip", MC),
                    req("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n"
                            + "Content-Length: 5\r\nTransfer-Encoding: gzip\r\n\r\n"));
        }

        @Test
        void largeLength() {
            ParserHarness h = ParserHarness.request();
            h.feed("POST / HTTP/1.1\r\nContent-Length: 9007199254740992\r\n\r\nabc");
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /|Content-Length|9007199254740992", "BODY abc"),
                    h.events);
            assertEquals(ev("ERROR HPE_INVALID_CONTENT_LENGTH at 52"),
                    req("POST / HTTP/1.1\r\nContent-Length: 9007199254740993\r\n\r\nabc"));
        }
    }

    @Nested
    class Chunked {
        static final String HEAD = "POST /it HTTP/1.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n";
        static final String HC = "HEADERS_COMPLETE POST HTTP/1.1 keep-alive /it|Content-Type|text/plain|Transfer-Encoding|chunked";

        @Test
        void chunks() {
            assertEquals(ev(HC, "BODY 123", "BODY 123456", "BODY 1234567890", MC),
                    req(HEAD + "3\r\n123\r\n6\r\n123456\r\nA\r\n1234567890\r\n0\r\n\r\n"));
        }

        @Test
        void lastChunkWithoutFinalLineIsNotComplete() {
            assertEquals(ev(HC, "BODY 123"), req(HEAD + "3\r\n123\r\n0\r\n"));
        }

        @Test
        void trailersComeAfterTheBody() {
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /it|Transfer-Encoding|chunked", "BODY ping",
                            "HEADERS |Vary|*|Content-Type|text/plain", MC),
                    req("POST /it HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nping\r\n0\r\n"
                            + "Vary: *\r\nContent-Type: text/plain\r\n\r\n"));
        }

        @Test
        void manyTrailersGoOutInBatches() {
            List<String> e = req(HEAD + "0\r\n" + "T: v\r\n".repeat(40) + "\r\n");
            assertEquals(ev(HC, "HEADERS " + "|T|v".repeat(32), "HEADERS " + "|T|v".repeat(8), MC), e);
        }

        @Test
        void sizesExtensionsAndCase() {
            assertEquals(ev(HC, "BODY 0123456789abcdef0123456789ABCDEF", "BODY x", MC),
                    req(HEAD + "00020;name=value;q=\"a b\"\r\n0123456789abcdef0123456789ABCDEF\r\n"
                            + "1 \t ; ext\r\nx\r\n0;last\r\n\r\n"));
            assertEquals(ev(HC, "BODY abc", MC), req(HEAD + "3 \r\nabc\r\n0\r\n\r\n"));
            assertEquals(ev(HC, "BODY " + "z".repeat(255), MC), req(HEAD + "fF\r\n" + "z".repeat(255) + "\r\n0\r\n\r\n"));
        }

        @Test
        void badChunkSizes() {
            int at = HEAD.length();
            assertEquals(ev(HC, "ERROR HPE_INVALID_CHUNK_SIZE at " + at), req(HEAD + "x\r\n"));
            assertEquals(ev(HC, "ERROR HPE_INVALID_CHUNK_SIZE at " + at), req(HEAD + "\r\n"));
            assertEquals(ev(HC, "ERROR HPE_INVALID_CHUNK_SIZE at " + at), req(HEAD + "-1\r\n"));
            assertEquals(ev(HC, "ERROR HPE_INVALID_CHUNK_SIZE at " + (at + 1)), req(HEAD + "1x\r\nx\r\n"));
            assertEquals(ev(HC, "ERROR HPE_INVALID_CHUNK_SIZE at " + (at + 2)), req(HEAD + "1 x\r\nx\r\n"));
            assertEquals(ev(HC, "ERROR HPE_INVALID_CHUNK_SIZE at " + (at + 3)), req(HEAD + "1;a\0\r\nx\r\n"));
            assertEquals(ev(HC, "ERROR HPE_INVALID_CONTENT_LENGTH at " + (at + 15)), req(HEAD + "fffffffffffffffff\r\n"));
            assertEquals(ev(HC, "ERROR HPE_LF_EXPECTED at " + (at + 2)), req(HEAD + "1\rx"));
        }

        @Test
        void chunkDataMustEndWithALineEnd() {
            int at = HEAD.length();
            assertEquals(ev(HC, "BODY ping", "ERROR HPE_STRICT at " + (at + 7)), req(HEAD + "4\r\npingXY0\r\n\r\n"));
            assertEquals(ev(HC, "BODY ping", "ERROR HPE_LF_EXPECTED at " + (at + 8)), req(HEAD + "4\r\nping\rX"));
            assertEquals(ev(HC, "BODY ping", MC), req(HEAD + "4\nping\n0\n\n"));
        }

        @Test
        void chunkSizeLineIsLimited() {
            String ext = ";" + "e".repeat(HttpParser.MAX_HEADER_SIZE);
            List<String> e = req(HEAD + "1" + ext + "\r\nx\r\n0\r\n\r\n");
            assertEquals(ev(HC, "ERROR HPE_HEADER_OVERFLOW at " + (HEAD.length() + HttpParser.MAX_HEADER_SIZE)), e);
        }

        @Test
        void transferEncodingIsATokenList() {
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /|Transfer-Encoding|gzip, Chunked ", "BODY x", MC),
                    req("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, Chunked \r\n\r\n1\r\nx\r\n0\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /|Transfer-Encoding|gzip|Transfer-Encoding|chunked",
                            "BODY x", MC),
                    req("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n"));
        }

        @Test
        void requestsWhoseLastCodingIsNotChunkedAreRefused() {
            // detected once the headers are complete: the position is the last LF
            for (String te : new String[] {": chunked, gzip", ": identity", ": chunke", ": chunked;x", ":\r\n chunked", ":"}) {
                String input = "POST / HTTP/1.1\r\nTransfer-Encoding" + te + "\r\n\r\n";
                assertEquals(ev("ERROR HPE_INVALID_TRANSFER_ENCODING at " + (input.length() - 1)), req(input), te);
            }
        }

        @Test
        void responsesWhoseLastCodingIsNotChunkedReadToTheEnd() {
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 |Transfer-Encoding|gzip", "BODY 1\r\nx\r\n0\r\n\r\n", MC),
                    resEof("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n1\r\nx\r\n0\r\n\r\n"));
        }

        @Test
        void chunkedResponse() {
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 keep-alive |Transfer-Encoding|chunked", "BODY hello", MC,
                            "HEADERS_COMPLETE 200 HTTP/1.1 keep-alive |Content-Length|0", MC),
                    res("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
                            + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"));
        }
    }

    @Nested
    class KeepAlive {
        @Test
        void versionAndConnectionHeader() {
            String[] responses = {
                "HTTP/1.0 200 ok\r\nContent-Length: 0\r\n\r\n",
                "HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n",
                "HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                "HTTP/1.1 200 ok\r\nContent-Length: 0\r\n\r\n",
                "HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n",
                "HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                "HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: Upgrade, CLOSE\r\n\r\n",
                "HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: foo ,Keep-Alive\r\n\r\n",
                "HTTP/1.0 200 ok\r\nContent-Length: 0\r\nProxy-Connection: keep-alive\r\n\r\n",
                "HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: closed\r\n\r\n",
            };
            boolean[] expected = {false, true, false, true, true, false, false, true, true, true};
            for (int i = 0; i < responses.length; i++) {
                ParserHarness h = ParserHarness.response();
                h.feed(responses[i]);
                assertEquals(expected[i], h.events.get(0).contains("keep-alive"), responses[i]);
            }
        }

        @Test
        void bodyUntilEndOfInputNeverKeepsAlive() {
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 |Connection|keep-alive", "BODY I AM THE WALRUS", MC),
                    resEof("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n\r\nI AM THE WALRUS"));
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/0.9 ", "BODY I AM THE WALRUS", MC),
                    resEof("HTTP/0.9 200 OK\r\n\r\nI AM THE WALRUS"));
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 ", MC), resEof("HTTP/1.1 200 OK\r\n\r\n"));
        }

        @Test
        void requestsWithoutLengthHaveNoBody() {
            assertEquals(ev("HEADERS_COMPLETE POST HTTP/1.1 keep-alive /", MC,
                            "HEADERS_COMPLETE GET HTTP/1.1 keep-alive /2", MC),
                    req("POST / HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n"));
        }

        @Test
        void dataAfterAClosingMessageIsRefused() {
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.0 /", MC, "ERROR HPE_CLOSED_CONNECTION at 22"),
                    req("GET / HTTP/1.0\r\n\r\n\r\n\r\nGET / HTTP/1.0\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 /|Connection|close", MC),
                    req("GET / HTTP/1.1\r\nConnection: close\r\n\r\n\r\n\n"));
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.0 |Content-Length|2", "BODY hi", MC, "ERROR HPE_CLOSED_CONNECTION at 40"),
                    res("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhiX"));
        }

        @Test
        void dataAfterAKeptAliveResponseIsTheNextResponse() {
            assertEquals(ev("HEADERS_COMPLETE 302 HTTP/1.1 keep-alive |Content-Length|0", MC,
                            "ERROR HPE_INVALID_CONSTANT at 48"),
                    res("HTTP/1.1 302 Object Moved\r\nContent-Length: 0\r\n\r\nhi world"));
        }
    }

    @Nested
    class Upgrade {
        @Test
        void upgradeRequestStopsAfterHeaders() {
            String head = "GET /demo HTTP/1.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n\r\n";
            ParserHarness h = ParserHarness.request();
            h.feed(head + "\u00ffWjN}|M(6");
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive upgrade /demo|Upgrade|WebSocket|Connection|Upgrade", MC),
                    h.events);
            assertEquals(head.length(), h.upgradeStop);
        }

        @Test
        void upgradeIgnoresABody() {
            String head = "POST / HTTP/1.1\r\nUpgrade: x\r\nConnection: keep-alive, upgrade\r\nContent-Length: 3\r\n\r\n";
            ParserHarness h = ParserHarness.request();
            h.feed(head + "abc");
            assertEquals(head.length(), h.upgradeStop);
            assertEquals(MC, h.events.get(1));
        }

        @Test
        void upgradeHeaderAloneIsNotAnUpgrade() {
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /|Upgrade|websocket", MC),
                    req("GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n"));
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /|Connection|upgrade", MC),
                    req("GET / HTTP/1.1\r\nConnection: upgrade\r\n\r\n"));
        }

        @Test
        void connectStopsAfterHeaders() {
            String head = "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com\r\n\r\n";
            ParserHarness h = ParserHarness.request();
            h.feed(head + "\u0016\u0003\u0001");
            assertEquals(head.length(), h.upgradeStop);
        }

        @Test
        void switchingProtocolsResponse() {
            String head = "HTTP/1.1 101\r\nhello: world\r\nconnection: upgrade\r\nupgrade: websocket\r\n\r\n";
            ParserHarness h = ParserHarness.response();
            h.feed(head + "nurtzo");
            assertEquals(ev("HEADERS_COMPLETE 101 HTTP/1.1 keep-alive upgrade |hello|world|connection|upgrade|upgrade|websocket", MC),
                    h.events);
            assertEquals(head.length(), h.upgradeStop);
        }

        @Test
        void upgradeHeadersOnOrdinaryResponsesAreNotAnUpgrade() {
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 keep-alive |Upgrade|h2c|Connection|Upgrade|Content-Length|2", "BODY ok", MC),
                    res("HTTP/1.1 200 OK\r\nUpgrade: h2c\r\nConnection: Upgrade\r\nContent-Length: 2\r\n\r\nok"));
        }
    }

    @Nested
    class ResponsesWithoutBody {
        @Test
        void status204And304HaveNoBodyWhateverTheHeadersSay() {
            assertEquals(ev("HEADERS_COMPLETE 204 HTTP/1.1 keep-alive |Transfer-Encoding|chunked", MC,
                            "HEADERS_COMPLETE 304 HTTP/1.1 keep-alive |Content-Length|5", MC),
                    res("HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + "HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n"));
        }

        @Test
        void informationalThenFinal() {
            assertEquals(ev("HEADERS_COMPLETE 100 HTTP/1.1 keep-alive ", MC,
                            "HEADERS_COMPLETE 200 HTTP/1.1 keep-alive |Content-Length|2", "BODY ok", MC),
                    res("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));
            assertEquals(ev("HEADERS_COMPLETE 100 HTTP/1.0 ", MC, "HEADERS_COMPLETE 200 HTTP/1.0 |Content-Length|2", "BODY ok", MC),
                    res("HTTP/1.0 100 Continue\r\n\r\nHTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok"));
        }

        @Test
        void skippedBodyForHead() {
            ParserHarness h = ParserHarness.response();
            h.skipBody = p -> p.statusCode() == 200;
            h.feed("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno");
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 keep-alive |Content-Length|5", MC,
                    "HEADERS_COMPLETE 404 HTTP/1.1 keep-alive |Content-Length|2", "BODY no", MC), h.events);
        }

        @Test
        void skippedBodyWithoutLengthKeepsTheConnectionUsable() {
            ParserHarness h = ParserHarness.response();
            h.skipBody = p -> true;
            h.feed("HTTP/1.1 200 OK\r\n\r\nHTTP/1.1 200 OK\r\n\r\n");
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 ", MC, "HEADERS_COMPLETE 200 HTTP/1.1 ", MC), h.events);
        }
    }

    @Nested
    class EndOfInput {
        @Test
        void betweenMessagesIsFine() {
            ParserHarness h = ParserHarness.request();
            assertTrue(h.finish());
            h.feed("GET / HTTP/1.1\r\n\r\n\r\n");
            assertTrue(h.finish());
            assertTrue(h.finish());
            assertEquals(ev("HEADERS_COMPLETE GET HTTP/1.1 keep-alive /", MC), h.events);
        }

        @Test
        void completesABodyReadToTheEnd() {
            ParserHarness h = ParserHarness.response();
            h.feed("HTTP/1.1 200 OK\r\n\r\nab");
            h.feed("cd");
            assertTrue(h.finish());
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 ", "BODY ab", "BODY cd", MC), h.events);
            assertTrue(h.finish());
            assertEquals(4, h.events.size());
        }

        @Test
        void insideAMessageIsAnError() {
            String[] partial = {"GET", "GET / HTTP/1.1\r\n", "GET / HTTP/1.1\r\nA: b\r\n",
                "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"};
            for (String p : partial) {
                ParserHarness h = ParserHarness.request();
                h.feed(p);
                assertFalse(h.finish(), p);
                assertEquals("ERROR HPE_INVALID_EOF_STATE at 0", h.events.get(h.events.size() - 1));
            }
        }
    }

    @Nested
    class Failures {
        @Test
        void anErrorSticksUntilReset() {
            ParserHarness h = ParserHarness.request();
            assertEquals(-1, h.feed("XYZ"));
            h.events.clear();
            h.feed("GET / HTTP/1.1\r\n\r\n");
            assertEquals(ev("ERROR HPE_INVALID_METHOD at 0"), h.events);
            assertFalse(h.finish());
            h.parser.reset(HttpParser.RESPONSE);
            h.events.clear();
            h.feed("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            assertEquals(ev("HEADERS_COMPLETE 200 HTTP/1.1 keep-alive |Content-Length|0", MC), h.events);
        }

        @Test
        void aThrowingCallbackFailsTheParser() {
            HttpParser p = new HttpParser(REQUEST);
            ByteBuffer b = ByteBuffer.wrap(ParserHarness.bytes("GET / HTTP/1.1\r\n\r\n"));
            assertEquals(HttpParser.HEADERS_COMPLETE, p.execute(b, 0, b.capacity(), 0));
            p.callbackFailed();
            assertEquals(HttpParser.ERROR, p.execute(b, p.position(), b.capacity(), 0));
            assertEquals(HttpErrno.CB_headers_complete, p.errno());
            assertEquals("HPE_CB_headers_complete", p.errno().code());

            p.reset(REQUEST);
            b = ByteBuffer.wrap(ParserHarness.bytes("POST / HTTP/1.1\r\nContent-Length: 1\r\n\r\nx"));
            int pos = 0;
            int e;
            while ((e = p.execute(b, pos, b.capacity(), 0)) != HttpParser.BODY) pos = p.position();
            p.callbackFailed();
            assertEquals(HttpErrno.CB_body, p.errno());
        }

        @Test
        void parsersSharingAWindowMayInterleave() {
            byte[] window = new byte[HttpParser.WINDOW_SIZE];
            HttpParser a = new HttpParser(REQUEST, window);
            HttpParser b = new HttpParser(RESPONSE, window);
            ByteBuffer in1 = ByteBuffer.wrap(ParserHarness.bytes("GET /a HTTP/1.1\r\nX: 1\r\n\r\nGET /b HTTP/1.1\r\n\r\n"));
            ByteBuffer in2 = ByteBuffer.wrap(ParserHarness.bytes("HTTP/1.1 200 OK\r\nY: 2\r\nContent-Length: 0\r\n\r\n"));
            List<String> seen = new ArrayList<>();
            int pa = 0, pb = 0;
            for (int i = 0; i < 12; i++) { // alternate single events of both parsers
                if (a.execute(in1, pa, in1.capacity(), 0) == HttpParser.HEADERS_COMPLETE) seen.add(a.text());
                pa = a.position();
                if (b.execute(in2, pb, in2.capacity(), 0) == HttpParser.HEADERS_COMPLETE) seen.add(b.text());
                pb = b.position();
            }
            assertEquals(List.of("/a|X|1", "|Y|2|Content-Length|0", "/b"), seen.stream().map(ParserHarness::show).toList());
        }

        @Test
        void typeMustBeRequestOrResponse() {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new HttpParser(2));
        }
    }

    @Nested
    class Splitting {
        /** Messages of every kind above, parsed whole, cut in two everywhere, and byte by byte. */
        final Object[][] corpus = {
            {REQUEST, "GET /hello HTTP/1.1\r\nHost: a\r\n\r\n", false},
            {REQUEST, "\r\nPOST /it HTTP/1.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3\r\n123\r\n6;x=y\r\n123456\r\nA\r\n1234567890\r\n0\r\nVary: *\r\nA:\r\n b\r\n\r\n", false},
            {REQUEST, "PUT /this HTTP/1.1\r\nContent-Length: 4\r\n\r\npingGET /that HTTP/1.0\r\nX: y \r\n\r\n", false},
            {REQUEST, "GET / HTTP/1.1\r\n" + "X-Filler: 42\r\n".repeat(70) + "\r\n", false},
            {REQUEST, "GET /demo HTTP/1.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n\r\nWjN}|M(6", false},
            {REQUEST, "CONNECT h:1 HTTP/1.1\r\n\r\nrest", false},
            {REQUEST, "GET /\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.1\r\nContent-Length: x\r\n\r\n", false},
            {REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\npingXY", false},
            {REQUEST, "GET / HTTP/1.0\r\n\r\nGET", false},
            {REQUEST, "GET / HTTP/1.1\r\nFoo: b\0r\r\n\r\n", false},
            {RESPONSE, "HTTP/1.1 200 OK\r\nContent-Type: text/plain;\r\n x=y\r\nContent-Length: 4\r\n\r\npong", false},
            {RESPONSE, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK\r\n\r\nuntil the end", true},
            {RESPONSE, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\nHTTP/1.1 304 x\r\n\r\n", false},
            {RESPONSE, "HTTP/1.1 101\r\nconnection: upgrade\r\nupgrade: websocket\r\n\r\nnurtzo", false},
            {RESPONSE, "HTTP/1.1 302 Object Moved\r\nContent-Length: 0\r\n\r\nhi world", false},
            {RESPONSE, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", true},
            // lines longer than the parser's 2 KiB window and lines across its edges
            {REQUEST, "POST /" + "p".repeat(2100) + " HTTP/1.1\r\nCookie: " + "c".repeat(3000) + "\r\n"
                    + "X-Pad: " + "v".repeat(2030) + "\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\n\r\n", false},
        };

        @Test
        void everyCutGivesTheSameEvents() {
            for (Object[] c : corpus) {
                int type = (Integer) c[0];
                String input = (String) c[1];
                boolean eof = (Boolean) c[2];
                List<String> whole = ParserHarness.whole(type, input, eof);
                for (int i = 1; i < input.length(); i++) {
                    assertEquals(whole, ParserHarness.split(type, input, eof, i), "cut at " + i + " of " + input);
                }
                for (int i = 1; i < input.length() && input.length() < 600; i++) {
                    for (int j = i + 1; j < input.length(); j += 7) {
                        assertEquals(whole, ParserHarness.split(type, input, eof, i, j), "cuts " + i + "," + j);
                    }
                }
                int[] every = new int[input.length() - 1];
                for (int i = 0; i < every.length; i++) every[i] = i + 1;
                assertEquals(whole, ParserHarness.split(type, input, eof, every), "byte by byte: " + input);
            }
        }

        /**
         * Random messages (valid and broken) parse the same in one piece, cut at random places
         * and byte by byte: the whole-line fast paths and the byte-wise state machine agree.
         */
        @Test
        void randomMessagesParseTheSameHoweverCut() {
            java.util.Random random = new java.util.Random(20260110);
            // name, then values that make sense for it (mostly) and rarely something broken
            String[][] headers = {
                {"Host", "example.com", "", "  padded  ", "a\tb", "\u00e9t\u00e9"},
                {"Content-Length", "0", "5", "3", "5 "},
                {"Transfer-Encoding", "chunked", "gzip, chunked", "Chunked"},
                {"Connection", "keep-alive", "close", "upgrade", "Keep-Alive, Upgrade"},
                {"Upgrade", "websocket"},
                {"X-A", "1", "two words", ""},
            };
            String[] broken = {"Bad Name: x", ": x", "X: x\0y", "Content-Length: 12x", "Transfer-Encoding: gzip",
                "X: \u0001", "X\r\n"};
            String[] bodies = {"", "hello", "5\r\nhello\r\n0\r\n\r\n", "3;e=1\r\nabc\r\n0\r\nT: v\r\n\r\n", "zz\r\n"};
            for (int round = 0; round < 1500; round++) {
                boolean response = random.nextInt(3) == 0;
                StringBuilder m = new StringBuilder();
                int messages = 1 + random.nextInt(3);
                for (int k = 0; k < messages; k++) {
                    if (random.nextInt(8) == 0) m.append("\r\n");
                    if (response) {
                        m.append(random.nextInt(10) == 0 ? "HTTP/1.0 " : "HTTP/1.1 ")
                                .append(new int[] {200, 200, 204, 304, 100, 101, 404, 2000}[random.nextInt(8)])
                                .append(random.nextBoolean() ? " OK" : "");
                    } else {
                        String method = random.nextInt(20) == 0 ? "GETS" : new String[] {"GET", "POST", "PUT",
                            "M-SEARCH", "CONNECT", "HEAD", "PATCH"}[random.nextInt(7)];
                        m.append(method).append(' ')
                                .append(random.nextInt(30) == 0 ? "/a b" : "/p?q=" + random.nextInt(1000))
                                .append(random.nextInt(30) == 0 ? "" : random.nextInt(6) == 0 ? " HTTP/1.0" : " HTTP/1.1");
                    }
                    m.append(random.nextInt(10) == 0 ? "\n" : "\r\n");
                    int count = random.nextInt(random.nextInt(10) == 0 ? 40 : 6);
                    boolean hasLength = false;
                    for (int h = 0; h < count; h++) {
                        if (random.nextInt(60) == 0) {
                            m.append(broken[random.nextInt(broken.length)]).append("\r\n");
                            continue;
                        }
                        String[] header = headers[random.nextInt(headers.length)];
                        boolean framing = header[0].equals("Content-Length") || header[0].equals("Transfer-Encoding");
                        if (framing && hasLength && random.nextInt(10) != 0) header = headers[0];
                        if (header[0].equals("Content-Length") || header[0].equals("Transfer-Encoding")) hasLength = true;
                        m.append(header[0]).append(':');
                        if (random.nextBoolean()) m.append(' ');
                        m.append(header[1 + random.nextInt(header.length - 1)]);
                        if (random.nextInt(15) == 0 && !framing) m.append("\r\n folded");
                        m.append(random.nextInt(10) == 0 ? "\n" : "\r\n");
                    }
                    m.append("\r\n").append(bodies[random.nextInt(bodies.length)]);
                }
                String input = m.toString();
                int type = response ? RESPONSE : REQUEST;
                boolean eof = random.nextBoolean();
                List<String> whole = ParserHarness.whole(type, input, eof);
                int[] cuts = random.ints(random.nextInt(4), 1, Math.max(2, input.length())).sorted().distinct().toArray();
                assertEquals(whole, ParserHarness.split(type, input, eof, cuts), input);
                int[] every = new int[Math.max(0, input.length() - 1)];
                for (int i = 0; i < every.length; i++) every[i] = i + 1;
                assertEquals(whole, ParserHarness.split(type, input, eof, every), input);
            }
        }

        @Test
        void corpusMeansWhatItShould() {
            List<String> all = new ArrayList<>();
            for (Object[] c : corpus) all.addAll(ParserHarness.whole((Integer) c[0], (String) c[1], (Boolean) c[2]));
            String joined = String.join("\n", all);
            for (String expected : new String[] {"BODY 1231234561234567890", "HEADERS |Vary|*|A|b",
                "BODY ping", "HEADERS_COMPLETE GET HTTP/1.0 /that|X|y ", "HEADERS_COMPLETE GET HTTP/0.9 keep-alive /|Connection",
                "ERROR HPE_INVALID_CONTENT_LENGTH", "ERROR HPE_STRICT", "ERROR HPE_CLOSED_CONNECTION",
                "ERROR HPE_INVALID_HEADER_TOKEN", "BODY until the end", "ERROR HPE_INVALID_EOF_STATE",
                "text/plain;x=y", "ERROR HPE_INVALID_CONSTANT"}) {
                assertTrue(joined.contains(expected), expected + " in\n" + joined);
            }
        }
    }
}
