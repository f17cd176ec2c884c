'use strict';

// The `assert` core module: the CommonJS Unit Testing 1.0 assertions as
// Node v0.10 ships them. Every failing check throws an AssertionError that
// records actual, expected and operator, and whose generated message is the
// two values JSON-encoded around the operator ('1 == 2'). The module object
// itself is the `ok` function, so `assert(x)` and `assert.ok(x)` are one.

var util = require('util');

var objectToString = Object.prototype.toString;

function isRegExp(value) {
  return typeof value === 'object' && value !== null &&
      objectToString.call(value) === '[object RegExp]';
}

function isDate(value) {
  return typeof value === 'object' && value !== null &&
      objectToString.call(value) === '[object Date]';
}

function isArguments(value) {
  return objectToString.call(value) === '[object Arguments]';
}

function isBuffer(value) {
  return typeof Buffer === 'function' && value instanceof Buffer;
}

// v0.10's notion of "object": functions do not count, which decides whether
// deepEqual compares two values with `==` or key by key.
function isObject(value) {
  return typeof value === 'object' && value !== null;
}

// JSON.stringify drops or nulls values it cannot encode; the message shows
// them as strings instead so that e.g. `undefined == ""` stays readable.
function messageReplacer(key, value) {
  if (value === undefined) return '' + value;
  if (typeof value === 'number' && !isFinite(value)) return value.toString();
  if (typeof value === 'function' || isRegExp(value)) return value.toString();
  return value;
}

function truncate(text, limit) {
  if (typeof text !== 'string') return text;
  return text.length < limit ? text : text.slice(0, limit);
}

function generatedMessage(error) {
  return truncate(JSON.stringify(error.actual, messageReplacer), 128) + ' ' +
      error.operator + ' ' +
      truncate(JSON.stringify(error.expected, messageReplacer), 128);
}

// options: { message, actual, expected, operator, stackStartFunction }.
// Name and message are set before the stack is captured because the
// stack's first line is rendered from them at capture time.
function AssertionError(options) {
  this.name = 'AssertionError';
  this.actual = options.actual;
  this.expected = options.expected;
  this.operator = options.operator;
  if (options.message) {
    this.message = options.message;
    this.generatedMessage = false;
  } else {
    this.message = generatedMessage(this);
    this.generatedMessage = true;
  }
  var stackStartFunction = options.stackStartFunction || fail;
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(this, stackStartFunction);
  }
}
util.inherits(AssertionError, Error);

// The fifth parameter is internal: it hides the assertion helper's own
// frame from the stack so the trace starts at the caller's line.
function fail(actual, expected, message, operator, stackStartFunction) {
  throw new AssertionError({
    message: message,
    actual: actual,
    expected: expected,
    operator: operator,
    stackStartFunction: stackStartFunction
  });
}

function ok(value, message) {
  if (!value) fail(value, true, message, '==', ok);
}

var assert = module.exports = ok;

