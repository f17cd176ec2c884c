'use strict';
// EventEmitter basics: module shape, constructor state, on/emit, listeners(),
// listenerCount() and argument checking.
var assert = require('assert');
var events = require('events');
var EventEmitter = events.EventEmitter;

// v0.10 module shape: an exports object, not the constructor itself.
assert.strictEqual(typeof events, 'object');
assert.strictEqual(typeof EventEmitter, 'function');
assert.strictEqual(events.usingDomains, false);
assert.strictEqual(EventEmitter.name, 'EventEmitter');
assert.strictEqual(typeof EventEmitter.listenerCount, 'function');
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.deepEqual(Object.keys(EventEmitter.prototype).sort(),
                 ['addListener', 'emit', 'listeners', 'on', 'once',
                  'removeAllListeners', 'removeListener',
                  'setMaxListeners']);
// Prototype methods carry their own names (v0.10.40 named them).
['addListener', 'emit', 'listeners', 'once', 'removeAllListeners',
 'removeListener', 'setMaxListeners'].forEach(function(name) {
  assert.strictEqual(EventEmitter.prototype[name].name, name);
});

// Constructor state: the v0.10 storage shape.
var e = new EventEmitter();
assert.deepEqual(Object.keys(e), ['domain', '_events', '_maxListeners']);
assert.strictEqual(e.domain, null);
assert.deepEqual(e._events, {});
assert.strictEqual(Object.getPrototypeOf(e._events), Object.prototype);
assert.strictEqual(e._maxListeners, 10);
assert.ok(e instanceof EventEmitter);

// emit() without listeners returns false; with listeners true.
assert.strictEqual(e.emit('nothing'), false);
var calls = [];
function first(a, b) { calls.push(['first', this, a, b]); }
function second() { calls.push(['second', arguments.length]); }
assert.strictEqual(e.on('ev', first), e);            // chaining
assert.strictEqual(e._events.ev, first);             // single: the function
assert.strictEqual(e.addListener('ev', second), e);
assert.ok(Array.isArray(e._events.ev));              // two: an array
assert.deepEqual(e._events.ev, [first, second]);
assert.strictEqual(e.emit('ev', 1, 2, 3), true);
assert.deepEqual(calls, [['first', e, 1, 2], ['second', 3]]);

// Exact argument counts, single listener and many.
var counts = [];
var counter = new EventEmitter();
counter.on('n', function() { counts.push(arguments.length); });
counter.emit('n');
counter.emit('n', undefined);
counter.emit('n', null, null);
counter.emit('n', 1, 2, 3);
counter.emit('n', 1, 2, 3, 4, 5);
assert.deepEqual(counts, [0, 1, 2, 3, 5]);
counter.on('n', function() {});
counts = [];
counter.emit('n');
counter.emit('n', 1, 2, 3, 4);
assert.deepEqual(counts, [0, 4]);

// Same listener may be added several times and runs each time.
var twice = new EventEmitter();
var hits = 0;
function hit() { hits++; }
twice.on('x', hit);
twice.on('x', hit);
twice.emit('x');
assert.strictEqual(hits, 2);

// listeners() returns a copy, never creates entries.
var l = new EventEmitter();
assert.deepEqual(l.listeners('none'), []);
assert.ok(!l._events.hasOwnProperty('none'));
l.on('a', first);
var copy = l.listeners('a');
assert.deepEqual(copy, [first]);
copy.push(second);
assert.deepEqual(l.listeners('a'), [first]);
l.on('a', second);
var copy2 = l.listeners('a');
assert.notStrictEqual(copy2, l._events.a);
assert.deepEqual(copy2, [first, second]);

// listenerCount
assert.strictEqual(EventEmitter.listenerCount(l, 'a'), 2);
assert.strictEqual(EventEmitter.listenerCount(l, 'none'), 0);
l.on('one', first);
assert.strictEqual(EventEmitter.listenerCount(l, 'one'), 1);
assert.strictEqual(EventEmitter.listenerCount({}, 'a'), 0);

// Listeners must be functions.
[undefined, null, 1, 'str', {}, []].forEach(function(bad) {
  assert.throws(function() { e.on('x', bad); },
                function(er) {
                  return er instanceof TypeError &&
                      er.message === 'listener must be a function';
                });
  assert.throws(function() { e.once('x', bad); }, TypeError);
  assert.throws(function() { e.removeListener('x', bad); },
                /^TypeError: listener must be a function$/);
});

// Listeners added during emit do not run in that emit; removed ones still do.
var m = new EventEmitter();
var order = [];
function late() { order.push('late'); }
function b() { order.push('b'); }
m.on('x', function a() { order.push('a'); m.on('x', late); m.removeListener('x', b); });
m.on('x', b);
m.emit('x');
assert.deepEqual(order, ['a', 'b']);
order = [];
m.emit('x');
assert.deepEqual(order, ['a', 'late']);

// Event names are property keys: numbers, and names that collide with
// Object.prototype members, work like any other.
var odd = new EventEmitter();
var got = [];
odd.on(1, function() { got.push('one'); });
assert.strictEqual(odd.emit('1'), true);
assert.strictEqual(odd.emit('toString'), false);
assert.strictEqual(odd.emit('hasOwnProperty'), false);
assert.deepEqual(odd.listeners('constructor'), []);
assert.strictEqual(EventEmitter.listenerCount(odd, 'valueOf'), 0);
odd.on('hasOwnProperty', function() { got.push('own'); });
odd.on('__proto__', function() { got.push('proto'); });
assert.strictEqual(Object.getPrototypeOf(odd._events), Object.prototype);
assert.strictEqual(odd.emit('hasOwnProperty'), true);
assert.strictEqual(odd.emit('__proto__'), true);
assert.deepEqual(got, ['one', 'own', 'proto']);
assert.strictEqual(odd.listeners('__proto__').length, 1);

// Methods work on an object that never ran the constructor.
var bare = Object.create(EventEmitter.prototype);
assert.strictEqual(bare.emit('x'), false);
assert.deepEqual(bare.listeners('x'), []);
var bareHits = 0;
bare.on('x', function() { bareHits++; });
bare.emit('x');
assert.strictEqual(bareHits, 1);
var bare2 = Object.create(EventEmitter.prototype);
assert.strictEqual(bare2.removeListener('x', hit), bare2);
assert.strictEqual(bare2.removeAllListeners(), bare2);

console.log('ok');
