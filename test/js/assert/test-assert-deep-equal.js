'use strict';

// deepEqual / notDeepEqual with Node v0.10's semantics, including its
// quirks: `==` between primitives, only own enumerable keys, the property
// named `prototype` rather than [[Prototype]], and Buffers, Dates and
// RegExps compared by content.

var assert = require('assert');

function equal(a, b) {
  assert.deepEqual(a, b);
  assert.deepEqual(b, a);  // deepEqual is symmetric
  assert.throws(function() { assert.notDeepEqual(a, b); },
                assert.AssertionError);
}

function different(a, b) {
  assert.throws(function() { assert.deepEqual(a, b); },
                assert.AssertionError);
  assert.throws(function() { assert.deepEqual(b, a); },
                assert.AssertionError);
  assert.notDeepEqual(a, b);
  assert.notDeepEqual(b, a);
}

// Identity and primitives (compared with ==).
var obj = {x: 1};
equal(obj, obj);
equal(1, 1);
equal(4, '4');
equal(true, 1);
equal(0, false);
equal('', 0);
equal(null, undefined);
equal(null, null);
different(4, '5');
different(NaN, NaN);
different(null, 0);
different(undefined, 0);
different('a', 'b');

// Primitives versus objects are never equal (ES5's Object.keys threw on a
// primitive), even when a modern Object.keys would agree.
different('a', {});
different('ab', {0: 'a', 1: 'b'});
different('a', new String('a'));
different(1, new Number(1));
different(0, {});
different(null, {});
different(undefined, {});
different(null, []);

// Functions are compared by identity unless one side is an object.
function f() {}
function g() {}
equal(f, f);
different(f, g);
different(f, {});
equal({fn: f}, {fn: f});
different({fn: f}, {fn: g});

// Objects: same key set (any order), values deep-equal.
equal({}, {});
equal({a: 4}, {a: 4});
equal({a: 4, b: '2'}, {a: 4, b: '2'});
equal({a: 4, b: '1'}, {b: '1', a: 4});
equal({a: 4}, {a: '4'});
different({a: 4}, {a: 4, b: true});
different({a: 4}, {b: 4});
different({a: undefined}, {});
different({a: undefined, b: 1}, {b: 1, c: undefined});
equal({a: [1, {b: 2}]}, {a: ['1', {b: '2'}]});
different({a: [1, {b: 2}]}, {a: [1, {b: 3}]});

// Arrays are objects too: index keys plus any extra own properties.
equal([], []);
equal([4], ['4']);
equal([1, 2, 3], [1, 2, 3]);
different([1, 2, 3], [1, 2]);
different([1, 2, 3], [1, 3, 2]);
equal(['a'], {0: 'a'});
equal([], {});  // v0.10 quirk: no keys on either side
var a1 = [1, 2, 3];
var a2 = [1, 2, 3];
a1.a = 'test';
a1.b = true;
a2.b = true;
a2.a = 'test';
equal(a1, a2);
different(Object.keys(a1), Object.keys(a2));
a2.c = 1;
different(a1, a2);

// Only own enumerable properties count.
var hiddenA = {v: 1};
Object.defineProperty(hiddenA, 'secret', {value: 1, enumerable: false});
equal(hiddenA, {v: 1});
function Inherits() {}
Inherits.prototype.shared = 1;
equal(new Inherits(), {});

// Boxed primitives have no enumerable own keys, so v0.10 calls any two equal.
equal(new Number(1), new Number(2));
equal(new String('ab'), new String('ab'));
different(new String('ab'), new String('ac'));

// The property named `prototype` must be identical.
var nbRoot = {
  toString: function() { return this.first + ' ' + this.last; }
};
function NameBuilder(first, last) {
  this.first = first;
  this.last = last;
}
NameBuilder.prototype = nbRoot;
function NameBuilder2(first, last) {
  this.first = first;
  this.last = last;
}
NameBuilder2.prototype = nbRoot;
equal(new NameBuilder('Ryan', 'Dahl'), new NameBuilder2('Ryan', 'Dahl'));
NameBuilder2.prototype = Object;  // instances now inherit `Object.prototype`
different(new NameBuilder('Ryan', 'Dahl'), new NameBuilder2('Ryan', 'Dahl'));
// Different [[Prototype]]s alone do not matter.
equal(Object.create({inherited: 1}), {});
equal({prototype: 1, x: 2}, {prototype: 1, x: 2});
different({prototype: {}}, {prototype: {}});

// Dates by time value; other properties are ignored.
equal(new Date(2000, 3, 14), new Date(2000, 3, 14));
different(new Date(), new Date(2000, 3, 14));
var d1 = new Date(0);
var d2 = new Date(0);
d1.extra = true;
equal(d1, d2);
different(new Date(0), 0);
// v0.10 quirk: a Date against a plain object falls back to key comparison.
equal(new Date(0), {});
different(new Date(0), {a: 1});

// RegExps by source, flags and lastIndex.
equal(/a/, /a/);
equal(/a/g, /a/g);
equal(/a/i, /a/i);
equal(/a/m, /a/m);
equal(/a/igm, /a/igm);
equal(new RegExp('a', 'gi'), /a/ig);
different(/ab/, /a/);
different(/a/g, /a/);
different(/a/i, /a/);
different(/a/m, /a/);
different(/a/igm, /a/im);
var re1 = /a/;
re1.lastIndex = 3;
different(re1, /a/);
var re2 = /a/;
re2.extra = 1;
equal(re2, /a/);

// Buffers byte by byte.
equal(new Buffer([1, 2, 3]), new Buffer([1, 2, 3]));
equal(new Buffer('abc'), new Buffer('abc'));
equal(new Buffer(0), new Buffer(0));
different(new Buffer([1, 2, 3]), new Buffer([1, 2, 4]));
different(new Buffer([1, 2, 3]), new Buffer([1, 2]));

// arguments objects equal only other arguments objects (GH-7178).
function args() { return arguments; }
equal(args(1, 2), args(1, 2));
equal(args(1, 2), args('1', '2'));
equal(args(), args());
different(args(1, 2), args(1, 3));
different([], args());
different([1, 2], args(1, 2));
different({0: 1, 1: 2}, args(1, 2));

// Circular structures are not detected: the recursion overflows (GH-207).
var b = {};
b.b = b;
var c = {};
c.b = c;
var threw = false;
try {
  assert.deepEqual(b, c);
} catch (e) {
  threw = true;
}
assert.ok(threw, 'circular deepEqual should throw');
// Identical references short-circuit before recursing.
assert.deepEqual(b, b);

// Custom messages.
try {
  assert.deepEqual({a: 1}, {a: 2}, 'deep message');
  throw new Error('unreachable');
} catch (e) {
  assert.ok(e instanceof assert.AssertionError);
  assert.strictEqual(e.message, 'deep message');
  assert.strictEqual(e.operator, 'deepEqual');
  assert.deepEqual(e.actual, {a: 1});
  assert.deepEqual(e.expected, {a: 2});
}
try {
  assert.notDeepEqual([1], ['1']);
  throw new Error('unreachable');
} catch (e) {
  assert.ok(e instanceof assert.AssertionError);
  assert.strictEqual(e.operator, 'notDeepEqual');
  assert.strictEqual(e.message, '[1] notDeepEqual ["1"]');
  assert.strictEqual(e.generatedMessage, true);
}

console.log('ok');
