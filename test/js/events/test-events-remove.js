'use strict';
// removeListener / removeAllListeners: which copy goes, storage clean-up,
// and the 'removeListener' event (emitted after removal, LIFO for all).
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

function a() {}
function b() {}
function c() {}

// Single listener: entry deleted, event reported.
var e1 = new EventEmitter();
e1.on('hello', a);
var reports = [];
e1.on('removeListener', function(type, fn) { reports.push([type, fn]); });
assert.strictEqual(e1.removeListener('hello', a), e1);
assert.ok(!e1._events.hasOwnProperty('hello'));
assert.deepEqual(reports, [['hello', a]]);

// Unknown listener / unknown event: nothing happens, nothing reported.
reports = [];
e1.on('hello', a);
e1.removeListener('hello', b);
e1.removeListener('nope', a);
assert.deepEqual(e1.listeners('hello'), [a]);
assert.deepEqual(reports, []);

// From an array: the last-added copy goes first, array kept while non-empty.
var e2 = new EventEmitter();
e2.on('x', a);
e2.on('x', b);
e2.on('x', a);
var list = e2._events.x;
e2.removeListener('x', a);
assert.deepEqual(e2.listeners('x'), [a, b]);
assert.strictEqual(e2._events.x, list);
e2.removeListener('x', a);
assert.deepEqual(e2._events.x, [b]);
assert.ok(Array.isArray(e2._events.x));    // stays an array of one
e2.removeListener('x', b);
assert.ok(!e2._events.hasOwnProperty('x'));
assert.strictEqual(list.length, 0);

// 'removeListener' listeners run after the removal happened.
var e3 = new EventEmitter();
e3.on('x', a);
e3.on('x', b);
e3.on('removeListener', function(type, fn) {
  assert.strictEqual(fn, a);
  assert.deepEqual(this.listeners('x'), [b]);
});
e3.removeListener('x', a);

// Many distinct names added and removed leave no trace in _events.
var e4 = new EventEmitter();
for (var i = 0; i < 1000; i++) {
  e4.on('name' + i, a);
  e4.removeListener('name' + i, a);
}
assert.deepEqual(Object.keys(e4._events), []);

// removeAllListeners(type) without 'removeListener' listeners.
var e5 = new EventEmitter();
e5.on('foo', a);
e5.on('bar', a);
e5.on('bar', b);
var barBefore = e5.listeners('bar');
assert.strictEqual(e5.removeAllListeners('bar'), e5);
assert.deepEqual(e5.listeners('bar'), []);
assert.deepEqual(barBefore, [a, b]);
assert.deepEqual(e5.listeners('foo'), [a]);
assert.strictEqual(e5.removeAllListeners('unknown'), e5);
// removeAllListeners() without arguments resets _events.
var events5 = e5._events;
assert.strictEqual(e5.removeAllListeners(), e5);
assert.deepEqual(e5._events, {});
assert.notStrictEqual(e5._events, events5);
// An explicit undefined is a type, not "all".
e5.on('foo', a);
e5.removeAllListeners(undefined);
assert.deepEqual(e5.listeners('foo'), [a]);

// With 'removeListener' listeners: LIFO per type, reported one by one.
var e6 = new EventEmitter();
e6.on('foo', a);
e6.on('foo', b);
e6.on('foo', c);
e6.once('foo', a);
var wrapper = e6._events.foo[3];
var removed = [];
e6.on('removeListener', function(type, fn) { removed.push([type, fn]); });
e6.removeAllListeners('foo');
assert.deepEqual(removed, [['foo', wrapper], ['foo', c], ['foo', b], ['foo', a]]);
assert.deepEqual(e6.listeners('foo'), []);

// removeAllListeners() with two 'removeListener' listeners: both hear every
// other event; the first-added one also hears the second one's removal.
var e7 = new EventEmitter();
e7.on('foo', a);
e7.on('bar', b);
var heardFirst = [];
var heardSecond = [];
e7.on('removeListener', function(type) { heardFirst.push(type); });
e7.on('removeListener', function(type) { heardSecond.push(type); });
e7.removeAllListeners();
assert.deepEqual(heardFirst, ['foo', 'bar', 'removeListener']);
assert.deepEqual(heardSecond, ['foo', 'bar']);
assert.deepEqual(e7._events, {});

// Only a 'removeListener' listener, type without listeners: no throw.
var e8 = new EventEmitter();
e8.on('removeListener', a);
assert.doesNotThrow(function() { e8.removeAllListeners('foo'); });
assert.deepEqual(e8.listeners('removeListener'), [a]);

// Removal during a nested emit.
var e9 = new EventEmitter();
function r1() {}
function r2() { assert.fail('r2 should have been removed'); }
var nested = 0;
e9.on('removeListener', function(type, fn) {
  nested++;
  if (fn !== r1) return;
  this.removeListener('quux', r2);
  this.emit('quux');
});
e9.on('quux', r1);
e9.on('quux', r2);
e9.removeListener('quux', r1);
assert.strictEqual(nested, 2);

console.log('ok');
