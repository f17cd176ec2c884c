'use strict';
// querystring.parse()/decode(): separators, repeated keys, '+', key limits,
// malformed percent-encoding and replaceable unescape, as in Node v0.10.

var assert = require('assert');
var qs = require('querystring');

function parses(input, want, sep, eq, options) {
  var got = qs.parse(input, sep, eq, options);
  assert.deepEqual(got, want, 'parse(' + JSON.stringify(input) + ')');
  assert.deepEqual(Object.keys(got), Object.keys(want), 'key order');
  assert.strictEqual(Object.getPrototypeOf(got), Object.prototype);
  return got;
}

assert.strictEqual(qs.decode, qs.parse);

// The manual's example.
parses('foo=bar&baz=qux&baz=quux&corge', { foo: 'bar', baz: ['qux', 'quux'], corge: '' });

// Values stay strings, however numeric.
assert.strictEqual(qs.parse('id=918854443121279438895193').id, '918854443121279438895193');

// Repeated keys collect in order; a third and fourth are appended.
var repeated = parses('a=1&a=2&b=x&a=3&a=4', { a: ['1', '2', '3', '4'], b: 'x' });
assert.ok(Array.isArray(repeated.a));

// '+' is a space, in keys and values; percent-escapes are decoded.
parses('my+weird+field=q1%212%22%27w%245%267%2Fz8%29%3F',
       { 'my weird field': 'q1!2"\'w$5&7/z8)?' });
parses(' foo = bar ', { ' foo ': ' bar ' });
parses('a%2Bb=c%2bd', { 'a+b': 'c+d' });

// Only the first '=' splits; escaped separators are data.
parses('foo=baz=bar', { foo: 'baz=bar' });
parses('foo%3Dbaz=bar', { 'foo=baz': 'bar' });
parses('a=b%26c=d', { a: 'b&c=d' });

// Empty pieces and keys are kept, as v0.10 does.
parses('foo&bar=baz', { foo: '', bar: 'baz' });
parses('a=b&', { a: 'b', '': '' });
parses('&', { '': ['', ''] });
parses('=x', { '': 'x' });
parses('a=', { a: '' });

// Names of Object.prototype members are ordinary keys.
parses('hasOwnProperty=x&toString=foo&valueOf=bar&__defineGetter__=baz',
       { hasOwnProperty: 'x', toString: 'foo', valueOf: 'bar', __defineGetter__: 'baz' });
parses('constructor=1&constructor=2', { constructor: ['1', '2'] });

// Custom separator and assignment strings, including multi-character ones.
parses('foo:bar;foo:quux', { foo: ['bar', 'quux'] }, ';', ':');
parses('foo:1&bar:2;baz:quux', { foo: '1&bar:2', baz: 'quux' }, ';', ':');
parses('a=>1||b=>2', { a: '1', b: '2' }, '||', '=>');
// Falsy sep/eq fall back to the defaults.
parses('a=1&b=2', { a: '1', b: '2' }, null, '');
parses('a=1&b=2', { a: '1', b: '2' }, '', undefined);

// Non-strings and the empty string give {}.
[undefined, null, '', 42, {}, ['a=b'], true].forEach(function(v) {
  parses(v, {});
});
parses(undefined, {});
assert.deepEqual(qs.parse(), {});

// Malformed percent-encoding falls back to a lenient byte decoder.
parses('foo=%zx', { foo: '%zx' });
parses('a=%&b=%4&c=%4g&d=%%41', { a: '%', b: '%4', c: '%4g', d: '%%41' });
parses('a=100%25&b=%E2%82%AC%', { a: '100%', b: '\u20ac%' });
// ... which decodes valid escapes as UTF-8 bytes next to invalid ones
parses('x=%C3%A9%zz', { x: '\u00e9%zz' });
// ... and, like v0.10, keeps only the low byte of other characters.
parses('x=\u00e9%zz', { x: '\ufffd%zz' });
parses('foo=%EF%BF%BD', { foo: '\ufffd' });
// Raw non-ASCII text that needs no fallback is untouched.
parses('k=\u00e9\u65e5', { k: '\u00e9\u65e5' });

// maxKeys: default 1000 pieces, configurable, 0 or negative for no limit.
var many = [];
for (var i = 0; i < 1500; i++) many.push('k' + i + '=' + i);
many = many.join('&');
assert.strictEqual(Object.keys(qs.parse(many)).length, 1000);
assert.strictEqual(qs.parse(many).k999, '999');
assert.strictEqual(qs.parse(many).k1000, undefined);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length, 1500);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: -1 })).length, 1500);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: 10 })).length, 10);
assert.strictEqual(Object.keys(qs.parse('a=1&b=1&c=1', null, null, { maxKeys: 1 })).length, 1);
// The limit counts pieces, not distinct keys.
parses('a=1&a=2&b=3', { a: ['1', '2'] }, null, null, { maxKeys: 2 });
// A non-number maxKeys is ignored.
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: '5' })).length, 1000);

// parse() decodes through the exported unescape, so it can be replaced.
var savedUnescape = qs.unescape;
var calls = [];
qs.unescape = function(s, decodeSpaces) {
  calls.push([s, decodeSpaces]);
  return s.replace(/o/g, '_');
};
parses('foo=bor', { f__: 'b_r' });
assert.deepEqual(calls, [['foo', true], ['bor', true]]);
// '+' has already become %20 when unescape sees it
calls = [];
qs.parse('a+b=c');
assert.deepEqual(calls[0], ['a%20b', true]);
qs.unescape = savedUnescape;
parses('foo=bor', { foo: 'bor' });

// Nested query strings survive a round trip.
var outer = qs.parse('a=b&q=x%3Dy%26y%3Dz');
assert.deepEqual(qs.parse(outer.q), { x: 'y', y: 'z' });

console.log('ok');
