'use strict';
// Creating Buffers: every constructor form of v0.10, the pool, SlowBuffer, the class methods,
// and the errors bad arguments give.
var assert = require('assert');
var bufferModule = require('buffer');
var Buffer = bufferModule.Buffer;
var SlowBuffer = bufferModule.SlowBuffer;

// The global is the module's Buffer; exports are v0.10's.
assert.strictEqual(global.Buffer, Buffer);
assert.deepEqual(Object.keys(bufferModule).sort(), ['Buffer', 'INSPECT_MAX_BYTES', 'SlowBuffer']);
assert.strictEqual(bufferModule.INSPECT_MAX_BYTES, 50);
assert.strictEqual(process.binding('buffer').SlowBuffer, SlowBuffer);

// Buffer is a plain function, callable with and without new; instances are real Uint8Arrays.
assert.strictEqual(typeof Buffer, 'function');
assert.ok(!/^class\b/.test(Function.prototype.toString.call(Buffer)));
assert.strictEqual(Object.getPrototypeOf(Buffer), Function.prototype);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
var withNew = new Buffer(4);
var withoutNew = Buffer(4);
[withNew, withoutNew].forEach(function (b) {
  assert.ok(b instanceof Buffer);
  assert.ok(b instanceof Uint8Array);
  assert.ok(ArrayBuffer.isView(b));
  assert.strictEqual(b.constructor, Buffer);
  assert.strictEqual(b.length, 4);
  assert.ok(Buffer.isBuffer(b));
});
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(Buffer.name, 'Buffer');

// new Buffer(size)
assert.strictEqual(new Buffer(0).length, 0);
assert.strictEqual(new Buffer(10).length, 10);
assert.strictEqual(Buffer(3.3).length, 4);
assert.strictEqual(Buffer(-1).length, 0);
assert.strictEqual(Buffer(NaN).length, 0);
assert.strictEqual(Buffer(-Infinity).length, 0);
assert.throws(function () { new Buffer(0xFFFFFFFF); }, function (e) {
  return e instanceof RangeError && e.message === 'length > kMaxLength';
});
assert.throws(function () { new Buffer(0xFFFFFFFFF); }, function (e) {
  return e instanceof TypeError && e.message === 'Bad argument';
});
assert.throws(function () { new Buffer(Infinity); }, TypeError);

// Index values wrap to 0-255; out-of-range indexes are ignored.
var w = new Buffer(3);
w[0] = -1;
w[1] = 256 + 7;
w[2] = 3.9;
w[5] = 1;
assert.deepEqual([w[0], w[1], w[2], w[5]], [255, 7, 3, undefined]);

// new Buffer(array) and array-likes
var fromArray = new Buffer([1, 2, 255, 256, -1, '7', 'x']);
assert.deepEqual(Array.prototype.slice.call(fromArray), [1, 2, 255, 0, 255, 7, 0]);
assert.deepEqual(new Buffer({ 0: 0, 1: 1, 2: 2, length: 3 }), new Buffer([0, 1, 2]));
assert.deepEqual(new Buffer({ 0: '4', 1: '5', length: 2 }), new Buffer([4, 5]));
assert.strictEqual(Buffer({ length: 3.3 }).length, 4);
assert.strictEqual(Buffer({ length: 'BAM' }).length, 0);
assert.strictEqual(Buffer({}).length, 0);
assert.strictEqual(new Buffer([]).length, 0);
// typed arrays: values, not bytes; copies, not views
var u16 = new Uint16Array([1, 258, 65535]);
assert.deepEqual(Array.prototype.slice.call(new Buffer(u16)), [1, 2, 255]);
var plain = new Uint8Array(200);
for (var i = 0; i < plain.length; i++) plain[i] = i;
var fromPlain = new Buffer(plain);
plain[0] = 99;
assert.strictEqual(fromPlain[0], 0);
assert.strictEqual(fromPlain[199], 199);

// new Buffer(buffer) copies
var original = new Buffer([1, 2, 3]);
var copy = new Buffer(original);
assert.deepEqual(copy, original);
copy[0] = 9;
assert.strictEqual(original[0], 1);

