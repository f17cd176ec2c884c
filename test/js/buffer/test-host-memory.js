'use strict';
// The zero-copy bridge (lib/internal/host_memory.js): every Buffer's bytes are a Java ByteBuffer
// that Java and JavaScript share. Internal modules are not requirable from user code, so this
// test compiles the module's source itself; it tags memory with registered symbols, so this
// copy sees exactly what the real one (used by lib/buffer.js) sees.
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var vm = require('vm');

var source = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'lib', 'internal', 'host_memory.js'), 'utf8');
var wrapper = vm.runInThisContext('(function (exports, require, module) {' + source + '\n})', 'host_memory.js');
var hostModule = { exports: {} };
wrapper(hostModule.exports, require, hostModule);
var hostMemory = hostModule.exports;
var binding = process.binding('buffer');

assert.strictEqual(typeof hostMemory.memoryOf, 'function');
assert.strictEqual(typeof hostMemory.hostBacked, 'function');
assert.strictEqual(typeof hostMemory.wrap, 'function');

// memoryOf: every Buffer (pooled, large, sliced, SlowBuffer) has host memory
var pooled = new Buffer('hello');
var large = new Buffer(20000);
var slow = new (require('buffer').SlowBuffer)(4);
[pooled, large, pooled.slice(1), slow, new Buffer(0), new Buffer('x', 'base64')].forEach(function (buf) {
  assert.notStrictEqual(hostMemory.memoryOf(buf), null);
});
assert.strictEqual(hostMemory.memoryOf(pooled), hostMemory.memoryOf(pooled.slice(2)));
// a user's plain typed array, and non-views, have none
assert.strictEqual(hostMemory.memoryOf(new Uint8Array(4)), null);
assert.strictEqual(hostMemory.memoryOf(new ArrayBuffer(4)), null);
assert.strictEqual(hostMemory.memoryOf({ buffer: {} }), null);
assert.strictEqual(hostMemory.memoryOf(null), null);
assert.strictEqual(hostMemory.memoryOf('abc'), null);
// other views over a Buffer's memory share it
assert.strictEqual(hostMemory.memoryOf(new DataView(large.buffer)), hostMemory.memoryOf(large));
assert.strictEqual(hostMemory.memoryOf(new Uint16Array(large.buffer, 0, 2)), hostMemory.memoryOf(large));

// The region [byteOffset, byteOffset + length) of memoryOf(buf) is buf: Java sees JavaScript's
// writes and JavaScript sees Java's.
var slice = new Buffer('0123456789abcdef').slice(3, 9);
var memory = hostMemory.memoryOf(slice);
assert.strictEqual(binding.toString(memory, slice.byteOffset, slice.byteOffset + slice.length, 'utf8'), '345678');
slice[0] = 0x41;
assert.strictEqual(binding.toString(memory, slice.byteOffset, slice.byteOffset + 1, 'utf8'), 'A');
binding.fill(memory, slice.byteOffset + 1, 2, 0x42);
assert.strictEqual(slice.toString(), 'ABB678');
binding.write(memory, slice.byteOffset + 3, 3, 'xyz', 'utf8');
assert.strictEqual(slice.toString(), 'ABBxyz');
var other = new Buffer(6);
binding.copy(memory, slice.byteOffset, hostMemory.memoryOf(other), other.byteOffset, 6);
assert.strictEqual(other.toString(), 'ABBxyz');

// hostBacked: a Buffer is returned as is; anything else becomes a host copy
assert.strictEqual(hostMemory.hostBacked(pooled), pooled);
assert.strictEqual(hostMemory.hostBacked(slow), slow);
var plain = new Uint8Array([1, 2, 3, 4, 5]).subarray(1, 4);
var backed = hostMemory.hostBacked(plain);
assert.ok(Buffer.isBuffer(backed));
assert.notStrictEqual(hostMemory.memoryOf(backed), null);
assert.deepEqual(Array.prototype.slice.call(backed), [2, 3, 4]);
plain[0] = 99;
assert.strictEqual(backed[0], 2);
var bigPlain = new Uint8Array(100000);
bigPlain[99999] = 7;
assert.strictEqual(hostMemory.hostBacked(bigPlain)[99999], 7);
var words = new Uint16Array([0x0201, 0x0403]);
assert.deepEqual(Array.prototype.slice.call(hostMemory.hostBacked(words)), [1, 2, 3, 4]);
var dv = new DataView(new ArrayBuffer(4), 1, 2);
dv.setUint8(0, 9);
assert.deepEqual(Array.prototype.slice.call(hostMemory.hostBacked(dv)), [9, 0]);

// wrap: a Buffer over memory Java produced, without a copy
var javaMemory = binding.alloc(16);
binding.write(javaMemory, 0, 16, 'from java!', 'utf8');
var wrapped = hostMemory.wrap(javaMemory, 5, 5);
assert.ok(wrapped instanceof Buffer);
assert.strictEqual(wrapped.length, 5);
assert.strictEqual(wrapped.toString(), 'java!');
assert.strictEqual(hostMemory.memoryOf(wrapped), javaMemory);
assert.strictEqual(wrapped.byteOffset, 5);
wrapped[0] = 0x4a;
assert.strictEqual(binding.toString(javaMemory, 0, 10, 'utf8'), 'from Java!');
assert.strictEqual(hostMemory.wrap(javaMemory, 0, 0).length, 0);
assert.strictEqual(hostMemory.wrap(javaMemory, 0, 16).slice(5, 9).toString(), 'Java');
assert.throws(function () { hostMemory.wrap(javaMemory, 10, 10); }, RangeError);

// the bridge does not add anything a v0.10 program can see
assert.deepEqual(Object.keys(new Buffer(1).buffer), []);
assert.deepEqual(Object.keys(Buffer).sort(), ['_charsWritten', 'byteLength', 'concat', 'isBuffer', 'isEncoding', 'poolSize']);

console.log('ok');
