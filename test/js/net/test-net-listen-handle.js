'use strict';
// server.listen(handle): a TCP handle bound beforehand, and an object whose _handle is one (the
// manual's "server or socket" form), both start accepting on the handle's address; handles
// report their descriptor as `fd` (a listening one included) and -1 once closed; a UNIX-socket
// server's handle does the same.
var assert = require('assert');
var net = require('net');
var path = require('path');
var fs = require('fs');
var TCP = process.binding('tcp_wrap').TCP;

var done = [];

function expectGreeting(port, text, cb) {
  var got = '';
  var c = net.connect(port, '127.0.0.1');
  c.setEncoding('utf8'); // (returns nothing in v0.10)
  c.on('data', function (d) {
    got += d;
  });
  c.on('end', function () {
    assert.strictEqual(got, text);
    cb();
  });
}

// A raw handle, bound here, listened on by the server.
var raw = new TCP();
assert.strictEqual(raw.bind('127.0.0.1', 0), 0);
var byHandle = net.createServer(function (c) { c.end('by handle'); });
assert.strictEqual(byHandle.listen(raw, function () {
  assert.strictEqual(byHandle._handle, raw);
  var fd = raw.fd;
  assert.strictEqual(typeof fd, 'number');
  assert.ok(fd > 2, 'a listening descriptor: ' + fd);
  var port = byHandle.address().port;
  assert.ok(port > 0);
  expectGreeting(port, 'by handle', function () {
    byHandle.close(function () {
      assert.strictEqual(raw.fd, -1);
      done.push('handle');
    });
  });
}), byHandle);

// { _handle: handle } — what a server or socket object looks like to listen().
var raw2 = new TCP();
assert.strictEqual(raw2.bind('127.0.0.1', 0), 0);
var byOwner = net.createServer(function (c) {
  assert.ok(c._handle.fd > 2, 'an accepted connection has a descriptor');
  c.end('by owner');
});
byOwner.listen({ _handle: raw2 }, function () {
  expectGreeting(byOwner.address().port, 'by owner', function () {
    byOwner.close();
    done.push('owner');
  });
});

// A UNIX-socket server's handle has its descriptor too.
var sockPath = path.join(process.env.JNODE_TEST_TMPDIR || '/tmp',
                         'jnode-listen-handle-' + process.pid + '.sock');
try { fs.unlinkSync(sockPath); } catch (e) {}
var unix = net.createServer(function (c) { c.end(); });
unix.listen(sockPath, function () {
  assert.ok(unix._handle.fd > 2);
  unix.close(function () {
    done.push('pipe');
  });
});

process.on('exit', function () {
  assert.deepEqual(done.sort(), ['handle', 'owner', 'pipe']);
});
