'use strict';
// once(): fires a single time, is removable by the original function, is
// announced by 'newListener' as the original and does not re-run when the
// listener re-emits the same event.
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
var count = 0;
assert.strictEqual(e.once('hello', function(a, b) {
  count++;
  assert.strictEqual(this, e);
  assert.deepEqual([a, b], ['a', 'b']);
}), e);
assert.strictEqual(e.emit('hello', 'a', 'b'), true);
assert.strictEqual(e.emit('hello', 'a', 'b'), false);
assert.strictEqual(count, 1);
assert.ok(!e._events.hasOwnProperty('hello'));

// The stored entry is a wrapper pointing at the original via .listener.
function orig() { throw new Error('should have been removed'); }
e.once('foo', orig);
assert.notStrictEqual(e._events.foo, orig);
assert.strictEqual(e._events.foo.listener, orig);
assert.strictEqual(e.listeners('foo')[0].listener, orig);
e.removeListener('foo', orig);
assert.strictEqual(e.emit('foo'), false);

// Removal by original also works inside an array of listeners.
var arr = new EventEmitter();
function keep() {}
arr.on('x', keep);
arr.once('x', orig);
arr.removeListener('x', orig);
assert.deepEqual(arr.listeners('x'), [keep]);

// Re-emitting from inside a once listener: each once listener runs once.
var r = new EventEmitter();
var seen = [];
r.once('e', function() { r.emit('e'); seen.push(1); });
r.once('e', function() { seen.push(2); });
r.emit('e');
assert.deepEqual(seen.sort(), [1, 2]);
r.emit('e');
assert.strictEqual(seen.length, 2);

// newListener hears the original function; removeListener hears the
// wrapper when the once listener fires (it removes itself by wrapper).
var n = new EventEmitter();
var announced = [];
var removed = [];
n.on('removeListener', function(type, listener) { removed.push([type, listener]); });
n.on('newListener', function(type, listener) { announced.push([type, listener]); });
function target() {}
n.once('t', target);
assert.deepEqual(announced, [['t', target]]);
var wrapper = n._events.t;
n.emit('t');
assert.deepEqual(removed, [['t', wrapper]]);
// ...but removeListener(original) reports the original.
removed = [];
n.once('u', target);
n.removeListener('u', target);
assert.deepEqual(removed, [['u', target]]);

// once on 'newListener' itself is not announced to itself.
var s = new EventEmitter();
var selfSeen = [];
s.once('newListener', function(type) { selfSeen.push(type); });
s.on('x', function() {});
s.on('y', function() {});
assert.deepEqual(selfSeen, ['x']);

// A throwing once listener is still removed.
var t = new EventEmitter();
t.once('boom', function() { throw new Error('boom'); });
assert.throws(function() { t.emit('boom'); }, /boom/);
assert.strictEqual(t.emit('boom'), false);

console.log('ok');
