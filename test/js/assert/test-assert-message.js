'use strict';

// The generated message: JSON.stringify of both sides with v0.10's
// replacer (undefined, NaN, +-Infinity, functions and RegExps become
// strings), each side cut to 128 characters, joined by the operator.

var assert = require('assert');

function messageOf(block) {
  try {
    block();
  } catch (e) {
    assert.ok(e instanceof assert.AssertionError, 'not an AssertionError');
    return e.message;
  }
  throw new Error('nothing thrown');
}

// Same table as Node's #217 regression test, extended.
// fail() always throws and formats exactly as a failing equal() would.
function shown(value) {
  return messageOf(function() { assert.fail(value, '', undefined, '=='); });
}
assert.strictEqual(messageOf(function() { assert.equal(undefined, ''); }),
                   '"undefined" == ""');
function named() {}
assert.strictEqual(shown(undefined), '"undefined" == ""');
assert.strictEqual(shown(null), 'null == ""');
assert.strictEqual(shown(true), 'true == ""');
assert.strictEqual(shown(false), 'false == ""');
assert.strictEqual(shown(100), '100 == ""');
assert.strictEqual(shown(1.5), '1.5 == ""');
assert.strictEqual(shown(NaN), '"NaN" == ""');
assert.strictEqual(shown(Infinity), '"Infinity" == ""');
assert.strictEqual(shown(-Infinity), '"-Infinity" == ""');
assert.strictEqual(shown('foo'), '"foo" == ""');
assert.strictEqual(shown('a"b\n'), '"a\\"b\\n" == ""');
assert.strictEqual(shown([1, 2, 3]), '[1,2,3] == ""');
assert.strictEqual(shown(/abc/gim), '"/abc/gim" == ""');
assert.strictEqual(shown(named), '"function named() {}" == ""');
assert.strictEqual(shown({a: undefined, b: null}),
                   '{"a":"undefined","b":null} == ""');
assert.strictEqual(shown({a: NaN, b: Infinity, c: -Infinity}),
                   '{"a":"NaN","b":"Infinity","c":"-Infinity"} == ""');
// Nested values go through the replacer too.
assert.strictEqual(shown([undefined, NaN, /x/, named]),
                   '["undefined","NaN","/x/","function named() {}"] == ""');
assert.strictEqual(shown({r: /x/g, n: {f: named}}),
                   '{"r":"/x/g","n":{"f":"function named() {}"}} == ""');
// toJSON still applies before the replacer sees the value.
assert.strictEqual(shown(new Date(0)), '"1970-01-01T00:00:00.000Z" == ""');
assert.strictEqual(shown({toJSON: function() { return 'j'; }}), '"j" == ""');

// JSON has no negative zero.
assert.strictEqual(messageOf(function() { assert.equal(-0, 1); }), '0 == 1');

// Both sides are encoded.
assert.strictEqual(messageOf(function() {
  assert.strictEqual(undefined, null);
}), '"undefined" === null');
assert.strictEqual(messageOf(function() {
  assert.deepEqual({a: [1]}, {a: [2]});
}), '{"a":[1]} deepEqual {"a":[2]}');
assert.strictEqual(messageOf(function() {
  assert.notDeepEqual([1], [1]);
}), '[1] notDeepEqual [1]');

// Truncation: each encoded side is kept only while shorter than 128
// characters, otherwise cut to its first 128.
function repeat(ch, n) {
  return new Array(n + 1).join(ch);
}
var longText = repeat('x', 200);
assert.strictEqual(messageOf(function() { assert.equal(longText, 'y'); }),
                   '"' + repeat('x', 127) + ' == "y"');
assert.strictEqual(messageOf(function() { assert.equal('y', longText); }),
                   '"y" == "' + repeat('x', 127));
// 125 characters encode to 127: kept whole.
var fits = repeat('x', 125);
assert.strictEqual(messageOf(function() { assert.equal(fits, 'y'); }),
                   '"' + fits + '" == "y"');
// 126 characters encode to exactly 128: cut to 128, i.e. unchanged.
var edge = repeat('x', 126);
assert.strictEqual(messageOf(function() { assert.equal(edge, 'y'); }),
                   '"' + edge + '" == "y"');
var bigArray = [];
for (var i = 0; i < 100; i++) bigArray.push(i);
var bigMessage = messageOf(function() { assert.deepEqual(bigArray, []); });
assert.strictEqual(bigMessage,
                   JSON.stringify(bigArray).slice(0, 128) + ' deepEqual []');

// A custom message is used verbatim, never truncated.
var longMessage = repeat('m', 300);
assert.strictEqual(messageOf(function() {
  assert.equal(1, 2, longMessage);
}), longMessage);

// v0.10 builds the message with plain JSON.stringify, so a circular value
// makes the failing assertion throw JSON's TypeError instead.
var circular = {};
circular.self = circular;
assert.throws(function() { assert.equal(circular, 1); }, TypeError);
// ...but only when the assertion fails.
assert.equal(circular, circular);

console.log('ok');
