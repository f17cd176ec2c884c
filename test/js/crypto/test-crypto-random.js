'use strict';
// crypto.randomBytes / pseudoRandomBytes (and the rng / prng aliases): Buffers of the asked
// size, synchronously or through a callback run after the worker pool made them (inside the
// caller's domain), Node v0.10's TypeErrors for sizes that are not unsigned 32-bit integers or
// exceed a Buffer's limit; and the bytes look random.
var assert = require('assert');
var crypto = require('crypto');
var domain = require('domain');

assert.strictEqual(crypto.rng, crypto.randomBytes);
assert.strictEqual(crypto.prng, crypto.pseudoRandomBytes);

var calls = 0;
[crypto.randomBytes, crypto.pseudoRandomBytes].forEach(function(f) {
  [0, 1, 16, 1024].forEach(function(size) {
    var buf = f(size);
    assert.ok(Buffer.isBuffer(buf));
    assert.strictEqual(buf.length, size);
    var sync = true;
    var returned = f(size, function(err, b) {
      assert.strictEqual(sync, false, 'the callback runs later');
      assert.strictEqual(err, null);
      assert.ok(Buffer.isBuffer(b));
      assert.strictEqual(b.length, size);
      calls++;
    });
    sync = false;
    assert.strictEqual(returned, undefined);
  });

  [-1, 1.5, NaN, undefined, null, false, true, '4', {}, []].forEach(function(bad) {
    assert.throws(function() { f(bad); }, /^TypeError: Argument #1 must be number > 0$/);
    assert.throws(function() { f(bad, function() {}); }, /^TypeError: Argument #1 must be number > 0$/);
  });
  assert.throws(function() { f(0x3fffffff + 1); }, /^TypeError: size > Buffer::kMaxLength$/);
  assert.throws(function() { f(0x100000000); }, /^TypeError: Argument #1 must be number > 0$/);
});

// Not constant: two draws differ, and every byte value shows up in 64 KiB.
assert.notEqual(crypto.randomBytes(32).toString('hex'), crypto.randomBytes(32).toString('hex'));
var seen = {};
var big = crypto.randomBytes(65536);
for (var i = 0; i < big.length; i++) seen[big[i]] = true;
assert.strictEqual(Object.keys(seen).length, 256);

// DEFAULT_ENCODING does not apply: always Buffers.
crypto.DEFAULT_ENCODING = 'binary';
assert.ok(Buffer.isBuffer(crypto.randomBytes(4)));
crypto.DEFAULT_ENCODING = 'buffer';

// Errors thrown by callbacks reach the domain that was active when the call was made.
var expected = ['randomBytes', 'pseudoRandomBytes'];
var d = domain.create();
d.on('error', function(e) {
  var i = expected.indexOf(e.message);
  assert.notEqual(i, -1, e.message);
  expected.splice(i, 1);
});
d.run(function() {
  crypto.randomBytes(4, function() { throw new Error('randomBytes'); });
  crypto.pseudoRandomBytes(4, function() { throw new Error('pseudoRandomBytes'); });
});

process.on('exit', function() {
  assert.strictEqual(calls, 8);
  assert.deepEqual(expected, []);
});
