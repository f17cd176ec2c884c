'use strict';
// string_decoder: characters split across chunks in every encoding, for every way of cutting
// the input; end(); v0.10's encoding names and errors.
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

assert.deepEqual(Object.keys(require('string_decoder')), ['StringDecoder']);

// Every way to cut `input` into consecutive chunks (for short inputs), and one-byte chunks.
function cuts(length, start) {
  start = start || 0;
  if (start === length) return [[]];
  var result = [];
  for (var end = length; end > start; end--) {
    cuts(length, end).forEach(function (rest) {
      result.push([[start, end]].concat(rest));
    });
  }
  return result;
}

function decodeAll(encoding, input, chunks, withEnd) {
  var decoder = new StringDecoder(encoding);
  var out = '';
  chunks.forEach(function (c) {
    var part = decoder.write(input.slice(c[0], c[1]));
    assert.strictEqual(typeof part, 'string');
    out += part;
  });
  if (withEnd) out += decoder.end();
  return out;
}

function check(encoding, input, expected) {
  var ways = input.length <= 10 ? cuts(input.length) : [[[0, input.length]]];
  var bytewise = [];
  for (var i = 0; i < input.length; i++) bytewise.push([i, i + 1]);
  ways.push(bytewise);
  ways.forEach(function (chunks) {
    assert.strictEqual(decodeAll(encoding, input, chunks, true), expected,
                       encoding + ' ' + input.toString('hex') + ' ' + JSON.stringify(chunks));
  });
}

// utf8, including the v0.10 test's cases
check('utf-8', new Buffer('$', 'utf-8'), '$');
check('utf-8', new Buffer('\u00a2', 'utf-8'), '\u00a2');
check('utf-8', new Buffer('\u20ac', 'utf-8'), '\u20ac');
check('utf-8', new Buffer('\ud852\udf62', 'utf-8'), '\ud852\udf62');
check('utf8', new Buffer([0xCB, 0xA4, 0x64, 0xE1, 0x8B, 0xA4, 0x30, 0xE3, 0x81, 0x85]),
      '\u02e4\u0064\u12e4\u0030\u3045');
check('utf8', new Buffer('EDA0BDEDB18D', 'hex'), '\ud83d\udc4d');        // CESU-8
check('utf8', new Buffer('EDA0BD41EDB18D', 'hex'), '\ud83dA\udc4d');
check('utf8', new Buffer('EDA0BD41E282AC', 'hex'), '\ud83dA\u20ac');
// invalid and truncated input decodes as Buffer#toString does
['e282', 'e2', 'f09f91', '80', 'c0af', 'e28241', 'ffe282', 'eda0bde2', 'eda0'].forEach(function (h) {
  var input = new Buffer(h, 'hex');
  check('utf8', input, input.toString('utf8'));
});

// a write never ends half way through a character or a surrogate pair
var d = new StringDecoder('utf8');
assert.strictEqual(d.write(new Buffer([0xE2])), '');
assert.strictEqual(d.charReceived, 1);
assert.strictEqual(d.charLength, 3);
assert.strictEqual(d.write(new Buffer([0x82])), '');
assert.strictEqual(d.write(new Buffer([0xAC, 0x41])), '\u20acA');
assert.strictEqual(d.charReceived, 0);
assert.strictEqual(d.write(new Buffer('eda0bd', 'hex')), '');        // lead surrogate waits
assert.strictEqual(d.write(new Buffer('edb18d', 'hex')), '\ud83d\udc4d');
assert.strictEqual(d.write(new Buffer('f09f', 'hex')), '');
assert.strictEqual(d.end(), '\ufffd\ufffd');
assert.strictEqual(d.end(), '');
assert.strictEqual(d.write(new Buffer('ok')), 'ok');
assert.ok(Buffer.isBuffer(d.charBuffer));
assert.strictEqual(d.charBuffer.length, 6);

