'use strict';
// util.format(): placeholders %s %d %j %%, missing and extra arguments,
// non-string first argument.
var assert = require('assert');
var util = require('util');

assert.strictEqual(util.format(), '');
assert.strictEqual(util.format(''), '');
assert.strictEqual(util.format([]), '[]');
assert.strictEqual(util.format({}), '{}');
assert.strictEqual(util.format(null), 'null');
assert.strictEqual(util.format(undefined), 'undefined');
assert.strictEqual(util.format(true), 'true');
assert.strictEqual(util.format(false), 'false');
assert.strictEqual(util.format(42), '42');
assert.strictEqual(util.format('test'), 'test');

// Non-string first argument: every argument inspected (strings quoted).
assert.strictEqual(util.format(1, 2, 3), '1 2 3');
assert.strictEqual(util.format(1, 'a'), '1 \'a\'');
assert.strictEqual(util.format({ a: 1 }, 'b'), '{ a: 1 } \'b\'');
assert.strictEqual(util.format(null, undefined), 'null undefined');

// No placeholders: extra arguments appended, strings not quoted.
assert.strictEqual(util.format('foo', 'bar', 'baz'), 'foo bar baz');
assert.strictEqual(util.format('a', 1, null, undefined, true),
                   'a 1 null undefined true');

// %d
assert.strictEqual(util.format('%d', 42.0), '42');
assert.strictEqual(util.format('%d', 42), '42');
assert.strictEqual(util.format('%d', 1.5), '1.5');
assert.strictEqual(util.format('%d', '42.0'), '42');
assert.strictEqual(util.format('%d', '42'), '42');
assert.strictEqual(util.format('%d', 'abc'), 'NaN');
assert.strictEqual(util.format('%d', {}), 'NaN');
assert.strictEqual(util.format('%d', null), '0');
assert.strictEqual(util.format('%d', ''), '0');
assert.strictEqual(util.format('%d', -0), '0');

// %s
assert.strictEqual(util.format('%s', 42), '42');
assert.strictEqual(util.format('%s', '42'), '42');
assert.strictEqual(util.format('%s', undefined), 'undefined');
assert.strictEqual(util.format('%s', null), 'null');
assert.strictEqual(util.format('%s', { a: 1 }), '[object Object]');
assert.strictEqual(util.format('%s', [1, 2]), '1,2');
assert.strictEqual(util.format('%s', new Error('x')), 'Error: x');

// %j
assert.strictEqual(util.format('%j', 42), '42');
assert.strictEqual(util.format('%j', '42'), '"42"');
assert.strictEqual(util.format('%j', { a: [1, 'b'] }), '{"a":[1,"b"]}');
assert.strictEqual(util.format('%j', undefined), 'undefined');
assert.strictEqual(util.format('%j', null), 'null');
// v0.10 lets JSON.stringify's error for circular input through.
var circular = {};
circular.self = circular;
assert.throws(function() { util.format('%j', circular); }, TypeError);
assert.throws(function() { util.format('x %s %j', 'a', circular); }, TypeError);
// ...but a circular object among the extra arguments is inspected.
assert.strictEqual(util.format('%j', 1, circular), '1 { self: [Circular] }');
assert.strictEqual(util.format('%j', { toJSON: function() { return 'J'; } }),
                   '"J"');

// %% never consumes an argument.
assert.strictEqual(util.format('%%s%s', 'foo'), '%sfoo');
assert.strictEqual(util.format('%%%s%%', 'hi'), '%hi%');
assert.strictEqual(util.format('%%%s%%%%', 'hi'), '%hi%%');
assert.strictEqual(util.format('%%'), '%');
assert.strictEqual(util.format('100%'), '100%');

// Missing arguments leave placeholders alone.
assert.strictEqual(util.format('%s'), '%s');
assert.strictEqual(util.format('%d'), '%d');
assert.strictEqual(util.format('%j'), '%j');
assert.strictEqual(util.format('%s:%s'), '%s:%s');
assert.strictEqual(util.format('%s:%s', undefined), 'undefined:%s');
assert.strictEqual(util.format('%s:%s', 'foo'), 'foo:%s');
assert.strictEqual(util.format('%s:%s', 'foo', 'bar'), 'foo:bar');

// Unknown placeholders are literal text.
assert.strictEqual(util.format('%x %s', 'a'), '%x a');
assert.strictEqual(util.format('%i', 1), '%i 1');

// Extra arguments: objects inspected, everything else String()ed.
assert.strictEqual(util.format('%s:%s', 'foo', 'bar', 'baz'), 'foo:bar baz');
assert.strictEqual(util.format('%s', 'a', { b: 1 }, [2]), 'a { b: 1 } [ 2 ]');
assert.strictEqual(util.format('%s', 'a', null), 'a null');
assert.strictEqual(util.format('x', 'it\'s'), 'x it\'s');
function namedFn() { return 1; }
assert.strictEqual(util.format('x', namedFn), 'x ' + String(namedFn));
assert.strictEqual(util.format('x', new Error('e')), 'x [Error: e]');

// Errors as the only argument.
assert.strictEqual(util.format(new Error('foo')), '[Error: foo]');
function CustomError(msg) {
  Error.call(this);
  Object.defineProperty(this, 'message', { value: msg, enumerable: false });
  Object.defineProperty(this, 'name', { value: 'CustomError',
                                        enumerable: false });
}
util.inherits(CustomError, Error);
assert.strictEqual(util.format(new CustomError('bar')), '[CustomError: bar]');

console.log('ok');
