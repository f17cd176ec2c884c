'use strict';
// punycode: the API bundled with Node v0.10 (Punycode.js 1.2.0): encode and
// decode of labels (RFC 3492), toASCII/toUnicode of domains, ucs2 helpers,
// RangeErrors for bad input, and 1.2.0's quirks on malformed input.

var assert = require('assert');
var punycode = require('punycode');

// --- Shape.
assert.strictEqual(punycode.version, '1.2.0');
assert.deepEqual(Object.keys(punycode),
                 ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.deepEqual(Object.keys(punycode.ucs2), ['decode', 'encode']);
['decode', 'encode', 'toASCII', 'toUnicode'].forEach(function(name) {
  assert.strictEqual(typeof punycode[name], 'function');
});

// --- The manual's examples.
assert.strictEqual(punycode.decode('maana-pta'), 'ma\u00f1ana');
assert.strictEqual(punycode.decode('--dqo34k'), '\u2603-\u2318');
assert.strictEqual(punycode.encode('ma\u00f1ana'), 'maana-pta');
assert.strictEqual(punycode.encode('\u2603-\u2318'), '--dqo34k');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'ma\u00f1ana.com');
assert.strictEqual(punycode.toUnicode('xn----dqo34k.com'), '\u2603-\u2318.com');
assert.strictEqual(punycode.toASCII('ma\u00f1ana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('\u2603-\u2318.com'), 'xn----dqo34k.com');
assert.deepEqual(punycode.ucs2.decode('abc'), [97, 98, 99]);
assert.deepEqual(punycode.ucs2.decode('\uD834\uDF06'), [0x1D306]);
assert.strictEqual(punycode.ucs2.encode([97, 98, 99]), 'abc');
assert.strictEqual(punycode.ucs2.encode([0x1D306]), '\uD834\uDF06');

// --- Encode/decode pairs: basic-only labels end in '-', case is kept.
var pairs = [
  ['\u00fc', 'tda'],
  ['Goethe', 'Goethe-'],
  ['B\u00fccher', 'Bcher-kva'],
  ['\u65e5\u672c\u8a9e', 'wgv71a119e'],
  ['', ''],
  ['-> $1.00 <-', '-> $1.00 <--'],
  // RFC 3492 section 7.1 samples (B), (J), (L), (S)
  ['\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['Porqu\u00e9nopuedensimplementehablarenEspa\u00f1ol',
   'PorqunopuedensimplementehablarenEspaol-fmd56a'],
  ['3\u5E74B\u7D44\u91D1\u516B\u5148\u751F', '3B-ww4c5e180e575a65lsy2b'],
  ['\u30D1\u30D5\u30A3\u30FCde\u30EB\u30F3\u30D0', 'de-jg4avhby1noc0d'],
  // astral code points go through surrogate pairs
  ['a\uD834\uDF06b', 'ab-5q60a'],
  ['\uDBFF\uDFFF', 'dn32g']
];
pairs.forEach(function(p) {
  assert.strictEqual(punycode.encode(p[0]), p[1], 'encode ' + JSON.stringify(p[0]));
  assert.strictEqual(punycode.decode(p[1]), p[0], 'decode ' + p[1]);
});

// Decoding accepts upper-case digits.
assert.strictEqual(punycode.decode('BCHER-KVA'), 'B\u00fcCHER');
assert.strictEqual(punycode.decode('bcher-KVA'), 'b\u00fccher');

// Round trip over many code points.
for (var cp = 0x80; cp < 0x3000; cp += 37) {
  var s = 'x' + String.fromCharCode(cp) + 'y' + String.fromCharCode(cp + 1);
  assert.strictEqual(punycode.decode(punycode.encode(s)), s);
}

// --- Errors are RangeErrors with 1.2.0's messages.
function throwsRange(fn, message) {
  assert.throws(fn, function(e) {
    return e instanceof RangeError && e.message === message;
  });
}
var OVERFLOW = 'Overflow: input needs wider integers to process';
var NOT_BASIC = 'Illegal input >= 0x80 (not a basic code point)';
var INVALID = 'Invalid input';
throwsRange(function() { punycode.decode('\u00e9-a'); }, NOT_BASIC);
throwsRange(function() { punycode.decode('x'); }, INVALID);       // truncated
throwsRange(function() { punycode.decode('a-zzzzzzzz'); }, INVALID);
throwsRange(function() { punycode.decode('-'); }, INVALID);
throwsRange(function() { punycode.decode('99999999999999'); }, OVERFLOW);
throwsRange(function() { punycode.decode('a-\u00e9'); }, OVERFLOW); // not a digit
throwsRange(function() { punycode.decode('\u00fc'); }, OVERFLOW);
throwsRange(function() { punycode.decode('{'); }, OVERFLOW);
throwsRange(function() { punycode.toUnicode('xn--!.com'); }, INVALID);

// --- 1.2.0 quirks kept for compatibility.
// Characters just below the digit/letter ranges decode as odd digit values.
assert.strictEqual(punycode.decode('-abc'), '\u0099\u0098\u0097');
assert.strictEqual(punycode.decode('`'), '\u007f');
assert.strictEqual(punycode.decode('['), 'z');
assert.strictEqual(punycode.decode('ab-c d'), 'a\u05beb');
// Lone surrogates: any surrogate followed by a low surrogate is paired.
assert.deepEqual(punycode.ucs2.decode('\uD800'), [0xD800]);
assert.deepEqual(punycode.ucs2.decode('\uD800a'), [0xD800, 0x61]);
assert.deepEqual(punycode.ucs2.decode('\uDC00\uD800'), [0xDC00, 0xD800]);
assert.deepEqual(punycode.ucs2.decode('\uD800\uD800\uDC00'), [0xD800, 0xD800, 0xDC00]);
assert.deepEqual(punycode.ucs2.decode('\uDC00\uDC00'), [0x10000]);
// ucs2.encode does not validate, and rewrites its argument in place.
assert.strictEqual(punycode.ucs2.encode([0xD800, 0x61, 0x62]), '\uD800ab');
assert.strictEqual(punycode.ucs2.encode([0xDC00]), '\uDC00');
assert.strictEqual(punycode.ucs2.encode([0x110000]), '\uD800\uDC00');
assert.strictEqual(punycode.ucs2.encode([-1]), '\uFFFF');
assert.strictEqual(punycode.ucs2.encode([]), '');
var points = [0x61, 0x1D306];
assert.strictEqual(punycode.ucs2.encode(points), 'a\uD834\uDF06');
assert.deepEqual(points, ['a', '\uD834\uDF06']);
// encode() of a lone surrogate still produces something.
assert.strictEqual(punycode.encode('\uD800'), 'ib9b');

// --- Domains.
// Only labels with non-ASCII (or control) characters are encoded.
assert.strictEqual(punycode.toASCII('B\u00fccher.com'), 'xn--Bcher-kva.com');
assert.strictEqual(punycode.toASCII('already.ascii.com'), 'already.ascii.com');
assert.strictEqual(punycode.toASCII('a b.c'), 'a b.c');
assert.strictEqual(punycode.toASCII('a\u007fb'), 'xn--a\u007fb-');
assert.strictEqual(punycode.toASCII(''), '');
assert.strictEqual(punycode.toASCII('a..b.'), 'a..b.');
// No special handling of e-mail addresses in this version.
assert.strictEqual(punycode.toASCII('\u00e9@x.com'), 'xn--@x-9ia.com');
// RFC 3490 separators all become '.'.
assert.strictEqual(punycode.toASCII('a\u3002b\uFF0Ec\uFF61d'), 'a.b.c.d');
assert.strictEqual(punycode.toUnicode('xn--bcher-kva\u3002com'), 'b\u00fccher.com');
// toUnicode lowercases the encoded part; only a lowercase "xn--" counts.
assert.strictEqual(punycode.toUnicode('xn--Bcher-KVA.com'), 'b\u00fccher.com');
assert.strictEqual(punycode.toUnicode('XN--bcher-kva.com'), 'XN--bcher-kva.com');
assert.strictEqual(punycode.toUnicode('B\u00fccher.com'), 'B\u00fccher.com');
// Round trip of a whole domain.
var domain = '\u4f8b\u3048.\u30c6\u30b9\u30c8';
assert.strictEqual(punycode.toUnicode(punycode.toASCII(domain)), domain);

// --- Non-string input.
assert.strictEqual(punycode.encode(123), '');
assert.throws(function() { punycode.decode(null); }, TypeError);
assert.throws(function() { punycode.toASCII(undefined); }, TypeError);

console.log('ok');
