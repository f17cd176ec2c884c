'use strict';

// throws / doesNotThrow / ifError: validation by constructor, RegExp and
// function, the exact 'Missing expected exception' and 'Got unwanted
// exception' messages, and pass-through of errors nobody asked about.

var assert = require('assert');

function thrower(ErrorType) {
  return function() {
    throw new ErrorType('test');
  };
}
function noop() {}

// Returns what block throws (it must throw).
function caught(block) {
  try {
    block();
  } catch (e) {
    return e;
  }
  throw new Error('nothing thrown');
}

// --- throws: success cases ---------------------------------------------------
assert.strictEqual(assert.throws(thrower(Error)), undefined);
assert.throws(thrower(TypeError));
assert.throws(thrower(TypeError), TypeError);
assert.throws(thrower(TypeError), Error);
assert.throws(thrower(assert.AssertionError), assert.AssertionError, 'msg');
assert.throws(thrower(TypeError), /test/);
assert.throws(thrower(TypeError), /^TypeError: test$/);
assert.throws(function() { throw 'a string'; }, /string/);
assert.throws(function() { throw {}; });
assert.throws(thrower(TypeError), 'message only');

// Validation function: receives the error, must return exactly true.
var seen = null;
var seenThis = null;
assert.throws(thrower(RangeError), function(err) {
  seen = err;
  seenThis = this;
  return err instanceof RangeError && /test/.test(err);
});
assert.ok(seen instanceof RangeError);
assert.strictEqual(typeof seenThis, 'object');
assert.deepEqual(seenThis, {});

// Arrow functions have no prototype but still work as validators.
assert.throws(thrower(Error), (err) => err.message === 'test');

// --- throws: a non-matching error passes through unchanged -------------------
var original = caught(function() {
  assert.throws(thrower(TypeError), assert.AssertionError);
});
assert.ok(original instanceof TypeError);
assert.strictEqual(original.message, 'test');

original = caught(function() { assert.throws(thrower(TypeError), /nope/); });
assert.ok(original instanceof TypeError);

original = caught(function() { assert.throws(function() { throw {}; }, Array); });
assert.deepEqual(original, {});

// Truthy but not `true` is not a match.
original = caught(function() {
  assert.throws(thrower(Error), function() { return 1; });
});
assert.ok(original instanceof Error);
assert.ok(!(original instanceof assert.AssertionError));
original = caught(function() {
  assert.throws(thrower(Error), function() {});
});
assert.strictEqual(original.message, 'test');

// --- throws: nothing thrown ----------------------------------------------------
function missing(block) {
  var args = Array.prototype.slice.call(arguments);
  var e = caught(function() {
    assert.throws.apply(assert, args);
  });
  assert.ok(e instanceof assert.AssertionError, String(e));
  return e;
}

var e = missing(noop);
assert.strictEqual(e.message, 'Missing expected exception..');
assert.strictEqual(e.generatedMessage, false);
assert.strictEqual(e.actual, undefined);
assert.strictEqual(e.expected, undefined);
assert.strictEqual(e.operator, undefined);
assert.strictEqual(e.toString(), 'AssertionError: Missing expected exception..');

e = missing(noop, TypeError);
assert.strictEqual(e.message, 'Missing expected exception (TypeError)..');
assert.strictEqual(e.expected, TypeError);

assert.strictEqual(missing(noop, TypeError, 'details').message,
                   'Missing expected exception (TypeError). details');
assert.strictEqual(missing(noop, 'details').message,
                   'Missing expected exception. details');
assert.strictEqual(missing(noop, 'details').expected, null);
assert.strictEqual(missing(noop, /x/).message, 'Missing expected exception..');
assert.strictEqual(missing(noop, /x/, 'm').message,
                   'Missing expected exception. m');
assert.strictEqual(missing(noop, function() {}).message,
                   'Missing expected exception..');
assert.strictEqual(missing(noop, function check() {}).message,
                   'Missing expected exception (check)..');
assert.strictEqual(missing(noop, null, 'm').message,
                   'Missing expected exception. m');
assert.strictEqual(missing(noop, TypeError, '').message,
                   'Missing expected exception (TypeError)..');

// #2893: the block's own assertions don't count as the expected exception.
assert.strictEqual(missing(function() { assert.ifError(null); }).message,
                   'Missing expected exception..');

// A falsy thrown value counts as nothing thrown.
[0, '', null, undefined, false].forEach(function(value) {
  var err = missing(function() { throw value; });
  assert.strictEqual(err.message, 'Missing expected exception..');
});

// --- doesNotThrow ---------------------------------------------------------------
assert.strictEqual(assert.doesNotThrow(noop), undefined);
assert.doesNotThrow(noop, 'message');
assert.doesNotThrow(noop, TypeError, 'message');

// Without an expected error, whatever is thrown passes straight through.
original = caught(function() { assert.doesNotThrow(thrower(TypeError)); });
assert.ok(original instanceof TypeError);
assert.ok(!(original instanceof assert.AssertionError));
original = caught(function() {
  assert.doesNotThrow(thrower(TypeError), 'a message');
});
assert.ok(original instanceof TypeError);
original = caught(function() {
  assert.doesNotThrow(thrower(TypeError), assert.AssertionError);
});
assert.ok(original instanceof TypeError);

// A matching error becomes an AssertionError.
e = caught(function() {
  assert.doesNotThrow(thrower(TypeError), TypeError);
});
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.message, 'Got unwanted exception (TypeError)..');
assert.ok(e.actual instanceof TypeError);
assert.strictEqual(e.expected, TypeError);
assert.strictEqual(e.generatedMessage, false);

e = caught(function() {
  assert.doesNotThrow(thrower(TypeError), TypeError, 'why');
});
assert.strictEqual(e.message, 'Got unwanted exception (TypeError). why');
e = caught(function() {
  assert.doesNotThrow(thrower(TypeError), /test/);
});
assert.strictEqual(e.message, 'Got unwanted exception..');
e = caught(function() {
  assert.doesNotThrow(thrower(TypeError), function() { return true; }, 'fn');
});
assert.strictEqual(e.message, 'Got unwanted exception. fn');

// A falsy thrown value is swallowed.
assert.doesNotThrow(function() { throw null; });

// --- ifError ------------------------------------------------------------------------
[null, undefined, 0, '', false].forEach(function(value) {
  assert.strictEqual(assert.ifError(value), undefined);
});
assert.ifError();
var err = new Error('test error');
assert.strictEqual(caught(function() { assert.ifError(err); }), err);
assert.strictEqual(caught(function() { assert.ifError('text'); }), 'text');
assert.strictEqual(caught(function() { assert.ifError(1); }), 1);
var thrownObject = {};
assert.strictEqual(caught(function() { assert.ifError(thrownObject); }),
                   thrownObject);

console.log('ok');
