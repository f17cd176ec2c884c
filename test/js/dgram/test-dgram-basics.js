'use strict';
// dgram: createSocket('udp4'|'udp6'[, listener]), bad types, bind([port][, address][, cb]) and
// 'listening', address(), send(buf, offset, length, port, host[, cb]) with cb(err, bytes) and
// 'message' (msg, rinfo), an implicit bind on the first send (sends queued until it is done),
// udp6, a shared port (SO_REUSEADDR, as v0.10), a foreign address (EADDRNOTAVAIL via 'error'),
// close() and 'close', and the errors after close.
var assert = require('assert');
var dgram = require('dgram');
var events = require('events');

var done = {};
process.on('exit', function () {
  assert.deepEqual(Object.keys(done).sort(), ['bindErrors', 'echo4', 'echo6', 'implicit', 'types']);
});

// Types
assert.throws(function () { dgram.createSocket('udp5'); }, /Bad socket type specified/);
assert.throws(function () { dgram.createSocket('unix_dgram'); }, /not supported/);
var s4 = dgram.createSocket('udp4');
assert(s4 instanceof dgram.Socket);
assert(s4 instanceof events.EventEmitter);
assert.strictEqual(s4.type, 'udp4');
assert.strictEqual(s4.fd, null);
s4.close();
assert.throws(function () { s4.close(); }, /Not running/);
assert.throws(function () { s4.address(); }, /Not running/);
assert.throws(function () { s4.send(new Buffer('x'), 0, 1, 9, '127.0.0.1'); }, /Not running/);
done.types = true;

// Echo over IPv4, with the listener given to createSocket and bind's callback.
var server = dgram.createSocket('udp4', function (msg, rinfo) {
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.size, msg.length);
  assert(rinfo.port > 0);
  server.send(msg, 0, msg.length, rinfo.port, rinfo.address);
});
var listening = 0;
server.on('listening', function () { listening++; });
server.bind(0, '127.0.0.1', function () {
  assert.strictEqual(listening, 1);
  var a = server.address();
  assert.strictEqual(a.address, '127.0.0.1');
  assert.strictEqual(a.family, 'IPv4');
  assert(a.port > 0);
  assert.throws(function () { server.bind(0); }, /already bound/);

  var client = dgram.createSocket('udp4');
  client.bind(0, function () {
    assert.strictEqual(client.address().address, '0.0.0.0');
    var payload = new Buffer('..hello udp..');
    client.send(payload, 2, 9, a.port, 'localhost', function (err, bytes) {
      assert.strictEqual(err, null);
      assert.strictEqual(bytes, 9);
    });
  });
  client.on('message', function (msg, rinfo) {
    assert.strictEqual(msg.toString(), 'hello udp');
    assert.strictEqual(rinfo.port, a.port);
    var closes = 0;
    client.on('close', function () { closes++; });
    client.close();
    assert.strictEqual(closes, 1, "'close' is emitted by close() itself");
    done.echo4 = true;

    // A second socket on the same address and port binds too: v0.10 sets SO_REUSEADDR on every
    // UDP socket (several processes listen on one port for broadcasts).
    var dup = dgram.createSocket('udp4');
    dup.bind(a.port, '127.0.0.1', function () {
      assert.strictEqual(dup.address().port, a.port);
      dup.close();
      // An address this host does not have fails with Node's error shape.
      var stranger = dgram.createSocket('udp4');
      stranger.on('error', function (e) {
        assert.strictEqual(e.code, 'EADDRNOTAVAIL');
        assert.strictEqual(e.syscall, 'bind');
        assert.strictEqual(e.message, 'bind EADDRNOTAVAIL');
        stranger.close();
        server.close();
        done.bindErrors = true;
      });
      stranger.bind(0, '192.0.2.1', assert.fail);
    });
  });
});

// IPv6
var six = dgram.createSocket('udp6', function (msg, rinfo) {
  assert.strictEqual(rinfo.family, 'IPv6');
  assert.strictEqual(rinfo.address, '::1');
  six.send(msg, 0, msg.length, rinfo.port, rinfo.address);
});
six.bind(0, '::1', function () {
  assert.strictEqual(six.address().family, 'IPv6');
  var c6 = dgram.createSocket('udp6');
  c6.on('message', function (msg) {
    assert.strictEqual(String(msg), 'six');
    c6.close();
    six.close();
    done.echo6 = true;
  });
  c6.send(new Buffer('six'), 0, 3, six.address().port, '::1');
});

// Sending binds implicitly; sends made before the bind completes are kept in order.
var target = dgram.createSocket('udp4');
var got = [];
target.on('message', function (msg, rinfo) {
  got.push(String(msg));
  if (got.length === 3) {
    assert.deepEqual(got, ['one', 'two', 'three']);
    target.close();
    implicitSource.close();
    done.implicit = true;
  }
});
var implicitSource = dgram.createSocket('udp4');
target.bind(0, '127.0.0.1', function () {
  var port = target.address().port;
  var sent = [];
  ['one', 'two', 'three'].forEach(function (word) {
    implicitSource.send(new Buffer(word), 0, word.length, port, '127.0.0.1', function (err, n) {
      assert.strictEqual(err, null);
      sent.push(n);
    });
  });
  implicitSource.on('listening', function () {
    assert.strictEqual(implicitSource.address().address, '0.0.0.0');
  });
});