// new Buffer(string[, encoding])
assert.strictEqual(new Buffer('').length, 0);
assert.strictEqual(new Buffer('', 'hex').length, 0);
assert.strictEqual(Buffer('99').length, 2);
assert.strictEqual(Buffer('13.37').length, 5);
assert.strictEqual(new Buffer('\u00e9').length, 2);
assert.strictEqual(new Buffer('\u00e9', 'binary').length, 1);
assert.strictEqual(new Buffer('abc', 'UTF8').toString(), 'abc');
// a number where the encoding goes counts as a length: the encoding stays utf8
assert.strictEqual(new Buffer('\u00e9', 5).length, 2);
// whitespace in base64 does not count
assert.strictEqual(new Buffer('YW Jj\n', 'base64').toString(), 'abc');
assert.throws(function () { new Buffer('abc', 'utf9'); }, function (e) {
  return e instanceof TypeError && e.message === 'Unknown encoding: utf9';
});
assert.throws(function () { new Buffer('', 'buffer'); }, TypeError);
assert.throws(function () { new Buffer('abc', 'Nope'); }, /^TypeError: Unknown encoding: nope$/);

// other subjects
assert.throws(function () { new Buffer(true); }, function (e) {
  return e instanceof TypeError && e.message === 'First argument needs to be a number, array or string.';
});
assert.throws(function () { new Buffer(undefined); }, /First argument needs to be a number, array or string\./);
assert.throws(function () { new Buffer(function () {}); }, TypeError);
assert.throws(function () { new Buffer(null); }, TypeError);

// v0.10's internal form Buffer(parent, length, offset)
var parentBuf = new Buffer([10, 11, 12, 13, 14]);
var view = new Buffer(parentBuf, 2, parentBuf.offset + 1);
assert.deepEqual(Array.prototype.slice.call(view), [11, 12]);
view[0] = 99;
assert.strictEqual(parentBuf[1], 99);
assert.throws(function () { new Buffer('"pong"', 0, 6, 8031, '127.0.0.1'); }, function (e) {
  return e instanceof TypeError && e.message === 'First argument must be a Buffer when slicing';
});
Buffer(Buffer(0), 0, 0);
var slow = new SlowBuffer(16);
assert.throws(function () { new Buffer(slow, 16, -16); }, RangeError);
assert.throws(function () { new Buffer(slow, 17, 0); }, RangeError);
assert.strictEqual(new Buffer(slow, 16, 0).length, 16);

// The pool: small Buffers share 8 KiB slabs (parent/offset as v0.10 reports them); big ones
// get their own memory.
assert.strictEqual(Buffer.poolSize, 8192);
var a = new Buffer(10);
var b = new Buffer(10);
assert.strictEqual(a.parent.length, Buffer.poolSize);
assert.ok(a.parent instanceof SlowBuffer);
assert.strictEqual(typeof a.offset, 'number');
if (a.parent === b.parent) assert.ok(b.offset >= a.offset + 10);
a.fill(1);
b.fill(2);
assert.strictEqual(a[9], 1);
assert.strictEqual(b[0], 2);
var big = new Buffer(Buffer.poolSize + 5);
assert.strictEqual(big.parent.length, Buffer.poolSize + 5);
assert.strictEqual(big.offset, 0);
for (var n = 1; n <= 600; n++) assert.strictEqual(new Buffer(n).length, n);
var oldPoolSize = Buffer.poolSize;
Buffer.poolSize = 16;
assert.strictEqual(new Buffer(17).parent.length, 17);
Buffer.poolSize = oldPoolSize;

// SlowBuffer
var s = new SlowBuffer(5);
assert.strictEqual(s.length, 5);
assert.ok(s instanceof SlowBuffer);
assert.ok(Buffer.isBuffer(s));
assert.ok(s instanceof Uint8Array);
assert.strictEqual(SlowBuffer(3).length, 3);
assert.strictEqual(new SlowBuffer(0).length, 0);
assert.throws(function () { new SlowBuffer(-1); }, /^TypeError: Bad argument$/);
assert.throws(function () { new SlowBuffer('1'); }, TypeError);
assert.throws(function () { new SlowBuffer(0x40000000); }, /^RangeError: length > kMaxLength$/);
assert.strictEqual(s.parent, undefined);
var fromSlow = s.slice(1, 3);
assert.ok(fromSlow instanceof Buffer);
assert.ok(!(fromSlow instanceof SlowBuffer));
assert.strictEqual(fromSlow.parent, s);
assert.strictEqual(fromSlow.offset, 1);
assert.throws(function () { s.slice(0, 6); }, RangeError);
assert.throws(function () { s.slice(3, 2); }, RangeError);
assert.strictEqual(SlowBuffer.byteLength('\u00e9'), 2);
assert.throws(function () {
  SlowBuffer.makeFastBuffer(s, new Buffer(1), -5, 5);
}, RangeError);
assert.throws(function () {
  SlowBuffer.makeFastBuffer(s, new Buffer(1), 0, 6);
}, RangeError);
SlowBuffer.makeFastBuffer(s, new Buffer(1), 0, 5);
['base64', 'binary', 'ucs2', 'utf8', 'ascii'].forEach(function (encoding) {
  assert.strictEqual(new SlowBuffer(0).write('', encoding), 0);
});

