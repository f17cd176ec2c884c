'use strict';
// querystring.stringify()/encode(), escape(), unescape() and unescapeBuffer()
// as in Node v0.10: which values serialise to what, custom separators, the
// optional name argument, and replaceable escape.

var assert = require('assert');
var qs = require('querystring');

assert.strictEqual(qs.encode, qs.stringify);
assert.deepEqual(Object.keys(qs).sort(),
                 ['decode', 'encode', 'escape', 'parse', 'stringify',
                  'unescape', 'unescapeBuffer']);

// The manual's examples.
assert.strictEqual(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }),
                   'foo=bar&baz=qux&baz=quux&corge=');
assert.strictEqual(qs.stringify({ foo: 'bar', baz: 'qux' }, ';', ':'), 'foo:bar;baz:qux');

// Escaping uses encodeURIComponent.
assert.strictEqual(qs.stringify({ 'my weird field': 'q1!2"\'w$5&7/z8)?' }),
                   'my%20weird%20field=q1!2%22\'w%245%267%2Fz8)%3F');
assert.strictEqual(qs.stringify({ 'a=b': 'c&d', e: '\u00e9\u20ac' }),
                   'a%3Db=c%26d&e=%C3%A9%E2%82%AC');
assert.strictEqual(qs.stringify({ foo: 'baz=bar' }), 'foo=baz%3Dbar');
assert.strictEqual(qs.stringify({ foo: 'baz:bar' }, ';', ':'), 'foo:baz%3Abar');

// Only strings, booleans and finite numbers have a value; others are ''.
var fn = function() {};
fn.prototype = { a: 'b' };
[[{ regexp: /./g }, 'regexp='],
 [{ fn: fn }, 'fn='],
 [{ math: Math }, 'math='],
 [{ d: new Date(0) }, 'd='],
 [{ f: new Boolean(false), s: new String('x'), n: new Number(1) }, 'f=&s=&n='],
 [{ f: false, t: true }, 'f=false&t=true'],
 [{ n: null, u: undefined }, 'n=&u='],
 [{ nan: NaN, inf: Infinity, ninf: -Infinity }, 'nan=&inf=&ninf='],
 [{ i: 42, neg: -1.5, exp: 1e21 }, 'i=42&neg=-1.5&exp=1e%2B21'],
 [{ nested: { a: 1 } }, 'nested='],
 [{ arr: [1, 'two', null, true, [3]] }, 'arr=1&arr=two&arr=&arr=true&arr='],
 [{ empty: [] }, ''],
 [{}, '']
].forEach(function(c) {
  assert.strictEqual(qs.stringify(c[0]), c[1], JSON.stringify(c[1]));
});

// Only own enumerable keys are serialised, in insertion order.
var withProto = Object.create({ inherited: 'x' });
withProto.own = 'y';
Object.defineProperty(withProto, 'hidden', { value: 'z', enumerable: false });
assert.strictEqual(qs.stringify(withProto), 'own=y');
// Arrays are objects too: indices become keys.
assert.strictEqual(qs.stringify(['a', 'b']), '0=a&1=b');

// Falsy sep/eq fall back to '&' and '='.
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, '', null), 'a=1&b=2');
assert.strictEqual(qs.stringify({ a: [1, 2] }, '; ', ' is '), 'a is 1; a is 2');

// A primitive with a name serialises as one pair; without a name, ''.
assert.strictEqual(qs.stringify('bar', null, null, 'foo'), 'foo=bar');
assert.strictEqual(qs.stringify(42, ';', ':', 'x y'), 'x%20y:42');
assert.strictEqual(qs.stringify(null, null, null, 'n'), 'n=');
assert.strictEqual(qs.stringify(undefined, null, null, 'n'), 'n=');
assert.strictEqual(qs.stringify('bar'), '');
assert.strictEqual(qs.stringify(42), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.stringify(), '');
assert.strictEqual(qs.stringify(fn, null, null, 'f'), 'f=');
// Objects ignore the name.
assert.strictEqual(qs.stringify({ a: 1 }, '&', '=', 'name'), 'a=1');
assert.strictEqual(qs.stringify({ a: 1 }, '&', '=', false), 'a=1');

// stringify() escapes through the exported escape, so it can be replaced.
var savedEscape = qs.escape;
qs.escape = function(s) { return '<' + s + '>'; };
assert.strictEqual(qs.stringify({ a: ['b', 1] }), '<a>=<b>&<a>=<1>');
qs.escape = savedEscape;
assert.strictEqual(qs.escape('a b&c/\u00e9'), 'a%20b%26c%2F%C3%A9');
assert.strictEqual(qs.escape(5), '5');

// Nested stringify round-trips through parse.
var inner = qs.stringify({ x: 'y', y: 'z' }, ';', ':');
assert.strictEqual(inner, 'x:y;y:z');
var outer = qs.stringify({ a: 'b', q: inner }, ';', ':');
assert.strictEqual(outer, 'a:b;q:x%3Ay%3By%3Az');
assert.deepEqual(qs.parse(qs.parse(outer, ';', ':').q, ';', ':'), { x: 'y', y: 'z' });

// unescape: decodeURIComponent, with the byte-level fallback on bad input.
assert.strictEqual(qs.unescape('a%20b+c'), 'a b+c');
assert.strictEqual(qs.unescape('%E2%82%AC'), '\u20ac');
assert.strictEqual(qs.unescape('%zz+%41', true), '%zz A');
assert.strictEqual(qs.unescape('%zz+%41'), '%zz+A');
assert.strictEqual(qs.unescape('100%'), '100%');

// unescapeBuffer: raw bytes, never throws.
function bytes(buf) { return Array.prototype.slice.call(buf); }
var b = qs.unescapeBuffer('%d3%f2Ug%1f6v%24%5e%98%cb%0d%ac%a2%2f%9d%eb%d8%a2%e6');
assert.ok(Buffer.isBuffer(b));
assert.deepEqual(bytes(b), [0xd3, 0xf2, 0x55, 0x67, 0x1f, 0x36, 0x76, 0x24, 0x5e,
                            0x98, 0xcb, 0x0d, 0xac, 0xa2, 0x2f, 0x9d, 0xeb, 0xd8,
                            0xa2, 0xe6]);
assert.deepEqual(bytes(qs.unescapeBuffer('a+b')), [0x61, 0x2b, 0x62]);
assert.deepEqual(bytes(qs.unescapeBuffer('a+b', true)), [0x61, 0x20, 0x62]);
assert.deepEqual(bytes(qs.unescapeBuffer('%+', true)), [0x25, 0x2b]);
assert.deepEqual(bytes(qs.unescapeBuffer('%4+', true)), [0x25, 0x34, 0x2b]);
assert.deepEqual(bytes(qs.unescapeBuffer('%')), [0x25]);
assert.deepEqual(bytes(qs.unescapeBuffer('%4')), [0x25, 0x34]);
assert.deepEqual(bytes(qs.unescapeBuffer('%%41')), [0x25, 0x25, 0x34, 0x31]);
assert.deepEqual(bytes(qs.unescapeBuffer('%4%41')), [0x25, 0x34, 0x25, 0x34, 0x31]);
assert.deepEqual(bytes(qs.unescapeBuffer('%aF%Fa')), [0xaf, 0xfa]);
assert.deepEqual(bytes(qs.unescapeBuffer('')), []);
// characters above 0xFF keep only their low byte
assert.deepEqual(bytes(qs.unescapeBuffer('\u00e9\u0141')), [0xe9, 0x41]);
assert.strictEqual(qs.unescapeBuffer('%E2%82%AC').toString(), '\u20ac');

console.log('ok');
