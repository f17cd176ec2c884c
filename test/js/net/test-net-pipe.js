'use strict';
// UNIX domain sockets: listen(path[, cb]), address() is the path, connect(path) and
// connect({path}), data both ways, the socket file is removed on close, a taken path is
// EADDRINUSE, a missing one ENOENT, a file that is not a socket ECONNREFUSED; unref'd pipe
// servers let the process exit.
var assert = require('assert');
var net = require('net');
var fs = require('fs');
var path = require('path');

var dir = process.env.JNODE_TEST_TMPDIR || '/tmp';
var sock = path.join(dir, 'jnode-pipe-' + process.pid + '.sock');
var notSock = path.join(dir, 'jnode-pipe-' + process.pid + '.txt');
try { fs.unlinkSync(sock); } catch (e) {}

var done = {};
process.on('exit', function () {
  assert.deepEqual(Object.keys(done).sort(), ['eaddrinuse', 'echo', 'econnrefused', 'enoent', 'unlinked']);
});

var server = net.createServer(function (c) {
  assert.strictEqual(c.remoteAddress, undefined, 'pipes have no IP address');
  c.pipe(c);
});
server.listen(sock, function () {
  assert.strictEqual(server.address(), sock);
  assert(fs.statSync(sock).isSocket());

  // A second server on the same path.
  var other = net.createServer();
  other.listen(sock);
  other.on('error', function (e) {
    assert.strictEqual(e.code, 'EADDRINUSE');
    assert.strictEqual(e.syscall, 'listen');
    done.eaddrinuse = true;
  });

  var c = net.connect(sock, function () {
    assert.strictEqual(c.address(), null, 'no address() for pipes');
    c.end('through the pipe');
  });
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { got += d; });
  c.on('close', function () {
    assert.strictEqual(got, 'through the pipe');
    var d = net.connect({ path: sock }, function () {
      d.end('again');
    });
    d.resume();
    d.on('close', function () {
      done.echo = true;
      server.close(function () {
        assert.strictEqual(fs.existsSync(sock), false, 'socket file removed');
        done.unlinked = true;
      });
    });
  });
});

net.connect(path.join(dir, 'no-such-dir', 'x.sock'), assert.fail).on('error', function (e) {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.message, 'connect ENOENT');
  done.enoent = true;
});

var fd = require('fs');
fs.writeFileSync ? fs.writeFileSync(notSock, 'x') : null;
if (fs.existsSync(notSock)) {
  net.connect(notSock, assert.fail).on('error', function (e) {
    assert.strictEqual(e.code, 'ECONNREFUSED');
    try { fs.unlinkSync(notSock); } catch (er) {}
    done.econnrefused = true;
  });
} else {
  // (fs cannot write files yet in this build: use a directory, which is not a socket either)
  net.connect(dir, assert.fail).on('error', function (e) {
    assert.strictEqual(e.code, 'ECONNREFUSED');
    done.econnrefused = true;
  });
}

// An unref'd pipe server does not hold the process.
var idle = net.createServer();
idle.listen(sock + '.idle', function () {
  idle.unref();
});
