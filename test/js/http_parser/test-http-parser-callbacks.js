'use strict';
// process.binding('http_parser'): what the callbacks receive and when — onHeadersComplete's info,
// onBody regions of the caller's Buffer, header batches through onHeaders, trailers, skipping
// the body of a HEAD response, upgrades, end of input, and callbacks that throw or re-enter.
var assert = require('assert');
var HTTPParser = process.binding('http_parser').HTTPParser;
var REQUEST = HTTPParser.REQUEST;
var RESPONSE = HTTPParser.RESPONSE;

// A parser that writes its callbacks down as a list of [name, ...args].
function recorder(type) {
  var parser = new HTTPParser(type);
  var log = parser.log = [];
  parser.onHeaders = function(headers, url) {
    assert.strictEqual(this, parser);
    log.push(['headers', headers, url]);
  };
  parser.onHeadersComplete = function(info) {
    assert.strictEqual(this, parser);
    log.push(['headersComplete', info]);
  };
  parser.onBody = function(b, start, len) {
    assert.strictEqual(this, parser);
    log.push(['body', b.toString('binary', start, start + len), b, start, len]);
  };
  parser.onMessageComplete = function() {
    assert.strictEqual(this, parser);
    assert.strictEqual(arguments.length, 0);
    log.push(['messageComplete']);
  };
  return parser;
}

function feed(parser, text) {
  var b = new Buffer(text, 'binary');
  return parser.execute(b, 0, b.length);
}

// --- onHeadersComplete's info ---------------------------------------------------------------
(function() {
  var p = recorder(REQUEST);
  var n = feed(p, 'GET /hello?a=1 HTTP/1.1\r\nHost: example.com\r\nX-A:  1  \r\n\r\n');
  assert.strictEqual(n, 57);
  assert.strictEqual(p.log.length, 2);
  var info = p.log[0][1];
  assert.deepEqual(Object.keys(info),
                   ['headers', 'url', 'method', 'versionMajor', 'versionMinor',
                    'shouldKeepAlive', 'upgrade']);
  assert.deepEqual(info.headers, ['Host', 'example.com', 'X-A', '1  ']);
  assert.ok(Array.isArray(info.headers));
  assert.strictEqual(info.url, '/hello?a=1');
  assert.strictEqual(info.method, 'GET');
  assert.strictEqual(info.versionMajor, 1);
  assert.strictEqual(info.versionMinor, 1);
  assert.strictEqual(info.shouldKeepAlive, true);
  assert.strictEqual(info.upgrade, false);
  assert.deepEqual(p.log[1], ['messageComplete']);
})();

(function() {
  var p = recorder(RESPONSE);
  feed(p, 'HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n');
  var info = p.log[0][1];
  assert.deepEqual(Object.keys(info),
                   ['headers', 'statusCode', 'versionMajor', 'versionMinor',
                    'shouldKeepAlive', 'upgrade']);
  assert.strictEqual(info.statusCode, 404);
  assert.strictEqual(info.method, undefined);
  assert.strictEqual(info.url, undefined);
  assert.strictEqual(info.versionMinor, 0);
  assert.strictEqual(info.shouldKeepAlive, false);
})();

// Every method of Node v0.10's parser, by name.
['DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL',
 'MOVE', 'PROPFIND', 'PROPPATCH', 'UNLOCK', 'REPORT', 'MKACTIVITY', 'CHECKOUT', 'MERGE',
 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE'].forEach(function(m) {
  var p = recorder(REQUEST);
  feed(p, m + ' * HTTP/1.1\r\n\r\n');
  assert.strictEqual(p.log[0][1].method, m);
});

// keep-alive as v0.10's test-http-should-keep-alive expects.
[['HTTP/1.0 200 ok\r\nContent-Length: 0\r\n\r\n', false],
 ['HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n', true],
 ['HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n', false],
 ['HTTP/1.1 200 ok\r\nContent-Length: 0\r\n\r\n', true],
 ['HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n', true],
 ['HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n', false],
 ['HTTP/1.1 200 ok\r\n\r\n', false] // body until the end of input
].forEach(function(c) {
  var p = recorder(RESPONSE);
  feed(p, c[0]);
  assert.strictEqual(p.log[0][1].shouldKeepAlive, c[1], c[0]);
});

