'use strict';
// http.Server's surface: createServer with and without a listener, the default 2-minute
// timeout and setTimeout(ms, cb), 'connection' / 'request' / 'close' events, maxHeadersCount,
// listen with a port and host; IncomingMessage as a stream (setEncoding, pause / resume,
// 'data' / 'end'), its trailers, and 'close' on a request whose connection dies before the
// response; http.STATUS_CODES and the module's exports.
var assert = require('assert');
var http = require('http');
var net = require('net');

var PORT = 14281;

assert.strictEqual(typeof http.createServer, 'function');
assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.strictEqual(http.STATUS_CODES[200], 'OK');
assert.strictEqual(typeof http.IncomingMessage, 'function');
assert.strictEqual(typeof http.ServerResponse, 'function');
assert.strictEqual(typeof http.Server, 'function');
assert(http.globalAgent instanceof http.Agent);

var bare = http.createServer();
assert(bare instanceof http.Server);
assert(bare instanceof net.Server);
assert.strictEqual(bare.timeout, 120000);
assert.strictEqual(bare.listeners('request').length, 0);
var cb = function () {};
assert.strictEqual(bare.setTimeout(5000, cb), undefined);
assert.strictEqual(bare.timeout, 5000);
assert.strictEqual(bare.listeners('timeout')[0], cb);
assert(http.Server() instanceof http.Server);

var connections = 0;
var closed = false;
var aborted = false;
var server = http.createServer();
server.maxHeadersCount = 3;
server.on('connection', function (socket) {
  connections++;
  assert(socket instanceof net.Socket);
});
server.on('close', function () { closed = true; });
server.on('request', function (req, res) {
  if (req.url === '/count') {
    assert.strictEqual(Object.keys(req.headers).length, 3); // the limit
    res.end();
  } else if (req.url === '/stream') {
    req.setEncoding('utf8');
    var body = '';
    var paused = false;
    req.on('data', function (d) {
      assert(!paused);
      body += d;
      if (!paused && body.length >= 3 && body.length < 6) {
        paused = true;
        req.pause();
        setTimeout(function () {
          paused = false;
          req.resume();
        }, 50);
      }
    });
    req.on('end', function () {
      assert.strictEqual(typeof body, 'string');
      assert.strictEqual(req.trailers['x-trailer'], 'tv');
      res.end('body=' + body);
    });
  } else if (req.url === '/die') {
    req.on('close', function () {
      aborted = true;
      res.end(); // too late: nobody listens
      next();
    });
  }
});

var next;
function rawOnce(text, cb) {
  var c = net.connect(PORT, '127.0.0.1');
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () { cb(got); });
  c.write(text);
}

server.listen(PORT, '127.0.0.1', function () {
  assert.strictEqual(server.address().address, '127.0.0.1');
  assert.strictEqual(server.address().port, PORT);
  rawOnce('GET /count HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\nConnection: close\r\n\r\n', function (got) {
    assert(/^HTTP\/1\.1 200 OK/.test(got));
    rawOnce('POST /stream HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
            '3\r\nabc\r\n3\r\ndef\r\n3\r\nghi\r\n0\r\nX-Trailer: tv\r\n\r\n', function (got) {
      assert(/body=abcdefghi/.test(got), got);
      next = function () {
        server.close();
      };
      var c = net.connect(PORT, '127.0.0.1', function () {
        c.write('GET /die HTTP/1.1\r\n\r\n');
        setTimeout(function () { c.destroy(); }, 100);
      });
    });
  });
});

process.on('exit', function () {
  assert.strictEqual(connections, 3);
  assert(aborted, "the request saw 'close'");
  assert(closed, "the server saw 'close'");
});