assert.AssertionError = AssertionError;
assert.fail = fail;
assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  // Coercive comparison is the documented point of equal().
  if (actual != expected) fail(actual, expected, message, '==', assert.equal);
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (actual == expected) {
    fail(actual, expected, message, '!=', assert.notEqual);
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (!isDeepEqual(actual, expected)) {
    fail(actual, expected, message, 'deepEqual', assert.deepEqual);
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (isDeepEqual(actual, expected)) {
    fail(actual, expected, message, 'notDeepEqual', assert.notDeepEqual);
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (actual !== expected) {
    fail(actual, expected, message, '===', assert.strictEqual);
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (actual === expected) {
    fail(actual, expected, message, '!==', assert.notStrictEqual);
  }
};

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (var i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameRegExp(a, b) {
  return a.source === b.source &&
      a.global === b.global &&
      a.multiline === b.multiline &&
      a.lastIndex === b.lastIndex &&
      a.ignoreCase === b.ignoreCase &&
      // Flags V8 3.14 did not have; differing ones still mean different
      // patterns.
      a.sticky === b.sticky &&
      a.unicode === b.unicode &&
      a.dotAll === b.dotAll;
}

// Deep equality in the order of v0.10's checks: identity, Buffers byte by
// byte, Dates by time, RegExps by pattern and state, `==` when neither side
// is an object, and otherwise own enumerable keys compared recursively.
// No cycle detection: circular structures recurse until the stack
// overflows, which throws just as it did in v0.10.
function isDeepEqual(actual, expected) {
  if (actual === expected) return true;
  if (isBuffer(actual) && isBuffer(expected)) return sameBytes(actual, expected);
  if (isDate(actual) && isDate(expected)) {
    return actual.getTime() === expected.getTime();
  }
  if (isRegExp(actual) && isRegExp(expected)) return sameRegExp(actual, expected);
  if (!isObject(actual) && !isObject(expected)) return actual == expected;
  return sameKeysAndValues(actual, expected);
}

// ES5's Object.keys (the one v0.10 used) rejected primitives, so a
// primitive compared with an object is never deep-equal, even 'ab' with
// {0: 'a', 1: 'b'} which a modern Object.keys would accept.
function canListKeys(value) {
  return (typeof value === 'object' && value !== null) ||
      typeof value === 'function';
}

function sameKeysAndValues(a, b) {
  if (a === null || a === undefined || b === null || b === undefined) {
    return false;
  }
  // v0.10 compares the property named `prototype` (set on functions), not
  // the objects' [[Prototype]].
  if (a.prototype !== b.prototype) return false;
  var aIsArguments = isArguments(a);
  var bIsArguments = isArguments(b);
  if (aIsArguments !== bIsArguments) return false;
  if (aIsArguments) {
    return isDeepEqual(Array.prototype.slice.call(a),
                       Array.prototype.slice.call(b));
  }
  if (!canListKeys(a) || !canListKeys(b)) return false;
  var aKeys = Object.keys(a);
  var bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  aKeys.sort();
  bKeys.sort();
  var i;
  for (i = aKeys.length - 1; i >= 0; i--) {
    if (aKeys[i] !== bKeys[i]) return false;
  }
  for (i = aKeys.length - 1; i >= 0; i--) {
    if (!isDeepEqual(a[aKeys[i]], b[aKeys[i]])) return false;
  }
  return true;
}

// Whether a thrown value satisfies throws()' `error` argument: a RegExp
// tested against the value's string form, a constructor it is an instance
// of, or a validation function that returns exactly true.
function matchesExpected(actual, expected) {
  if (!actual || !expected) return false;
  if (objectToString.call(expected) === '[object RegExp]') {
    return expected.test(actual);
  }
  try {
    if (actual instanceof expected) return true;
  } catch (e) {
    // Arrow functions have no prototype to test against; they can still
    // serve as validation functions. Anything else is a caller error.
    if (typeof expected !== 'function') throw e;
  }
  return expected.call({}, actual) === true;
}

// Shared body of throws() and doesNotThrow(). A string in the `expected`
// position is the message. A falsy thrown value counts as no exception.
function checkThrows(shouldThrow, block, expected, message) {
  if (typeof expected === 'string') {
    message = expected;
    expected = null;
  }

  var thrown;
  try {
    block();
  } catch (e) {
    thrown = e;
  }

  var suffix = (expected && expected.name ? ' (' + expected.name + ').' : '.') +
      (message ? ' ' + message : '.');

  if (shouldThrow && !thrown) {
    fail(thrown, expected, 'Missing expected exception' + suffix);
  }
  if (!shouldThrow && matchesExpected(thrown, expected)) {
    fail(thrown, expected, 'Got unwanted exception' + suffix);
  }
  // Errors the caller did not ask about pass through untouched.
  if ((shouldThrow && thrown && expected &&
       !matchesExpected(thrown, expected)) ||
      (!shouldThrow && thrown)) {
    throw thrown;
  }
}

assert.throws = function(block, error, message) {
  checkThrows(true, block, error, message);
};

// Documented as (block, [message]), but like v0.10 it also accepts
// (block, error, [message]) and then only complains about matching errors.
assert.doesNotThrow = function(block, message) {
  checkThrows(false, block, arguments[1], arguments[2]);
};

assert.ifError = function(err) {
  if (err) throw err;
};
