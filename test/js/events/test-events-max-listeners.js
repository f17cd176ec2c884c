'use strict';
// setMaxListeners() and the v0.10 leak warning: printed once per event via
// console.error + console.trace, flagged on the listener array as `warned`.
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var WARNING = '(node) warning: possible EventEmitter memory leak detected. ' +
              '%d listeners added. ' +
              'Use emitter.setMaxListeners() to increase limit.';

var errors = [];
var traces = [];
var origError = console.error;
var origTrace = console.trace;
console.error = function() {
  errors.push(Array.prototype.slice.call(arguments));
};
console.trace = function() {
  traces.push(Array.prototype.slice.call(arguments));
};

function noop() {}

try {
  // Default limit 10: the 11th listener warns, once.
  var e = new EventEmitter();
  for (var i = 0; i < 10; i++) e.on('default', noop);
  assert.ok(!e._events['default'].hasOwnProperty('warned'));
  assert.strictEqual(errors.length, 0);
  e.on('default', noop);
  assert.strictEqual(e._events['default'].warned, true);
  assert.deepEqual(errors, [[WARNING, 11]]);
  assert.deepEqual(traces, [[]]);
  e.on('default', noop);
  assert.strictEqual(errors.length, 1);
  assert.strictEqual(traces.length, 1);

  // A different event warns separately.
  for (i = 0; i < 11; i++) e.on('other', noop);
  assert.strictEqual(errors.length, 2);

  // A specific limit, also for events that already have listeners.
  errors = []; traces = [];
  var s = new EventEmitter();
  assert.strictEqual(s.setMaxListeners(5), undefined);
  assert.strictEqual(s._maxListeners, 5);
  for (i = 0; i < 5; i++) s.on('specific', noop);
  assert.strictEqual(errors.length, 0);
  s.on('specific', noop);
  assert.deepEqual(errors, [[WARNING, 6]]);

  // A limit of 1: the second listener warns.
  errors = [];
  var one = new EventEmitter();
  one.setMaxListeners(1);
  one.on('only', noop);
  assert.strictEqual(typeof one._events.only, 'function');
  one.on('only', noop);
  assert.strictEqual(one._events.only.warned, true);
  assert.deepEqual(errors, [[WARNING, 2]]);

  // Zero means unlimited.
  errors = [];
  var u = new EventEmitter();
  u.setMaxListeners(0);
  for (i = 0; i < 1000; i++) u.on('unlimited', noop);
  assert.ok(!u._events.unlimited.hasOwnProperty('warned'));
  assert.strictEqual(errors.length, 0);

  // Without the constructor (_maxListeners undefined) the default applies.
  errors = [];
  var bare = Object.create(EventEmitter.prototype);
  for (i = 0; i < 11; i++) bare.on('x', noop);
  assert.strictEqual(errors.length, 1);

  // The constructor keeps a limit set before it ran.
  function Pre() {
    this._maxListeners = 3;
    EventEmitter.call(this);
  }
  Pre.prototype = Object.create(EventEmitter.prototype);
  assert.strictEqual(new Pre()._maxListeners, 3);
} finally {
  console.error = origError;
  console.trace = origTrace;
}

// Invalid limits throw a TypeError and leave state alone.
var v = new EventEmitter();
v.on('maxListeners', noop);
v.setMaxListeners(42);
[NaN, -1, 'and even this', '5', null, undefined, {}].forEach(function(bad) {
  assert.throws(function() { v.setMaxListeners(bad); },
                function(er) {
                  return er instanceof TypeError &&
                      er.message === 'n must be a positive number';
                });
});
assert.strictEqual(v._maxListeners, 42);
assert.strictEqual(v.emit('maxListeners'), true);
v.setMaxListeners(Infinity);
assert.strictEqual(v._maxListeners, Infinity);

// setMaxListeners has no side effects on _events.
var f = new EventEmitter();
f.setMaxListeners(5);
assert.deepEqual(f._events, {});

console.log('ok');
