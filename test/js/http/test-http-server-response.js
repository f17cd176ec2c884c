'use strict';
// The server's side of the wire, checked byte by byte through a raw net client: the request's
// start line and header merging, writeHead with an object or an array of pairs, setHeader /
// getHeader / removeHeader / headersSent, sendDate, chunked bodies with trailers, bodies left
// out for HEAD / 204 / 304, keep-alive for HTTP/1.1 and close for HTTP/1.0, and pipelined
// requests answered in order even when a later one finishes first.
var assert = require('assert');
var http = require('http');
var net = require('net');

var PORT = 14201;
var seen = {};

var server = http.createServer(function (req, res) {
  var path = req.url;
  seen[path] = req;
  if (path === '/headers') {
    assert.strictEqual(req.method, 'GET');
    assert.strictEqual(req.httpVersion, '1.1');
    assert.strictEqual(req.httpVersionMajor, 1);
    assert.strictEqual(req.httpVersionMinor, 1);
    assert.strictEqual(req.socket, req.connection);
    assert.strictEqual(req.headers['x-custom'], 'a, b');
    assert.deepEqual(req.headers['set-cookie'], ['c=1', 'd=2']);
    assert.strictEqual(req.headers['content-type'], 'text/one'); // first one stands
    assert.strictEqual(req.headers.accept, 'x/y, z/w');
    assert.strictEqual(req.headers.host, 'Example.COM');
    assert.strictEqual(res.headersSent, false);
    res.setHeader('X-Set', 'one');
    res.setHeader('X-Removed', 'gone');
    assert.strictEqual(res.getHeader('x-set'), 'one');
    res.removeHeader('x-removed');
    assert.strictEqual(res.getHeader('X-Removed'), undefined);
    res.setHeader('Set-Cookie', ['p=1', 'q=2']);
    res.writeHead(201, 'Made It', { 'Content-Length': 2 });
    assert.strictEqual(res.headersSent, true);
    assert.throws(function () { res.setHeader('a', 'b'); }, /Can't set headers after they are sent/);
    res.end('ok');
  } else if (path === '/array') {
    res.sendDate = false;
    res.writeHead(200, [['X-A', '1'], ['X-A', '2'], ['Content-Length', '0']]);
    res.end();
  } else if (path === '/chunked') {
    assert.strictEqual(res.statusCode, 200);
    res.statusCode = 202;
    res.setHeader('Trailer', 'X-Sum');
    res.write('hello ');
    res.write(new Buffer('world'));
    res.write('c3RyaW5n', 'base64');
    res.addTrailers({ 'X-Sum': 'abc' });
    res.end();
  } else if (path === '/nobody204') {
    res.writeHead(204);
    res.end('ignored');
  } else if (path === '/nobody304') {
    res.writeHead(304);
    res.end('ignored');
  } else if (path === '/head') {
    assert.strictEqual(req.method, 'HEAD');
    res.writeHead(200, { 'Content-Length': 5 });
    res.end('ignored');
  } else if (path === '/slow') {
    setTimeout(function () { res.end('slow'); }, 100);
  } else if (path === '/fast') {
    res.end('fast');
  } else if (path === '/old') {
    assert.strictEqual(req.httpVersion, '1.0');
    res.end('old');
  } else {
    res.writeHead(404);
    res.end();
  }
});

// Sends raw request text, collects the whole reply until the server closes (or `until` matches).
function exchange(text, until, cb) {
  var c = net.connect(PORT);
  var got = '';
  c.setEncoding('binary');
  c.on('data', function (d) {
    got += d;
    if (until && until.test(got)) c.end();
  });
  c.on('end', function () { cb(got); });
  c.write(text);
}

var steps = [
  function (next) {
    exchange('GET /headers HTTP/1.1\r\nHost: Example.COM\r\nX-Custom: a\r\nx-custom: b\r\n' +
             'Set-Cookie: c=1\r\nSet-Cookie: d=2\r\nContent-Type: text/one\r\n' +
             'Content-Type: text/two\r\nAccept: x/y\r\nAccept: z/w\r\nConnection: close\r\n\r\n',
             null, function (got) {
      assert(/^HTTP\/1\.1 201 Made It\r\n/.test(got), got);
      assert(/\r\nX-Set: one\r\n/.test(got));
      assert(!/X-Removed/.test(got));
      assert(/\r\nSet-Cookie: p=1\r\nSet-Cookie: q=2\r\n/.test(got));
      assert(/\r\nDate: [A-Z][a-z][a-z], \d\d [A-Z][a-z][a-z] \d{4} \d\d:\d\d:\d\d GMT\r\n/.test(got));
      assert(/\r\nConnection: close\r\n/.test(got));
      assert(/\r\n\r\nok$/.test(got));
      next();
    });
  },
  function (next) {
    exchange('GET /array HTTP/1.1\r\nConnection: close\r\n\r\n', null, function (got) {
      assert.strictEqual(got, 'HTTP/1.1 200 OK\r\nX-A: 1\r\nX-A: 2\r\nContent-Length: 0\r\n' +
                              'Connection: close\r\n\r\n');
      next();
    });
  },
  function (next) {
    exchange('GET /chunked HTTP/1.1\r\n\r\n', /\r\n0\r\nX-Sum: abc\r\n\r\n$/, function (got) {
      assert(/^HTTP\/1\.1 202 Accepted\r\n/.test(got), got);
      assert(/\r\nConnection: keep-alive\r\n/.test(got));
      assert(/\r\nTransfer-Encoding: chunked\r\n/.test(got));
      var body = got.slice(got.indexOf('\r\n\r\n') + 4);
      assert.strictEqual(body, '6\r\nhello \r\n5\r\nworld\r\n6\r\nstring\r\n0\r\nX-Sum: abc\r\n\r\n');
      next();
    });
  },
  function (next) {
    exchange('GET /nobody204 HTTP/1.1\r\n\r\nGET /nobody304 HTTP/1.1\r\nConnection: close\r\n\r\n',
             null, function (got) {
      var parts = got.split('HTTP/1.1 ');
      assert.strictEqual(parts.length, 3, got);
      assert(/^204 No Content\r\n/.test(parts[1]));
      assert(/^304 Not Modified\r\n/.test(parts[2]));
      assert(!/ignored/.test(got));
      assert(!/Transfer-Encoding/.test(got));
      next();
    });
  },
  function (next) {
    exchange('HEAD /head HTTP/1.1\r\nConnection: close\r\n\r\n', null, function (got) {
      assert(/\r\nContent-Length: 5\r\n/.test(got));
      assert(/\r\n\r\n$/.test(got), JSON.stringify(got));
      next();
    });
  },
  function (next) {
    // Pipelined: /slow finishes last but is answered first.
    exchange('GET /slow HTTP/1.1\r\n\r\nGET /fast HTTP/1.1\r\n\r\nGET /fast HTTP/1.1\r\nConnection: close\r\n\r\n',
             null, function (got) {
      var bodies = [];
      got.replace(/\r\n\r\n[0-9a-f]+\r\n(\w+)\r\n0\r\n/g, function (all, body) {
        bodies.push(body);
      });
      assert.deepEqual(bodies, ['slow', 'fast', 'fast']);
      next();
    });
  },
  function (next) {
    // HTTP/1.0: no chunks, the body ends with the connection.
    exchange('GET /old HTTP/1.0\r\n\r\n', null, function (got) {
      assert(/^HTTP\/1\.1 200 OK\r\n/.test(got));
      assert(/\r\nConnection: close\r\n/.test(got));
      assert(!/Transfer-Encoding/.test(got));
      assert(/\r\n\r\nold$/.test(got));
      next();
    });
  },
  function (next) {
    // HTTP/1.0 with keep-alive and a length: the connection stays open.
    var c = net.connect(PORT);
    var got = '';
    c.setEncoding('binary');
    c.on('data', function (d) {
      got += d;
      if (/\r\n\r\n/.test(got)) {
        assert(/\r\nConnection: keep-alive\r\n/.test(got), got);
        c.destroy();
        next();
      }
    });
    c.write('GET /array HTTP/1.0\r\nConnection: keep-alive\r\n\r\n');
  }
];

var done = 0;
server.listen(PORT, function () {
  (function run(i) {
    if (i === steps.length) {
      done = i;
      return server.close();
    }
    steps[i](function () { run(i + 1); });
  })(0);
});

process.on('exit', function () {
  assert.strictEqual(done, steps.length);
});
