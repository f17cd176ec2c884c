'use strict';
// Faults: the peer resets the connection (ECONNRESET, 'read ECONNRESET'); write after end()
// ('write after end'); write after destroy() ('This socket is closed.'); destroy() while
// connecting (no 'connect', a clean 'close'); an error is emitted once, before 'close(true)'.
var assert = require('assert');
var net = require('net');
var TCP = process.binding('tcp_wrap').TCP;

var done = {};
process.on('exit', function () {
  assert.deepEqual(Object.keys(done).sort(),
    ['destroy-connecting', 'reset', 'write-after-destroy', 'write-after-end']);
});

// ECONNRESET: a server that never reads closes with our bytes unread, so its kernel resets.
var raw = new TCP();
assert.strictEqual(raw.bind('127.0.0.1', 0), 0);
assert.strictEqual(raw.listen(16), 0);
var accepted = null;
raw.onconnection = function (client) {
  assert(client, 'accepted');
  accepted = client;
};
var resetClient = net.connect(raw.getsockname().port, '127.0.0.1', function () {
  resetClient.write('these bytes are never read', function () {
    // They are in the server's kernel buffer now; closing it unread sends RST.
    (function closeWhenAccepted() {
      if (!accepted) return setImmediate(closeWhenAccepted);
      accepted.close();
      raw.close();
    })();
  });
});
var resetErrors = [];
resetClient.on('error', function (e) {
  resetErrors.push(e);
});
resetClient.on('close', function (hadError) {
  assert.strictEqual(hadError, true);
  assert.strictEqual(resetErrors.length, 1);
  var e = resetErrors[0];
  assert.strictEqual(e.code, 'ECONNRESET');
  assert.strictEqual(e.errno, 'ECONNRESET');
  assert.strictEqual(e.syscall, 'read');
  assert.strictEqual(e.message, 'read ECONNRESET');
  done.reset = true;
});

var server = net.createServer(function (c) {
  c.resume();
});
server.listen(0, function () {
  var port = server.address().port;
  var pending = 3;
  function finished() {
    if (--pending === 0) server.close();
  }

  // write after end()
  var a = net.connect(port, function () {
    a.end();
    var errors = [];
    a.on('error', function (e) { errors.push(e); });
    a.write('late', function (err) {
      assert(err instanceof Error);
      assert.strictEqual(err.message, 'write after end');
      assert.strictEqual(errors[0], err);
      done['write-after-end'] = true;
      finished();
    });
  });

  // write after destroy()
  var b = net.connect(port, function () {
    b.destroy();
    var errors = [];
    b.on('error', function (e) { errors.push(e); });
    b.write('late', function (err) {
      assert(err instanceof Error);
      assert.strictEqual(err.message, 'This socket is closed.');
      process.nextTick(function () {
        assert.strictEqual(errors.length, 1);
        done['write-after-destroy'] = true;
        finished();
      });
    });
  });

  // destroy() before the connection is made
  var c = net.connect(port, assert.fail);
  c.on('error', assert.fail);
  c.on('close', function (hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(c.destroyed, true);
    done['destroy-connecting'] = true;
    finished();
  });
  c.destroy();
  c.destroy(); // twice is harmless
});