// ucs2 / utf16le
check('ucs2', new Buffer('ababc', 'ucs2'), 'ababc');
check('ucs2', new Buffer('3DD84DDC', 'hex'), '\ud83d\udc4d');
check('utf16le', new Buffer('3DD84DDC4100', 'hex'), '\ud83d\udc4dA');
check('utf-16le', new Buffer('\u00e9t\u00e9', 'ucs2'), '\u00e9t\u00e9');
check('UCS-2', new Buffer('610062', 'hex'), 'a');                      // odd last byte dropped
var u = new StringDecoder('utf16le');
assert.strictEqual(u.write(new Buffer([0x61])), '');
assert.strictEqual(u.write(new Buffer([0x00, 0x3d, 0xd8])), 'a');      // lead surrogate waits
assert.strictEqual(u.write(new Buffer([0x4d, 0xdc])), '\ud83d\udc4d');
assert.strictEqual(u.write(new Buffer([0x3d, 0xd8])), '');
assert.strictEqual(u.end(), '\ud83d');

// base64: groups of 3 bytes
['', 'a', 'ab', 'abc', 'abcd', 'hello world', '\u00e9\u00e9\u00e9'].forEach(function (s) {
  var input = new Buffer(s);
  check('base64', input, input.toString('base64'));
});
var b = new StringDecoder('base64');
assert.strictEqual(b.write(new Buffer('ab')), '');
assert.strictEqual(b.write(new Buffer('cd')), 'YWJj');
assert.strictEqual(b.end(), 'ZA==');

// the other encodings pass each chunk through toString
['hex', 'ascii', 'binary'].forEach(function (encoding) {
  var p = new StringDecoder(encoding);
  assert.strictEqual(p.write(new Buffer([0xe2, 0x82])), new Buffer([0xe2, 0x82]).toString(encoding));
  assert.strictEqual(p.end(), '');
  assert.strictEqual(p.end(new Buffer('hi')), new Buffer('hi').toString(encoding));
});

// end(buffer) writes it first
var e = new StringDecoder('utf8');
assert.strictEqual(e.write(new Buffer([0xE2, 0x82])), '');
assert.strictEqual(e.end(new Buffer([0xAC])), '\u20ac');
assert.strictEqual(new StringDecoder().end(new Buffer('x')), 'x');
assert.strictEqual(new StringDecoder().write(new Buffer(0)), '');

// one byte at a time, all at once and toString agree (v0.10's test-string-decoder-end)
var samples = [new Buffer('\u2603\ud83d\udca9'), new Buffer('asdf')];
for (var n = 1; n <= 16; n++) {
  var arr = [];
  for (var j = 0; j < n; j++) arr.push(0x78 + j);
  samples.push(new Buffer(arr));
}
['base64', 'hex', 'utf8', 'utf16le', 'ucs2'].forEach(function (encoding) {
  samples.forEach(function (sample) {
    var expected = sample.toString(encoding);
    var one = new StringDecoder(encoding);
    var res1 = '';
    for (var k = 0; k < sample.length; k++) res1 += one.write(sample.slice(k, k + 1));
    res1 += one.end();
    var all = new StringDecoder(encoding);
    assert.strictEqual(res1, expected);
    assert.strictEqual(all.write(sample) + all.end(), expected);
  });
});

// long input through the decoder in odd-sized chunks
var text = new Array(2000).join('h\u00e9llo \u65e5\u672c \ud83d\ude00 ');
var bytes = new Buffer(text);
['utf8'].forEach(function (encoding) {
  var dec = new StringDecoder(encoding);
  var out = '';
  for (var pos = 0; pos < bytes.length; pos += 997) out += dec.write(bytes.slice(pos, pos + 997));
  assert.strictEqual(out + dec.end(), text);
});

// encoding names and errors
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder('UTF-8').encoding, 'utf8');
assert.strictEqual(new StringDecoder('utf-16le').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('ucs-2').encoding, 'ucs2');
assert.strictEqual(new StringDecoder('Hex').encoding, 'hex');
assert.throws(function () { new StringDecoder('foo'); }, function (err) {
  return err instanceof Error && !(err instanceof TypeError) && err.message === 'Unknown encoding: foo';
});
assert.throws(function () { new StringDecoder('utf-7'); }, /^Error: Unknown encoding: utf-7$/);

console.log('ok');
