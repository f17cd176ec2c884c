'use strict';
// process.binding('http_parser'): the binding's shape, HTTPParser construction, argument checks
// of execute/finish/reinitialize and the 'Parse Error' values, as Node v0.10.40 has them.
var assert = require('assert');
var binding = process.binding('http_parser');
var HTTPParser = binding.HTTPParser;

assert.strictEqual(process.binding('http_parser'), binding);
assert.deepEqual(Object.keys(binding), ['HTTPParser']);
assert.strictEqual(typeof HTTPParser, 'function');
assert.strictEqual(HTTPParser.REQUEST, 0);
assert.strictEqual(HTTPParser.RESPONSE, 1);
assert.deepEqual(Object.keys(HTTPParser.prototype), ['execute', 'finish', 'reinitialize']);
['execute', 'finish', 'reinitialize'].forEach(function(name) {
  assert.strictEqual(typeof HTTPParser.prototype[name], 'function', name);
});

// A parser is a plain object: nothing enumerable of its own, and user properties stick.
var parser = new HTTPParser(HTTPParser.REQUEST);
assert.ok(parser instanceof HTTPParser);
assert.deepEqual(Object.keys(parser), []);
parser.headers = [];
parser.url = '';
parser.socket = { fake: true };
assert.deepEqual(Object.keys(parser), ['headers', 'url', 'socket']);
assert.strictEqual(JSON.stringify(parser), '{"headers":[],"url":"","socket":{"fake":true}}');

// The type goes through ToInt32: 'REQUEST' (NaN) is 0, a request parser.
var loose = new HTTPParser('REQUEST');
var got = null;
loose.onHeadersComplete = function(info) { got = info.method; };
var get = new Buffer('GET / HTTP/1.1\r\n\r\n');
assert.strictEqual(loose.execute(get, 0, get.length), get.length);
assert.strictEqual(got, 'GET');
assert.strictEqual(new HTTPParser('1') instanceof HTTPParser, true);
[2, -1, 3.5, 'RESPONSE'.length].forEach(function(bad) {
  assert.throws(function() { new HTTPParser(bad); }, function(e) {
    return e instanceof Error && !(e instanceof TypeError) &&
        e.message === 'Argument must be HTTPParser.REQUEST or HTTPParser.RESPONSE';
  }, String(bad));
  assert.throws(function() { parser.reinitialize(bad); },
                /^Error: Argument must be HTTPParser.REQUEST or HTTPParser.RESPONSE$/);
});

// execute(buffer, start, length) argument checks.
var p = new HTTPParser(HTTPParser.REQUEST);
var buf = new Buffer('GET / HTTP/1.1\r\n\r\n');
[undefined, null, 'GET / HTTP/1.1\r\n\r\n', [71, 69, 84], {}, 42,
 new Uint8Array(4)].forEach(function(notBuffer) {
  assert.throws(function() { p.execute(notBuffer, 0, 1); }, function(e) {
    return e instanceof TypeError && e.message === 'Argument should be a buffer';
  });
});
function throwsMessage(fn, message) {
  assert.throws(fn, function(e) {
    return e.constructor === Error && e.message === message;
  }, message);
}
throwsMessage(function() { p.execute(buf, buf.length, 0); }, 'Offset is out of bounds');
throwsMessage(function() { p.execute(buf, -1, 1); }, 'Offset is out of bounds');
throwsMessage(function() { p.execute(new Buffer(0), 0, 0); }, 'Offset is out of bounds');
throwsMessage(function() { p.execute(buf, 0, buf.length + 1); }, 'off + len > buffer.length');
throwsMessage(function() { p.execute(buf, 1, buf.length); }, 'off + len > buffer.length');
throwsMessage(function() { p.execute(buf, 0, -1); }, 'off + len > buffer.length');
// Zero bytes at a valid offset parse nothing; non-numbers count as 0.
assert.strictEqual(p.execute(buf, 3, 0), 0);
assert.strictEqual(p.execute(buf, 0, 'x'), 0);
assert.strictEqual(p.execute(buf, '0', String(buf.length)), buf.length);

// finish() returns undefined when the input may end here.
assert.strictEqual(new HTTPParser(HTTPParser.REQUEST).finish(), undefined);
assert.strictEqual(new HTTPParser(HTTPParser.RESPONSE).finish(), undefined);