// Header values: UTF-8 decoded; folded lines joined without separator; empty values.
(function() {
  var p = recorder(RESPONSE);
  var head = new Buffer('HTTP/1.1 200 OK\r\nContent-Type: text/plain;\r\n x-unix-mode=0600;\r\n' +
                        ' name="hello.txt"\r\nCookie:\r\nX-Name: ');
  var tail = new Buffer('\r\nContent-Length: 0\r\n\r\n');
  var all = Buffer.concat([head, new Buffer('caf\u00e9 \u20ac', 'utf8'), tail]);
  assert.strictEqual(p.execute(all, 0, all.length), all.length);
  assert.deepEqual(p.log[0][1].headers,
                   ['Content-Type', 'text/plain;x-unix-mode=0600;name="hello.txt"',
                    'Cookie', '', 'X-Name', 'caf\u00e9 \u20ac', 'Content-Length', '0']);
})();

// --- bodies: regions of the Buffer given to execute, no copies -------------------------------
(function() {
  var p = recorder(REQUEST);
  var text = 'xxPOST /it HTTP/1.1\r\nContent-Length: 15\r\n\r\nfoo=42&bar=1337yy';
  var slab = new Buffer(text);
  var buf = slab.slice(1); // a Buffer that does not start its memory
  var n = p.execute(buf, 1, buf.length - 3);
  assert.strictEqual(n, buf.length - 3);
  var body = p.log[1];
  assert.strictEqual(body[0], 'body');
  assert.strictEqual(body[1], 'foo=42&bar=1337');
  assert.strictEqual(body[2], buf);           // the very Buffer passed to execute
  assert.strictEqual(body[3], text.indexOf('foo') - 1);
  assert.strictEqual(body[4], 15);
  // same memory: writing through the parser's view shows in the caller's Buffer
  body[2][body[3]] = 0x46;
  assert.strictEqual(buf.toString('ascii', body[3], body[3] + 3), 'Foo');
  assert.deepEqual(p.log[2], ['messageComplete']);
})();

// A Buffer over memory Java cannot see is parsed from a copy; regions still refer to it.
(function() {
  var text = 'PUT / HTTP/1.1\r\nContent-Length: 4\r\n\r\npong';
  var plain = new Uint8Array(new ArrayBuffer(text.length));
  for (var i = 0; i < text.length; i++) plain[i] = text.charCodeAt(i);
  Object.setPrototypeOf(plain, Buffer.prototype);
  assert.ok(Buffer.isBuffer(plain));
  var p = recorder(REQUEST);
  assert.strictEqual(p.execute(plain, 0, plain.length), plain.length);
  assert.strictEqual(p.log[1][1], 'pong');
  assert.strictEqual(p.log[1][2], plain);
  assert.strictEqual(p.log[1][3], text.length - 4);
})();

// Chunked bodies: one onBody per chunk; trailers via onHeaders after the body.
(function() {
  var p = recorder(REQUEST);
  feed(p, 'POST /it HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n' +
          '4\r\nping\r\n3;ext=1\r\nabc\r\n0\r\nVary: *\r\nContent-Type: text/plain\r\n\r\n');
  var names = p.log.map(function(e) { return e[0]; });
  assert.deepEqual(names, ['headersComplete', 'body', 'body', 'headers', 'messageComplete']);
  assert.strictEqual(p.log[1][1], 'ping');
  assert.strictEqual(p.log[2][1], 'abc');
  assert.deepEqual(p.log[3].slice(1), [['Vary', '*', 'Content-Type', 'text/plain'], '']);
})();

// Messages split anywhere across execute calls give the same callbacks.
(function() {
  var text = 'POST /helpme HTTP/1.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n' +
             '3\r\n123\r\n6\r\n123456\r\nF\r\n123456789ABCDEF\r\n0\r\n\r\n';
  for (var cut = 1; cut < text.length; cut++) {
    var p = recorder(REQUEST);
    assert.strictEqual(feed(p, text.slice(0, cut)), cut);
    assert.strictEqual(feed(p, text.slice(cut)), text.length - cut);
    var body = p.log.filter(function(e) { return e[0] === 'body'; })
                    .map(function(e) { return e[1]; }).join('');
    assert.strictEqual(body, '123123456123456789ABCDEF', 'cut at ' + cut);
    assert.deepEqual(p.log[0][1].headers, ['Content-Type', 'text/plain', 'Transfer-Encoding', 'chunked']);
    assert.strictEqual(p.log[0][1].url, '/helpme');
    assert.deepEqual(p.log[p.log.length - 1], ['messageComplete']);
  }
})();

