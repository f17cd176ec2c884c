'use strict';
// slice (shared memory), copy, fill, toJSON, inspect, get/set and length, with v0.10's argument
// handling and errors.
var assert = require('assert');
var util = require('util');
var bufferModule = require('buffer');
var SlowBuffer = bufferModule.SlowBuffer;

function list(buf) {
  return Array.prototype.slice.call(buf);
}

// ---- slice: a view of the same memory
var buf1 = new Buffer(26);
for (var i = 0; i < 26; i++) buf1[i] = i + 97;
var buf2 = buf1.slice(0, 3);
assert.strictEqual(buf2.toString('ascii', 0, buf2.length), 'abc');
buf1[0] = 33;
assert.strictEqual(buf2.toString('ascii', 0, buf2.length), '!bc');
buf2[1] = 34;
assert.strictEqual(buf1[1], 34);
assert.ok(buf2 instanceof Buffer);
assert.strictEqual(buf2.parent, buf1.parent);
assert.strictEqual(buf2.offset, buf1.offset);
assert.strictEqual(buf1.slice(5).offset, buf1.offset + 5);

var a = new Buffer(8);
for (i = 0; i < 8; i++) a[i] = i;
var b = a.slice(4, 8);
var c = b.slice(2, 4);
assert.deepEqual(list(b), [4, 5, 6, 7]);
assert.deepEqual(list(c), [6, 7]);
assert.strictEqual(new Buffer('abcde').slice(1).toString(), 'bcde');
assert.strictEqual(Buffer('hello').slice(0, 0).length, 0);

var digits = new Buffer('0123456789');
assert.strictEqual(digits.slice(-10, 10).toString(), '0123456789');
assert.strictEqual(digits.slice(-20, 10).toString(), '0123456789');
assert.strictEqual(digits.slice(-20, -10).toString(), '');
assert.strictEqual(digits.slice(0, -1).toString(), '012345678');
assert.strictEqual(digits.slice(2, -2).toString(), '234567');
assert.strictEqual(digits.slice(0, 65536).toString(), '0123456789');
assert.strictEqual(digits.slice(65536, 0).toString(), '');
assert.strictEqual(digits.slice(5, 2).length, 0);
assert.strictEqual(digits.slice(2.9, 4.9).toString(), '23');
// non-number arguments are v0.10's defaults
assert.strictEqual(digits.slice('3').toString(), '0123456789');
assert.strictEqual(digits.slice(undefined, '3').toString(), '0123456789');
for (i = 0; i < digits.length; ++i) {
  assert.strictEqual(digits.slice(-i).toString(), '0123456789'.slice(-i));
  assert.strictEqual(digits.slice(0, -i).toString(), '0123456789'.slice(0, -i));
}

// An overwritten length is v0.10's "undefined behaviour": it is kept, and slicing past the
// real memory throws instead of reading beyond it.
var small = new Buffer(new SlowBuffer(1), 1, 0);
small.length = 0xffffffff;
assert.strictEqual(small.length, 0xffffffff);
assert.throws(function () { small.slice(0xffffff0, 0xffffffe); }, RangeError);