// Parse errors are returned, not thrown: Error('Parse Error') with bytesParsed and code.
var bad = new HTTPParser(HTTPParser.REQUEST);
var input = new Buffer('GET / HTTP/1.1\r\n\r\nhello world');
var err = bad.execute(input, 0, input.length);
assert.ok(err instanceof Error);
assert.strictEqual(err.message, 'Parse Error');
assert.deepEqual(Object.keys(err), ['bytesParsed', 'code']);
assert.strictEqual(err.bytesParsed, 18);
assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
// The parser stays failed: nothing more is parsed, until reinitialize.
err = bad.execute(get, 0, get.length);
assert.strictEqual(err.bytesParsed, 0);
assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
err = bad.finish();
assert.ok(err instanceof Error);
assert.strictEqual(err.message, 'Parse Error');
assert.strictEqual(err.bytesParsed, 0);
assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
bad.reinitialize(HTTPParser.REQUEST);
assert.strictEqual(bad.execute(get, 0, get.length), get.length);

// finish() inside a message: HPE_INVALID_EOF_STATE, bytesParsed 0.
var cut = new HTTPParser(HTTPParser.REQUEST);
var head = new Buffer('POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc');
assert.strictEqual(cut.execute(head, 0, head.length), head.length);
err = cut.finish();
assert.strictEqual(err.message, 'Parse Error');
assert.strictEqual(err.bytesParsed, 0);
assert.strictEqual(err.code, 'HPE_INVALID_EOF_STATE');

// Error codes by kind of input.
function codeOf(type, text) {
  var parser = new HTTPParser(type);
  var b = new Buffer(text, 'binary');
  var r = parser.execute(b, 0, b.length);
  return r instanceof Error ? r.code + '@' + r.bytesParsed : r;
}
var REQ = HTTPParser.REQUEST, RES = HTTPParser.RESPONSE;
assert.strictEqual(codeOf(RES, 'bad http - should trigger parse error\r\n'), 'HPE_INVALID_CONSTANT@0');
assert.strictEqual(codeOf(RES, 'HTTP/1.1 302 Object Moved\r\nContent-Length: 0\r\n\r\nhi world'),
                   'HPE_INVALID_CONSTANT@48');
assert.strictEqual(codeOf(REQ, 'GET /\x00 HTTP/1.1\r\n\r\n'), 'HPE_INVALID_URL@5');
assert.strictEqual(codeOf(REQ, 'GET / HTTP/1.1\r\nA\x00: b\r\n\r\n'), 'HPE_INVALID_HEADER_TOKEN@17');
assert.strictEqual(codeOf(REQ, 'GET / HTTP/1.1\r\nA: b\x00\r\n\r\n'), 'HPE_INVALID_HEADER_TOKEN@20');
assert.strictEqual(codeOf(REQ, 'GET / HTTP/x.1\r\n\r\n'), 'HPE_INVALID_VERSION@11');
assert.strictEqual(codeOf(RES, 'HTTP/1.1 OK\r\n\r\n'), 'HPE_INVALID_STATUS@9');
assert.strictEqual(codeOf(REQ, 'GET / HTTP/1.1\r\nA: b\rc'), 'HPE_LF_EXPECTED@21');
assert.strictEqual(codeOf(REQ, 'POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n'), 'HPE_INVALID_CONTENT_LENGTH@38');
assert.strictEqual(codeOf(REQ, 'POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx'),
                   'HPE_UNEXPECTED_CONTENT_LENGTH@56');
assert.strictEqual(codeOf(REQ, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n'),
                   'HPE_UNEXPECTED_CONTENT_LENGTH@65');
assert.strictEqual(codeOf(REQ, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nz\r\n'),
                   'HPE_INVALID_CHUNK_SIZE@47');
assert.strictEqual(codeOf(REQ, 'GET / HTTP/1.0\r\n\r\nGET / HTTP/1.0\r\n\r\n'), 'HPE_CLOSED_CONNECTION@18');
var huge = 'GET / HTTP/1.1\r\nX: ' + new Array(80 * 1024).join('a') + '\r\n\r\n';
assert.strictEqual(codeOf(REQ, huge), 'HPE_HEADER_OVERFLOW@81920');
// An empty line between messages is fine.
assert.strictEqual(codeOf(REQ, 'GET / HTTP/1.1\r\n\r\n\r\n'), 20);
