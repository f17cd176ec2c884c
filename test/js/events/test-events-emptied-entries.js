// Removing the last listener of an event leaves no listener behind, whether the entry is
// deleted (any event name) or emptied (the names core objects reuse constantly, like 'drain').
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var e = new EventEmitter();
function f() {}
function g() {}

['drain', 'data', 'end', 'close', 'error', 'custom-name', '42'].forEach(function (name) {
  e.on(name, f);
  e.removeListener(name, f);
  assert.deepEqual(e.listeners(name), [], name);
  assert.strictEqual(EventEmitter.listenerCount(e, name), 0, name);
  if (name !== 'error') assert.strictEqual(e.emit(name), false, name);

  // Two listeners, then both removed: the same.
  e.on(name, f);
  e.on(name, g);
  e.removeListener(name, g);
  e.removeListener(name, f);
  assert.deepEqual(e.listeners(name), [], name);
  if (name !== 'error') assert.strictEqual(e.emit(name), false, name);

  // once() works again afterwards.
  var calls = 0;
  e.once(name, function () { calls++; });
  e.emit(name);
  if (name !== 'error') e.emit(name);
  assert.strictEqual(calls, 1, name);
  assert.deepEqual(e.listeners(name), [], name);
});

// Names outside the reused set do not pile up in _events.
assert.strictEqual(Object.prototype.hasOwnProperty.call(e._events, 'custom-name'), false);
assert.strictEqual(Object.prototype.hasOwnProperty.call(e._events, '42'), false);

// An emptied 'error' entry still means "no error listener": emit('error') throws.
assert.throws(function () { e.emit('error', new Error('boom')); }, /boom/);

// removeAllListeners() leaves an empty _events, as Node v0.10's test-event-emitter-subclass checks.
e.on('drain', f);
e.removeListener('drain', f);
e.removeAllListeners();
assert.deepEqual(e._events, {});
