'use strict';

// ok/equal/notEqual/strictEqual/notStrictEqual/fail: which values pass,
// which throw, and the exact AssertionError each failure produces.

var assert = require('assert');

// Runs block, which must throw an AssertionError; returns it.
function assertionErrorFrom(block) {
  try {
    block();
  } catch (e) {
    if (!(e instanceof assert.AssertionError)) {
      throw new Error('expected an AssertionError, got ' + e);
    }
    return e;
  }
  throw new Error('expected an AssertionError, nothing was thrown');
}

function expectFailure(block, fields) {
  var e = assertionErrorFrom(block);
  Object.keys(fields).forEach(function(key) {
    if (key === 'actual' && fields.actual !== fields.actual) {
      assert.ok(e.actual !== e.actual, 'actual should be NaN');
      return;
    }
    assert.strictEqual(e[key], fields[key], key + ': ' + e[key]);
  });
  return e;
}

// --- the module is ok() itself --------------------------------------------
assert.strictEqual(typeof assert, 'function');
assert.strictEqual(assert.ok, assert);
assert.deepEqual(Object.keys(assert).sort(), [
  'AssertionError', 'deepEqual', 'doesNotThrow', 'equal', 'fail', 'ifError',
  'notDeepEqual', 'notEqual', 'notStrictEqual', 'ok', 'strictEqual', 'throws'
]);
assert.strictEqual(assert.ok.length, 2);
assert.strictEqual(assert.fail.length, 5);
assert.strictEqual(assert.equal.length, 3);
assert.strictEqual(assert.notEqual.length, 3);
assert.strictEqual(assert.deepEqual.length, 3);
assert.strictEqual(assert.notDeepEqual.length, 3);
assert.strictEqual(assert.strictEqual.length, 3);
assert.strictEqual(assert.notStrictEqual.length, 3);
assert.strictEqual(assert.throws.length, 3);
assert.strictEqual(assert.doesNotThrow.length, 2);
assert.strictEqual(assert.ifError.length, 1);

// --- ok ----------------------------------------------------------------------
[true, 1, -1, 'a', ' ', {}, [], function() {}, Infinity, /x/].forEach(function(v) {
  assert.strictEqual(assert(v), undefined);
  assert.strictEqual(assert.ok(v, 'unused'), undefined);
});

expectFailure(function() { assert(false); }, {
  actual: false, expected: true, operator: '==',
  message: 'false == true', generatedMessage: true, name: 'AssertionError'
});
expectFailure(function() { assert.ok(0); }, { message: '0 == true' });
expectFailure(function() { assert.ok(''); }, { message: '"" == true' });
expectFailure(function() { assert.ok(null); }, { message: 'null == true' });
expectFailure(function() { assert.ok(undefined); }, {
  actual: undefined, message: '"undefined" == true'
});
expectFailure(function() { assert.ok(); }, {
  message: '"undefined" == true'
});
expectFailure(function() { assert.ok(NaN); }, {
  actual: NaN, message: '"NaN" == true'
});
expectFailure(function() { assert(false, 'custom text'); }, {
  actual: false, expected: true, operator: '==',
  message: 'custom text', generatedMessage: false
});
// An empty message is no message: the generated one is used.
expectFailure(function() { assert(false, ''); }, {
  message: 'false == true', generatedMessage: true
});

// --- equal / notEqual (==) -----------------------------------------------------
assert.equal(1, 1);
assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(0, false);
assert.equal('', 0);
assert.equal('1', { toString: function() { return '1'; } });
var sameObject = {};
assert.equal(sameObject, sameObject);

expectFailure(function() { assert.equal(1, 2); }, {
  actual: 1, expected: 2, operator: '==', message: '1 == 2',
  generatedMessage: true
});
expectFailure(function() { assert.equal({}, {}); }, { message: '{} == {}' });
expectFailure(function() { assert.equal(NaN, NaN); }, {
  message: '"NaN" == "NaN"'
});
expectFailure(function() { assert.equal(null, 0); }, { message: 'null == 0' });
expectFailure(function() { assert.equal(1, 2, 'oh no'); }, {
  actual: 1, expected: 2, operator: '==', message: 'oh no',
  generatedMessage: false
});

assert.notEqual(1, 2);
assert.notEqual({}, {});
assert.notEqual(NaN, NaN);
assert.notEqual(null, 0);
expectFailure(function() { assert.notEqual(1, '1'); }, {
  actual: 1, expected: '1', operator: '!=', message: '1 != "1"'
});
expectFailure(function() { assert.notEqual(null, undefined, 'm'); }, {
  operator: '!=', message: 'm', generatedMessage: false
});

// --- strictEqual / notStrictEqual (===) ---------------------------------------
assert.strictEqual(1, 1);
assert.strictEqual('a', 'a');
assert.strictEqual(sameObject, sameObject);
assert.strictEqual(0, -0);
expectFailure(function() { assert.strictEqual(1, '1'); }, {
  actual: 1, expected: '1', operator: '===', message: '1 === "1"'
});
expectFailure(function() { assert.strictEqual(null, undefined); }, {
  message: 'null === "undefined"'
});
expectFailure(function() { assert.strictEqual(NaN, NaN); }, {
  operator: '===', message: '"NaN" === "NaN"'
});

assert.notStrictEqual(1, '1');
assert.notStrictEqual(null, undefined);
assert.notStrictEqual({}, {});
assert.notStrictEqual(NaN, NaN);
expectFailure(function() { assert.notStrictEqual(2, 2); }, {
  actual: 2, expected: 2, operator: '!==', message: '2 !== 2'
});

// --- fail ---------------------------------------------------------------------
expectFailure(function() { assert.fail(1, 2, undefined, '>'); }, {
  actual: 1, expected: 2, operator: '>', message: '1 > 2',
  generatedMessage: true
});
expectFailure(function() { assert.fail('a', 'b', 'given', '<'); }, {
  actual: 'a', expected: 'b', operator: '<', message: 'given',
  generatedMessage: false
});
// No operator: v0.10 simply prints it as 'undefined'.
expectFailure(function() { assert.fail(1, 2); }, {
  operator: undefined, message: '1 undefined 2'
});

// The generated message is also the text of toString() (#5292).
var e = assertionErrorFrom(function() { assert.equal(1, 2); });
assert.strictEqual(e.toString(), 'AssertionError: 1 == 2');
e = assertionErrorFrom(function() { assert.equal(1, 2, 'oh no'); });
assert.strictEqual(e.toString(), 'AssertionError: oh no');

console.log('ok');
