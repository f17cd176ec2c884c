'use strict';
// stream.Readable: unshift(), object mode, and the errors push()/unshift()
// report ('error' events with v0.10's exact messages and classes).
var assert = require('assert');
var Readable = require('stream').Readable;

var pending = 0;
function done() { pending--; }
process.on('exit', function() { assert.strictEqual(pending, 0, 'all checks ran'); });

function collectErrors(stream) {
  var errors = [];
  stream.on('error', function(er) { errors.push(er); });
  return errors;
}

// unshift() puts data back in front and does not end a pending _read().
(function() {
  var r = new Readable();
  var reads = 0;
  r._read = function() { reads++; };
  r.push(new Buffer('world'));
  var head = r.read(2);
  assert.strictEqual(head.toString(), 'wo');
  r.unshift(new Buffer('hello '));
  assert.strictEqual(r._readableState.length, 9);
  r.read(0);
  assert.strictEqual(r._readableState.reading, true);
  r.unshift(new Buffer('>'));
  assert.strictEqual(r._readableState.reading, true);    // still pending
  r.unshift('');                                          // empty: no effect
  r.unshift(new Buffer(0));
  assert.strictEqual(r._readableState.reading, true);
  assert.strictEqual(r.read().toString(), '>hello rld');
  assert.strictEqual(reads, 1);
})();

// unshift() after the EOF push is allowed (and delays 'end'); after 'end' it
// is an error.
(function() {
  pending++;
  var r = new Readable();
  r._read = function() {};
  var errors = collectErrors(r);
  r.push(new Buffer('ab'));
  r.push(null);
  assert.strictEqual(r.read().toString(), 'ab');
  r.unshift(new Buffer('c'));              // 'end' is pending, not emitted
  var ended = false;
  r.on('end', function() {
    ended = true;
    assert.strictEqual(errors.length, 0);
    r.unshift(new Buffer('d'));
    assert.strictEqual(errors.length, 1);
    assert.ok(errors[0] instanceof Error);
    assert.strictEqual(errors[0].message, 'stream.unshift() after end event');
    done();
  });
  process.nextTick(function() {
    assert.strictEqual(ended, false);      // the unshifted byte is still there
    assert.strictEqual(r.read().toString(), 'c');
  });
})();

// push() after EOF is an error; without a listener it throws.
(function() {
  var r = new Readable();
  r._read = function() {};
  var errors = collectErrors(r);
  r.push(null);
  assert.strictEqual(r.push(new Buffer('x')), false);
  assert.strictEqual(errors.length, 1);
  assert.strictEqual(errors[0].constructor, Error);
  assert.strictEqual(errors[0].message, 'stream.push() after EOF');
  // A second null is silently ignored.
  r.push(null);
  assert.strictEqual(errors.length, 1);

  var r2 = new Readable();
  r2._read = function() {};
  r2.push(null);
  assert.throws(function() { r2.push('late'); },
                function(e) { return e.message === 'stream.push() after EOF'; });
})();

// Chunks other than Buffers and strings are TypeErrors outside object mode.
(function() {
  [1, {}, [], true].forEach(function(bad) {
    var r = new Readable();
    r._read = function() {};
    var errors = collectErrors(r);
    r.push(bad);
    assert.strictEqual(errors.length, 1);
    assert.ok(errors[0] instanceof TypeError);
    assert.strictEqual(errors[0].message, 'Invalid non-string/buffer chunk');
    assert.strictEqual(r._readableState.length, 0);
    r.unshift(bad);
    assert.strictEqual(errors.length, 2);
  });
  var r = new Readable();
  r._read = function() {};
  assert.throws(function() { r.push(42); }, TypeError);
  // undefined counts as EOF, like null.
  var r3 = new Readable();
  r3._read = function() {};
  r3.push(undefined);
  assert.strictEqual(r3._readableState.ended, true);
})();

// The default _read() emits an error.
(function() {
  var r = new Readable();
  var errors = collectErrors(r);
  assert.strictEqual(r.read(), null);
  assert.strictEqual(errors.length, 1);
  assert.strictEqual(errors[0].message, 'not implemented');
  assert.throws(function() { new Readable().read(); }, /not implemented/);
})();

// Object mode: any value but null/undefined is one item; read(n) returns one
// item whatever n is; the high-water mark counts items.
(function() {
  pending++;
  var r = new Readable({ objectMode: true, highWaterMark: 3 });
  r._read = function() {};
  assert.strictEqual(r.push({ a: 1 }), true);
  assert.strictEqual(r.push(0), true);
  assert.strictEqual(r.push(false), false);     // 3 items: full
  assert.strictEqual(r._readableState.length, 3);
  r.push('');
  r.push([]);
  r.push(new Buffer('buf'));
  assert.deepEqual(r.read(100), { a: 1 });
  assert.strictEqual(r.read(0), null);           // read(0) takes nothing
  assert.strictEqual(r.read(), 0);
  assert.strictEqual(r.read(1), false);
  assert.strictEqual(r.read(), '');
  assert.deepEqual(r.read(), []);
  assert.strictEqual(r.read().toString(), 'buf');
  assert.strictEqual(r.read(), null);
  r.unshift(7);
  assert.strictEqual(r.read(), 7);
  r.push(null);
  r.on('end', done);
  assert.strictEqual(r.read(), null);
})();

// Object mode ignores the encoding argument and keeps strings as strings.
(function() {
  var r = new Readable({ objectMode: true });
  r._read = function() {};
  r.push('6869', 'hex');
  assert.strictEqual(r.read(), '6869');
})();

// _fromList(n, state): the helper behind read(n).
(function() {
  var fromList = Readable._fromList;
  var list = [new Buffer('ab'), new Buffer('cd')];
  assert.strictEqual(fromList(3, { buffer: list, length: 4 }).toString(), 'abc');
  assert.strictEqual(list.length, 1);
  assert.strictEqual(fromList(1, { buffer: [], length: 0 }), null);
  var strs = ['xy', 'z'];
  assert.strictEqual(fromList(0, { buffer: strs, length: 3, decoder: true }), 'xyz');
  assert.deepEqual(strs, []);
  var objs = [{ x: 1 }, 2];
  assert.deepEqual(fromList(5, { buffer: objs, length: 2, objectMode: true }), { x: 1 });
})();

console.log('ok');
