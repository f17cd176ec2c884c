'use strict';
// dgram socket options and arguments: send()'s argument checks (TypeError/RangeError), the
// legacy sendto(); setBroadcast, setTTL (1..255), setMulticastTTL (0..255),
// setMulticastLoopback, addMembership/dropMembership; errors from the kernel come back as
// 'setTTL EINVAL'-style errors; options on an unbound socket fail (EBADF); ref/unref.
var assert = require('assert');
var dgram = require('dgram');

var s = dgram.createSocket('udp4');
var buf = new Buffer('test');

// Arguments
assert.throws(function () { s.send(); }, TypeError);
assert.throws(function () { s.send('text', 0, 4, 1, '127.0.0.1'); }, /First argument must be a buffer object/);
assert.throws(function () { s.send(buf, -1, 1, 1, '127.0.0.1'); }, RangeError);
assert.throws(function () { s.send(buf, 4, 0, 1, '127.0.0.1'); }, /Offset into buffer too large/);
assert.throws(function () { s.send(buf, 1, -1, 1, '127.0.0.1'); }, /Length should be >= 0/);
assert.throws(function () { s.send(buf, 1, 4, 1, '127.0.0.1'); }, /Offset \+ length beyond buffer length/);
assert.throws(function () { s.send(buf, 0, 1, 0, '127.0.0.1'); }, /Port should be > 0 and < 65536/);
assert.throws(function () { s.send(buf, 0, 1, 65536, '127.0.0.1'); }, RangeError);
assert.throws(function () { s.sendto(buf, '0', 1, 1, '127.0.0.1'); }, /send takes offset and length/);
assert.throws(function () { s.sendto(buf, 0, 1, 1); }, /udp4 sockets must send to port, address/);
assert.throws(function () { s.sendto('BAM', 0, 1, 1, 'host'); }, TypeError);

// Not bound yet: there is no socket to set options on.
assert.throws(function () { s.setTTL(10); }, /setTTL EBADF/);

s.bind(0, '127.0.0.1', function () {
  s.setBroadcast(true);
  s.setBroadcast(false);

  assert.strictEqual(s.setTTL(64), 64);
  assert.throws(function () { s.setTTL('64'); }, /Argument must be a number/);
  assert.throws(function () { s.setTTL(0); }, function (e) {
    return e.code === 'EINVAL' && e.syscall === 'setTTL' && e.message === 'setTTL EINVAL';
  });
  assert.throws(function () { s.setTTL(256); }, /setTTL EINVAL/);

  assert.strictEqual(s.setMulticastTTL(0), 0);
  assert.strictEqual(s.setMulticastTTL(16), 16);
  assert.throws(function () { s.setMulticastTTL(1000); }, /setMulticastTTL EINVAL/);
  assert.throws(function () { s.setMulticastTTL(null); }, TypeError);

  assert.strictEqual(s.setMulticastLoopback(true), 1);
  assert.strictEqual(s.setMulticastLoopback(0), 0);

  assert.throws(function () { s.addMembership(); }, /multicast address must be specified/);
  assert.throws(function () { s.dropMembership(''); }, /multicast address must be specified/);
  assert.throws(function () { s.addMembership('not an address'); }, /addMembership EINVAL/);
  // Joining a group on the loopback interface, and leaving it.
  s.addMembership('224.0.0.114', '127.0.0.1');
  s.dropMembership('224.0.0.114', '127.0.0.1');
  // Leaving a group we are not in.
  assert.throws(function () { s.dropMembership('224.0.0.115', '127.0.0.1'); }, /dropMembership/);

  s.unref();
  s.ref();
  s.close();
  assert.throws(function () { s.addMembership('224.0.0.114'); }, /Not running/);
  // ref()/unref() after close are harmless.
  s.ref();
  s.unref();
});

// An unref'd bound socket does not keep the process alive.
var idle = dgram.createSocket('udp4');
idle.bind(0, function () {
  idle.unref();
});
