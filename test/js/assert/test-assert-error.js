'use strict';

// assert.AssertionError: a plain constructor inheriting from Error, its
// own properties, toString and the stack trace that starts at the caller
// of the failing assertion.

var assert = require('assert');
var util = require('util');

var AssertionError = assert.AssertionError;

assert.strictEqual(typeof AssertionError, 'function');
assert.strictEqual(AssertionError.name, 'AssertionError');
assert.strictEqual(AssertionError.length, 1);
assert.strictEqual(AssertionError.super_, Error);
assert.strictEqual(Object.getPrototypeOf(AssertionError.prototype),
                   Error.prototype);
assert.strictEqual(AssertionError.prototype.constructor, AssertionError);
assert.ok(!Object.getOwnPropertyDescriptor(AssertionError.prototype,
                                           'constructor').enumerable);
assert.deepEqual(Object.keys(AssertionError.prototype), []);

var generated = new AssertionError({actual: 1, expected: 2, operator: '=='});
assert.ok(generated instanceof AssertionError);
assert.ok(generated instanceof Error);
assert.strictEqual(generated.name, 'AssertionError');
assert.strictEqual(generated.actual, 1);
assert.strictEqual(generated.expected, 2);
assert.strictEqual(generated.operator, '==');
assert.strictEqual(generated.message, '1 == 2');
assert.strictEqual(generated.generatedMessage, true);
assert.strictEqual(generated.toString(), 'AssertionError: 1 == 2');
assert.strictEqual(String(generated), 'AssertionError: 1 == 2');
// Not made by the Error constructor, so (as in v0.10) no Error class tag.
assert.strictEqual(Object.prototype.toString.call(generated),
                   '[object Object]');
// Exactly these own enumerable properties (the stack is not enumerable).
assert.deepEqual(Object.keys(generated).sort(), [
  'actual', 'expected', 'generatedMessage', 'message', 'name', 'operator'
]);
assert.strictEqual(typeof generated.stack, 'string');
assert.strictEqual(generated.stack.split('\n')[0], 'AssertionError: 1 == 2');

var custom = new AssertionError({
  message: 'custom', actual: 'a', expected: 'b', operator: 'op'
});
assert.strictEqual(custom.message, 'custom');
assert.strictEqual(custom.generatedMessage, false);
assert.strictEqual(custom.operator, 'op');
assert.strictEqual(custom.toString(), 'AssertionError: custom');
assert.strictEqual(custom.stack.split('\n')[0], 'AssertionError: custom');

// Options are required: v0.10 reads them without a guard.
assert.throws(function() { new AssertionError(); }, TypeError);

// The stack starts at whoever called the assertion, not inside assert.js.
function callerLine(block) {
  try {
    block();
  } catch (e) {
    return e.stack.split('\n')[1];
  }
  throw new Error('nothing thrown');
}
[
  function() { assert.ok(false); },
  function() { assert(false); },
  function() { assert.equal(1, 2); },
  function() { assert.notEqual(1, 1); },
  function() { assert.deepEqual([1], [2]); },
  function() { assert.notDeepEqual([1], [1]); },
  function() { assert.strictEqual(1, 2); },
  function() { assert.notStrictEqual(1, 1); },
  function() { assert.fail(1, 2, 'm', '=='); }
].forEach(function(block) {
  var line = callerLine(block);
  assert.ok(/test-assert-error\.js/.test(line), 'frame: ' + line);
  assert.ok(!/assert\.js/.test(line), 'frame: ' + line);
});

// stackStartFunction hides that function and everything it called.
function hidden() {
  return new AssertionError({
    message: 'm', stackStartFunction: hidden
  });
}
function visible() {
  return hidden();
}
var trimmed = visible();
assert.ok(/at visible/.test(trimmed.stack.split('\n')[1]), trimmed.stack);
assert.ok(!/at hidden/.test(trimmed.stack));

// It can be subclassed the v0.10 way.
function MyAssertionError(options) {
  AssertionError.call(this, options);
}
util.inherits(MyAssertionError, AssertionError);
var sub = new MyAssertionError({actual: [1], expected: [2], operator: 'x'});
assert.ok(sub instanceof MyAssertionError);
assert.ok(sub instanceof AssertionError);
assert.ok(sub instanceof Error);
assert.strictEqual(sub.message, '[1] x [2]');
assert.strictEqual(sub.name, 'AssertionError');

// Errors thrown by the assertions are these objects.
try {
  assert.equal('a', 'b');
  assert.fail(0, 0, 'unreachable', '==');
} catch (e) {
  assert.strictEqual(e.constructor, AssertionError);
  assert.strictEqual(e.message, '"a" == "b"');
}

console.log('ok');
