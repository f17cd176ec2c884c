'use strict';
// Server failures and connection bookkeeping: EADDRINUSE with Node's error shape (and a retry
// that works), an address that is not ours, a descriptor that is not a socket; close() waits for
// open connections before 'close'; connections / getConnections(); maxConnections.
var assert = require('assert');
var net = require('net');

var checks = [];
process.on('exit', function () {
  assert.deepEqual(checks.sort(), ['badaddr', 'badfd', 'close-waits', 'eaddrinuse', 'maxconn']);
});

// EADDRINUSE
var first = net.createServer();
first.listen(0, '127.0.0.1', function () {
  var port = first.address().port;
  var second = net.createServer(assert.fail);
  second.listen(port, '127.0.0.1');
  second.on('error', function (e) {
    assert(e instanceof Error);
    assert.strictEqual(e.message, 'listen EADDRINUSE');
    assert.strictEqual(e.code, 'EADDRINUSE');
    assert.strictEqual(e.errno, 'EADDRINUSE');
    assert.strictEqual(e.syscall, 'listen');
    assert.strictEqual(second.address(), null);
    assert.throws(function () { second.close(); }, /Not running/);
    // The usual remedy: try again once the port is free.
    first.close(function () {
      second.listen(port, '127.0.0.1', function () {
        assert.strictEqual(second.address().port, port);
        second.close();
        checks.push('eaddrinuse');
      });
    });
  });
});

// An address no interface has (binding only; nothing is sent).
net.createServer().listen(0, '192.0.2.1').on('error', function (e) {
  assert.strictEqual(e.code, 'EADDRNOTAVAIL');
  assert.strictEqual(e.syscall, 'listen');
  checks.push('badaddr');
});

// A descriptor that does not exist / is not a socket.
var badFds = 0;
[9999, 0].forEach(function (fd) {
  net.createServer(assert.fail).listen({ fd: fd }).on('error', function (e) {
    assert.strictEqual(e.code, 'EINVAL');
    assert.strictEqual(e.message, 'listen EINVAL');
    if (++badFds === 2) checks.push('badfd');
  });
});
assert.throws(function () { net.createServer().listen({}); }, /Invalid listen argument/);

// close() stops accepting but 'close' waits until every connection has ended.
var sockets = [];
var closeEmitted = false;
var server = net.createServer(function (c) {
  sockets.push(c);
  assert.strictEqual(server.connections, sockets.length);
  if (sockets.length < 3) return;
  server.getConnections(function (err, n) {
    assert.strictEqual(err, null);
    assert.strictEqual(n, 3);
    server.close(function () {
      closeEmitted = true;
      assert.strictEqual(server.connections, 0);
      checks.push('close-waits');
    });
    // A new connection is refused now.
    net.connect(port).on('error', function (e) {
      assert.strictEqual(e.code, 'ECONNREFUSED');
      var left = sockets.slice();
      (function next() {
        assert.strictEqual(closeEmitted, false);
        var s = left.shift();
        s.destroy();
        if (left.length) setImmediate(next);
      })();
    });
  });
});
var port;
server.listen(0, function () {
  port = server.address().port;
  for (var i = 0; i < 3; i++) net.connect(port).on('error', function () {});
});

// maxConnections: connections over the limit are closed at once, without 'connection'.
var limited = net.createServer(function (c) {
  accepted++;
  c.write('hi');
});
var accepted = 0;
limited.maxConnections = 2;
limited.listen(0, function () {
  var outcomes = [];
  var clients = [];
  function finish(i, gotData) {
    outcomes.push(gotData);
    if (outcomes.length === 3) {
      assert.strictEqual(accepted, 2);
      assert.deepEqual(outcomes.sort(), [false, true, true]);
      clients.forEach(function (c) { c.destroy(); });
      limited.close(function () { checks.push('maxconn'); });
    }
  }
  function connect(i) {
    var c = net.connect(limited.address().port);
    clients.push(c);
    var reported = false;
    c.on('data', function () { if (!reported) { reported = true; finish(i, true); } });
    c.on('end', function () { if (!reported) { reported = true; finish(i, false); } });
    c.on('error', function () { if (!reported) { reported = true; finish(i, false); } });
    // Connect one after another, so the third is the one over the limit.
    c.on('connect', function () { if (i < 2) setTimeout(function () { connect(i + 1); }, 50); });
  }
  connect(0);
});
