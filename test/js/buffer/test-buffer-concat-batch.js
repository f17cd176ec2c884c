'use strict';
// Buffer.concat collects the chunks with host memory for one batched copy in Java, and copies
// any other list chunk by chunk. Every mix must give the same bytes as a byte-by-byte reference:
// chunk sizes from 0 up past the slab size, chunks from many slabs and from big Buffers, slices
// at odd offsets, non-Buffer entries that make concat copy through their own copy(), nested
// concats, a length argument longer or shorter than the chunks, and a Buffer whose length the
// program overwrote.
var assert = require('assert');

var seed = 777;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

function reference(list, length) {
  var bytes = [];
  list.forEach(function (b) {
    for (var i = 0; i < b.length; i++) bytes.push(b[i]);
  });
  if (length !== undefined) bytes = bytes.slice(0, length);
  return bytes;
}

function check(list, length) {
  var got = length === undefined ? Buffer.concat(list) : Buffer.concat(list, length);
  var want = reference(list, length);
  if (length !== undefined && length > want.length) {
    assert.strictEqual(got.length, length);
    got = got.slice(0, want.length);
  }
  assert.deepEqual(Array.prototype.slice.call(got), want);
}

function filled(n) {
  var b = new Buffer(n);
  for (var i = 0; i < n; i++) b[i] = random(256);
  return b;
}

// Sizes around the crossover (16), the slab size and beyond, in random orders.
var sizes = [0, 1, 7, 8, 9, 15, 16, 17, 18, 31, 32, 33, 64, 100, 1000, 4096, 8191, 8192, 8193, 20000];
for (var t = 0; t < 100; t++) {
  var list = [];
  var n = 2 + random(40);
  for (var i = 0; i < n; i++) {
    var b = filled(sizes[random(sizes.length)]);
    // sometimes a slice at an odd offset of a bigger Buffer
    if (random(4) === 0 && b.length > 3) b = b.slice(1 + random(2), b.length - random(2));
    list.push(b);
  }
  check(list);
  var total = reference(list).length;
  check(list, total);
  check(list, total + 5);
}

// Many chunks from many slabs (more memories than the batch table's first size).
var many = [];
for (var k = 0; k < 5000; k++) many.push(filled(17 + random(40)));
check(many);

// More chunks than either side keeps its table for (64 Ki), then a small list again.
var lots = [];
for (k = 0; k < 70000; k++) lots.push(filled(1 + random(3)));
check(lots);
check([filled(40), filled(50)]);

// Batched chunks far apart in the target (many small chunks between them), and chunks from
// many big Buffers at scattered offsets (more than the Java side reads in windows).
var apart = [filled(20)];
for (k = 0; k < 3000; k++) apart.push(filled(1 + random(16)));
apart.push(filled(40));
check(apart);
var scattered = [];
for (k = 0; k < 300; k++) {
  var big = filled(20000 + random(50000));
  var at = random(big.length - 100);
  scattered.push(big.slice(at, at + 17 + random(80)));
}
check(scattered);

// A non-Buffer entry copies itself; its copy() may run another concat in between.
var inner = [filled(40), filled(50)];
var odd = {
  length: 30,
  copy: function (target, position) {
    var nested = Buffer.concat(inner.concat([filled(20), filled(33)]));
    assert.deepEqual(Array.prototype.slice.call(nested, 0, 90), reference(inner));
    for (var i = 0; i < 30; i++) target[position + i] = i;
  }
};
var withOdd = [filled(20), filled(64), odd, filled(100), filled(3)];
var out = Buffer.concat(withOdd);
var expected = reference([withOdd[0], withOdd[1]]);
for (var j = 0; j < 30; j++) expected.push(j);
expected = expected.concat(reference([withOdd[3], withOdd[4]]));
assert.deepEqual(Array.prototype.slice.call(out), expected);

// An entry that throws part-way (while concat lists the copies, or while it copies chunk by
// chunk) leaves nothing behind for the next concat.
var thrower = filled(10);
Object.defineProperty(thrower, 'length', { get: function () { throw new Error('boom'); } });
assert.throws(function () { Buffer.concat([filled(40), filled(50), thrower, filled(60)], 150); }, /boom/);
check([filled(40), filled(50), filled(60)]);
check([filled(40), filled(50), filled(60)]);
var copyThrower = { length: 10, copy: function () { throw new Error('bang'); } };
assert.throws(function () { Buffer.concat([filled(40), copyThrower, filled(60)]); }, /bang/);
check([filled(40), filled(50), filled(60)]);

// A length that cuts the last chunk short, and a Buffer whose length the program overwrote (v0.10
// allows it): both copied chunk by chunk.
check([filled(40), filled(50), filled(60)], 100);
var shortened = filled(30);
shortened.length = 10;
check([filled(20), shortened, filled(20)]);
assert.strictEqual(Buffer.concat([filled(20), shortened, filled(20)]).length, 50);

// A plain Uint8Array in the list (no host memory) and v0.10's usage error.
var plain = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
plain.copy = Buffer.prototype.copy;
check([filled(30), plain, filled(30)]);
assert.throws(function () { Buffer.concat('nope'); }, /Usage: Buffer.concat\(list, \[length\]\)/);

console.log('ok');