// ---- copy
var src = new Buffer(1024);
var dst = new Buffer(512);
src.fill(1);
dst.fill(2);
assert.strictEqual(src.copy(dst, 0, 0, 512), 512);
assert.deepEqual(dst, src.slice(0, 512));
src.fill(3);
assert.strictEqual(dst.copy(src, 0, 0), 512);
assert.strictEqual(src[511], 1);
assert.strictEqual(src[512], 3);
src.fill(4);
assert.strictEqual(src.copy(dst), 512);                        // defaults
src.fill(5);
assert.strictEqual(src.copy(dst, 0, src.length - 256), 256);   // near the end of the source
assert.strictEqual(dst[0], 5);
assert.strictEqual(dst[256], 4);
assert.strictEqual(src.copy(dst, 0, 0, 513), 512);             // clamped to the target
assert.strictEqual(src.copy(dst, 0, -1), 512);                 // negative start is 0
assert.strictEqual(src.copy(dst, 0, 0, 1025), 512);            // end past the source
assert.strictEqual(src.copy(dst, 0, NaN, undefined), 512);
assert.strictEqual(src.copy(dst, 500, 0, 100), 12);
assert.throws(function () { src.copy(dst, 0, 0, -1); }, function (e) {
  return e instanceof RangeError && e.message === 'sourceEnd < sourceStart';
});
assert.throws(function () { src.copy(dst, 0, 100, 10); }, /^RangeError: sourceEnd < sourceStart$/);
assert.throws(function () { src.copy(dst, 512, 0, 10); }, function (e) {
  return e instanceof RangeError && e.message === 'targetStart out of bounds';
});
assert.strictEqual(src.copy(new Buffer(0), 0, 0, 0), 0);
assert.strictEqual(src.copy(new Buffer(0), 1, 1, 1), 0);
assert.strictEqual(src.copy(new Buffer(1), 1, 1, 1), 0);
assert.strictEqual(src.copy(new Buffer(1), 0, 2048, 2048), 0);
assert.strictEqual(src.copy(new Buffer(1), 0, 2000), 0);        // start past the end
assert.strictEqual(new Buffer(0).copy(dst), 0);
// to and from SlowBuffers and plain Uint8Arrays
var slow = new SlowBuffer(600);
src.fill(6);
assert.strictEqual(src.copy(slow), 600);
assert.strictEqual(slow[599], 6);
var plain = new Uint8Array(300);
assert.strictEqual(src.copy(plain, 10), 290);
assert.strictEqual(plain[10], 6);
assert.strictEqual(plain[9], 0);
assert.throws(function () { src.copy({ length: 10 }); }, TypeError);
// overlapping copies within one buffer, small and large, both directions
[5, 40, 300].forEach(function (n) {
  var o = new Buffer(n * 3);
  for (var k = 0; k < o.length; k++) o[k] = k & 0xff;
  o.copy(o, n, 0, 2 * n);                // forwards overlap
  for (k = 0; k < 2 * n; k++) assert.strictEqual(o[n + k], k & 0xff, 'fwd ' + n);
  for (k = 0; k < o.length; k++) o[k] = k & 0xff;
  o.copy(o, 0, n, 3 * n);                // backwards overlap
  for (k = 0; k < 2 * n; k++) assert.strictEqual(o[k], (n + k) & 0xff, 'back ' + n);
});
var abc = new Buffer(26);
for (i = 0; i < 26; i++) abc[i] = i + 97;
abc.copy(abc, 0, 4, 10);
assert.strictEqual(abc.toString(), 'efghijghijklmnopqrstuvwxyz');
// between slices of one slab
var slabA = new Buffer('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
var slabB = new Buffer('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
slabA.copy(slabB, 5, 0, 30);
assert.strictEqual(slabB.toString(), 'bbbbb' + new Array(31).join('a') + 'bbbbb');

// ---- fill
var f = new Buffer(50);
f.fill('h');
for (i = 0; i < f.length; i++) assert.strictEqual(f[i], 104);
f.fill(0);
f.fill(1, 16, 32);
for (i = 0; i < 16; i++) assert.strictEqual(f[i], 0);
for (; i < 32; i++) assert.strictEqual(f[i], 1);
for (; i < f.length; i++) assert.strictEqual(f[i], 0);
f.fill(257);
assert.strictEqual(f[0], 1);
f.fill(-1);
assert.strictEqual(f[49], 255);
f.fill('\u20ac');                     // the first character's code, low byte
assert.strictEqual(f[0], 0xac);
f.fill('');
assert.strictEqual(f[0], 0);
f.fill(NaN);
assert.strictEqual(f[0], 0);
f.fill(7, 45);
assert.strictEqual(f[44], 0);
assert.strictEqual(f[45], 7);
assert.strictEqual(f.fill(3), undefined);
assert.throws(function () { f.fill(true); }, /^TypeError: value is not a number$/);
assert.throws(function () { f.fill({}); }, TypeError);
assert.throws(function () { f.fill(1, 10, 5); }, /^RangeError: end < start$/);
assert.throws(function () { f.fill(1, -1, 5); }, /^RangeError: start out of bounds$/);
assert.throws(function () { f.fill(1, 50, 51); }, RangeError);
assert.throws(function () { f.fill(1, 0, 51); }, /^RangeError: end out of bounds$/);
f.fill(1, 5, 5);
new Buffer(0).fill(1);
var bigFill = new Buffer(100000);
bigFill.fill(0x5a, 10, 99990);
assert.strictEqual(bigFill[9] === 0x5a, false);
assert.strictEqual(bigFill[10], 0x5a);
assert.strictEqual(bigFill[99989], 0x5a);
assert.strictEqual(bigFill[99990] === 0x5a, false);

// ---- toJSON
assert.strictEqual(JSON.stringify(new Buffer('test')), '[116,101,115,116]');
assert.deepEqual(new Buffer('test').toJSON(), [116, 101, 115, 116]);
assert.ok(Array.isArray(new Buffer(2).toJSON()));
assert.deepEqual(new Buffer(JSON.parse(JSON.stringify(new Buffer('test')))), new Buffer('test'));

// ---- inspect
assert.strictEqual(new Buffer([1, 2, 0xab]).inspect(), '<Buffer 01 02 ab>');
assert.strictEqual(new Buffer(0).inspect(), '<Buffer >');
assert.strictEqual(util.inspect(new Buffer('ab')), '<Buffer 61 62>');
assert.strictEqual(util.inspect({ b: new Buffer([255]) }), '{ b: <Buffer ff> }');
assert.strictEqual(util.format('%j', new Buffer([1])), '[1]');
var hundred = new Buffer(100);
hundred.fill(0x11);
var shown = hundred.inspect();
assert.strictEqual(shown, '<Buffer ' + new Array(52).join('11 ') + '...>');
bufferModule.INSPECT_MAX_BYTES = 2;
assert.strictEqual(hundred.inspect(), '<Buffer 11 11 11 ...>');
// v0.10 shows byte number INSPECT_MAX_BYTES too, then '...' even when nothing follows
assert.strictEqual(new Buffer([1, 2, 3]).inspect(), '<Buffer 01 02 03 ...>');
assert.strictEqual(new Buffer([1, 2]).inspect(), '<Buffer 01 02>');
bufferModule.INSPECT_MAX_BYTES = 50;
var x = new SlowBuffer(9);
[0x81, 0xa3, 0x66, 0x6f, 0x6f, 0xa3, 0x62, 0x61, 0x72].forEach(function (v, k) { x[k] = v; });
assert.strictEqual(x.inspect(), '<SlowBuffer 81 a3 66 6f 6f a3 62 61 72>');
assert.strictEqual(x.slice(4).inspect(), '<Buffer 6f a3 62 61 72>');

// ---- get / set (v0.10's), and typed-array set
var g = new Buffer([5, 6, 7]);
assert.strictEqual(g.get(1), 6);
assert.strictEqual(g.set(1, 9), 9);
assert.strictEqual(g[1], 9);
assert.throws(function () { g.get(3); }, /^RangeError: offset is out of bounds$/);
assert.throws(function () { g.get(-1); }, RangeError);
assert.throws(function () { g.set(3, 1); }, RangeError);
g.set([1, 2], 1);
assert.deepEqual(list(g), [5, 1, 2]);
g.set(new Buffer([8]));
assert.strictEqual(g[0], 8);

// ---- length, parent, offset
var l = new Buffer(1234);
assert.strictEqual(l.length, 1234);
l.write('some string', 0, 'ascii');
assert.strictEqual(l.length, 1234);
assert.strictEqual(l.slice(0, 5).length, 5);
assert.strictEqual(new Buffer(10).parent.length, 8192);

// ---- engine typed-array operations still work on Buffers
var t = new Buffer([3, 1, 2]);
assert.strictEqual(t.indexOf(2), 2);
assert.deepEqual(Array.from(t), [3, 1, 2]);
var sub = t.subarray(1);
assert.ok(sub instanceof Buffer);
sub[0] = 42;
assert.strictEqual(t[1], 42);
assert.deepEqual(list(new Uint8Array(t)), [3, 42, 2]);
t.reverse();
assert.deepEqual(list(t), [2, 42, 3]);

// ---- a Buffer compares by bytes in assert.deepEqual
assert.deepEqual(new Buffer('abc'), new Buffer([97, 98, 99]));
assert.throws(function () { assert.deepEqual(new Buffer('abc'), new Buffer('abd')); });

console.log('ok');