// --- many headers: batches of 32 through onHeaders, then info without headers and url ---------
(function() {
  var lines = '';
  for (var i = 0; i < 70; i++) lines += 'X-' + i + ': ' + i + '\r\n';
  var p = recorder(REQUEST);
  feed(p, 'GET /foo/bar HTTP/1.0\r\n' + lines + '\r\n');
  var names = p.log.map(function(e) { return e[0]; });
  assert.deepEqual(names, ['headers', 'headers', 'headers', 'headersComplete', 'messageComplete']);
  assert.strictEqual(p.log[0][1].length, 64);
  assert.strictEqual(p.log[0][2], '/foo/bar'); // the URL goes with the first batch
  assert.strictEqual(p.log[1][1].length, 64);
  assert.strictEqual(p.log[1][2], '');
  assert.deepEqual(p.log[2][1], ['X-64', '64', 'X-65', '65', 'X-66', '66', 'X-67', '67',
                                 'X-68', '68', 'X-69', '69']);
  assert.strictEqual(p.log[2][2], '');
  var info = p.log[3][1];
  assert.deepEqual(Object.keys(info),
                   ['method', 'versionMajor', 'versionMinor', 'shouldKeepAlive', 'upgrade']);
  assert.strictEqual(info.method, 'GET');
  // exactly 32 still arrive with onHeadersComplete
  var q = recorder(REQUEST);
  var lines32 = '';
  for (i = 0; i < 32; i++) lines32 += 'A: b\r\n';
  feed(q, 'GET / HTTP/1.1\r\n' + lines32 + '\r\n');
  assert.strictEqual(q.log[0][0], 'headersComplete');
  assert.strictEqual(q.log[0][1].headers.length, 64);
})();

// --- onHeadersComplete returning true: no body follows (the response to HEAD) ----------------
(function() {
  var p = recorder(RESPONSE);
  var answers = [true, 1];
  p.onHeadersComplete = function(info) {
    p.log.push(['headersComplete', info]);
    return answers.shift();
  };
  var text = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n' +
             'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi';
  assert.strictEqual(feed(p, text), text.length);
  var names = p.log.map(function(e) { return e[0]; });
  // true skips the first body; 1 is not true, so the second body is read
  assert.deepEqual(names, ['headersComplete', 'messageComplete', 'headersComplete', 'body',
                           'messageComplete']);
  assert.strictEqual(p.log[3][1], 'hi');
})();

// 204 and 304 responses never have a body; 1xx are followed by the real response.
(function() {
  var p = recorder(RESPONSE);
  var text = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n' +
             'HTTP/1.1 304 Not Modified\r\nContent-Length: 9\r\n\r\n';
  assert.strictEqual(feed(p, text), text.length);
  assert.deepEqual(p.log.map(function(e) { return e[0] === 'headersComplete' ? e[1].statusCode : e[0]; }),
                   [100, 'messageComplete', 204, 'messageComplete', 304, 'messageComplete']);
})();

// --- upgrades: execute stops after the headers and says how much it used ----------------------
(function() {
  var head = 'GET /demo HTTP/1.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n\r\n';
  var p = recorder(REQUEST);
  var buf = new Buffer(head + 'WjN}|M(6');
  var n = p.execute(buf, 0, buf.length);
  assert.strictEqual(n, head.length);
  assert.strictEqual(buf.slice(n).toString(), 'WjN}|M(6');
  assert.strictEqual(p.log[0][1].upgrade, true);
  assert.deepEqual(p.log[1], ['messageComplete']);
  assert.strictEqual(p.log.length, 2);

  var c = recorder(REQUEST);
  var connect = 'CONNECT example.com:443 HTTP/1.1\r\n\r\n';
  buf = new Buffer('xx' + connect + '\u0016\u0003');
  assert.strictEqual(c.execute(buf, 2, buf.length - 2), connect.length);
  assert.strictEqual(c.log[0][1].upgrade, true);
  assert.strictEqual(c.log[0][1].url, 'example.com:443');

  var r = recorder(RESPONSE);
  var res = 'HTTP/1.1 101\r\nconnection: upgrade\r\nupgrade: websocket\r\n\r\n';
  buf = new Buffer(res + 'nurtzo');
  assert.strictEqual(r.execute(buf, 0, buf.length), res.length);
  assert.strictEqual(r.log[0][1].statusCode, 101);
  assert.strictEqual(r.log[0][1].upgrade, true);
})();