// Buffer.isBuffer
assert.strictEqual(Buffer.isBuffer(new Buffer(1)), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Buffer.isBuffer('abc'), false);
assert.strictEqual(Buffer.isBuffer(null), false);
assert.strictEqual(Buffer.isBuffer({ length: 0 }), false);

// Buffer.isEncoding
['hex', 'utf8', 'utf-8', 'ascii', 'binary', 'base64', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le',
 'raw', 'UTF8', 'Hex'].forEach(function (enc) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
});
['utf9', 'utf-7', 'Unicode-FTW', 'new gnu gun', '', 'buffer', undefined, null, 0].forEach(function (enc) {
  assert.strictEqual(Buffer.isEncoding(enc), false, String(enc));
});

// Buffer.byteLength
assert.strictEqual(Buffer.byteLength('Il \u00e9tait tu\u00e9'), 14);
assert.strictEqual(Buffer.byteLength('Il \u00e9tait tu\u00e9', 'utf8'), 14);
['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UCS2'].forEach(function (encoding) {
  assert.strictEqual(Buffer.byteLength('Il \u00e9tait tu\u00e9', encoding), 24);
});
assert.strictEqual(Buffer.byteLength('Il \u00e9tait tu\u00e9', 'ascii'), 12);
assert.strictEqual(Buffer.byteLength('Il \u00e9tait tu\u00e9', 'binary'), 12);
assert.strictEqual(Buffer.byteLength('\u00bd + \u00bc = \u00be'), 12);
assert.strictEqual(Buffer.byteLength('\ud83d\udc4d'), 4);
assert.strictEqual(Buffer.byteLength('\ud83d'), 3);
assert.strictEqual(Buffer.byteLength('\udc4d\ud83d'), 6);
assert.strictEqual(Buffer.byteLength('\u20ac'), 3);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('aaa=', 'base64'), 2);
assert.strictEqual(Buffer.byteLength('aaaa==', 'base64'), 3);
assert.strictEqual(Buffer.byteLength('K', 'base64'), 0);
assert.strictEqual(Buffer.byteLength('KioqK', 'base64'), 4);
assert.strictEqual(Buffer.byteLength('', 'base64'), 0);
// unknown encodings count as utf8 here (v0.10 does not throw)
assert.strictEqual(Buffer.byteLength('\u00e9', 'bogus'), 2);
assert.strictEqual(Buffer.byteLength('\u00e9', 5), 2);
assert.throws(function () { Buffer.byteLength(5); }, /^TypeError: Argument must be a string$/);
var long = new Array(5001).join('\u00e9');
assert.strictEqual(Buffer.byteLength(long), 10000);
assert.strictEqual(Buffer.byteLength(long + '\ud800'), 10003);

// Buffer.concat
var zero = [];
var one = [new Buffer('asdf')];
var several = [];
for (i = 0; i < 10; i++) several.push(new Buffer('asdf'));
assert.strictEqual(Buffer.concat(zero).length, 0);
assert.ok(Buffer.isBuffer(Buffer.concat(zero)));
assert.strictEqual(Buffer.concat(one), one[0]);
assert.strictEqual(Buffer.concat(several).toString(), new Array(11).join('asdf'));
assert.strictEqual(Buffer.concat(several, 40).toString(), new Array(11).join('asdf'));
assert.strictEqual(Buffer.concat(several, 0).length, 0);
assert.strictEqual(Buffer.concat([new Buffer('ab'), new Buffer('cd')], 3).toString(), 'abc');
assert.throws(function () {
  Buffer.concat([new Buffer('ab'), new Buffer('cd'), new Buffer('ef')], 3);
}, RangeError);
assert.strictEqual(Buffer.concat([new Buffer('ab'), new Buffer('cd')], 6).slice(0, 4).toString(), 'abcd');
assert.throws(function () { Buffer.concat('abc'); }, function (e) {
  return e instanceof TypeError && e.message === 'Usage: Buffer.concat(list, [length])';
});
var bigParts = [new Buffer(5000), new Buffer(5000)];
bigParts[0].fill(1);
bigParts[1].fill(2);
var joined = Buffer.concat(bigParts);
assert.strictEqual(joined.length, 10000);
assert.strictEqual(joined[4999], 1);
assert.strictEqual(joined[5000], 2);
assert.strictEqual(Buffer.concat([new Buffer(0), new Buffer('x')]).toString(), 'x');

console.log('ok');