// --- end of input --------------------------------------------------------------------------
(function() {
  var p = recorder(RESPONSE);
  feed(p, 'HTTP/1.1 200 OK\r\n\r\nI AM ');
  feed(p, 'THE WALRUS');
  assert.strictEqual(p.log.length, 3);
  assert.strictEqual(p.finish(), undefined);
  assert.deepEqual(p.log.slice(1).map(function(e) { return e[1] || e[0]; }),
                   ['I AM ', 'THE WALRUS', 'messageComplete']);
  assert.strictEqual(p.finish(), undefined);
  assert.strictEqual(p.log.length, 4);
})();

// --- callbacks that throw ------------------------------------------------------------------
(function() {
  var p = recorder(REQUEST);
  var boom = new Error('hello world');
  p.onHeadersComplete = function() { throw boom; };
  var buf = new Buffer('GET / HTTP/1.1\r\n\r\n');
  assert.throws(function() { p.execute(buf, 0, buf.length); }, function(e) { return e === boom; });
  assert.strictEqual(p.log.length, 0); // parsing stopped: no onMessageComplete
  var err = p.execute(buf, 0, buf.length);
  assert.strictEqual(err.code, 'HPE_CB_headers_complete');
  assert.strictEqual(err.bytesParsed, 0);
  p.reinitialize(REQUEST);
  p.onHeadersComplete = function() {};
  assert.strictEqual(p.execute(buf, 0, buf.length), buf.length);

  var q = recorder(REQUEST);
  q.onBody = function() { throw new TypeError('body'); };
  assert.throws(function() { feed(q, 'POST / HTTP/1.1\r\nContent-Length: 1\r\n\r\nx'); }, TypeError);
  assert.strictEqual(feed(q, 'x').code, 'HPE_CB_body');

  var r = recorder(RESPONSE);
  r.onMessageComplete = function() { throw new RangeError('done'); };
  feed(r, 'HTTP/1.1 200 OK\r\n\r\nabc');
  assert.throws(function() { r.finish(); }, RangeError);
  assert.strictEqual(r.finish().code, 'HPE_CB_message_complete');
})();

// Missing callbacks are skipped.
(function() {
  var p = new HTTPParser(REQUEST);
  var text = 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n' + new Array(40).join('A: b\r\n') +
             '\r\n1\r\nx\r\n0\r\nT: v\r\n\r\n';
  assert.strictEqual(feed(p, text), text.length);
  p.onHeadersComplete = 'not a function';
  assert.strictEqual(feed(p, text), text.length);
})();

// --- re-entrance ---------------------------------------------------------------------------
(function() {
  var p = recorder(REQUEST);
  var other = recorder(REQUEST);
  var buf = new Buffer('GET / HTTP/1.1\r\n\r\n');
  var inner = null;
  p.onHeadersComplete = function(info) {
    try {
      p.execute(buf, 0, buf.length);
    } catch (e) {
      inner = e;
    }
    assert.throws(function() { p.finish(); }, /^TypeError: Already parsing a buffer$/);
    // another parser may run meanwhile
    assert.strictEqual(other.execute(buf, 0, buf.length), buf.length);
    p.log.push(['headersComplete', info]);
  };
  assert.strictEqual(p.execute(buf, 0, buf.length), buf.length);
  assert.ok(inner instanceof TypeError);
  assert.strictEqual(inner.message, 'Already parsing a buffer');
  assert.deepEqual(p.log.map(function(e) { return e[0]; }), ['headersComplete', 'messageComplete']);
  assert.deepEqual(other.log.map(function(e) { return e[0]; }), ['headersComplete', 'messageComplete']);
  // after an exception the parser is usable again (the guard is released)
  assert.strictEqual(p.execute(buf, 0, buf.length), buf.length);
})();

// reinitialize() from a callback ends the current execute after that callback.
(function() {
  var p = recorder(REQUEST);
  var text = 'GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n';
  p.onMessageComplete = function() {
    p.log.push(['messageComplete']);
    p.reinitialize(RESPONSE);
  };
  assert.strictEqual(feed(p, text), text.length / 2);
  assert.strictEqual(p.log.length, 2);
  p.onMessageComplete = function() { p.log.push(['messageComplete']); };
  assert.strictEqual(feed(p, 'HTTP/1.1 204 No Content\r\n\r\n'), 27);
  assert.strictEqual(p.log[2][1].statusCode, 204);
})();
