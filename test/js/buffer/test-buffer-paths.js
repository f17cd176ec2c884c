'use strict';
// Short strings are encoded in JavaScript and long ones in Java; short copies loop in
// JavaScript and long ones memmove in Java. Both paths must agree byte for byte: random input
// (heavy on edge cases: invalid utf8, lone surrogates, astral characters) through both.
var assert = require('assert');

var seed = 20240611;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

var pad = new Array(101).join('a');
var edgeBytes = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed,
                 0xa0, 0xbd, 0xef, 0xf0, 0xf4, 0xf5, 0xf7, 0xf8, 0xff, 0x90, 0x82];
var edgeUnits = [0x41, 0x7f, 0x80, 0xff, 0x100, 0x7ff, 0x800, 0xfffd, 0xffff, 0xd800, 0xdbff,
                 0xdc00, 0xdfff, 0xd83d, 0xdc4d, 0];
var t, i;

// Decoding: a truncated utf8 sequence at the end decodes like one followed by 'a' (one U+FFFD
// per byte), so bytes + padding must decode to decode(bytes) + padding.
for (t = 0; t < 1500; t++) {
  var n = random(40);
  var list = [];
  for (i = 0; i < n; i++) list.push(random(3) ? edgeBytes[random(edgeBytes.length)] : random(256));
  var small = new Buffer(list);
  var big = Buffer.concat([small, new Buffer(pad)]);
  ['utf8', 'ascii', 'binary', 'hex', 'ucs2', 'base64'].forEach(function (enc) {
    if (enc === 'ucs2' && small.length % 2) return;
    if (enc === 'base64' && small.length % 3) return;
    var expected = small.toString(enc) + new Buffer(pad).toString(enc);
    assert.strictEqual(big.toString(enc), expected, enc + ' ' + small.toString('hex'));
  });
}

// Encoding, whole and partial writes, byte lengths.
for (t = 0; t < 1500; t++) {
  var len = random(30);
  var s = '';
  for (i = 0; i < len; i++) s += String.fromCharCode(random(3) ? edgeUnits[random(edgeUnits.length)] : random(0x10000));
  ['utf8', 'ascii', 'binary', 'ucs2'].forEach(function (enc) {
    var whole = new Buffer(s, enc);
    var longer = new Buffer(s + pad, enc);
    assert.strictEqual(longer.toString('hex'), whole.toString('hex') + new Buffer(pad, enc).toString('hex'), enc);
    assert.strictEqual(Buffer.byteLength(s + pad, enc), Buffer.byteLength(s, enc) + Buffer.byteLength(pad, enc));
    assert.strictEqual(whole.length, Buffer.byteLength(s, enc));
    if (whole.length === 0) return;
    var max = 1 + random(whole.length);
    var x = new Buffer(max + 4);
    x.fill(0xee);
    var wroteShort = x.write(s, 0, max, enc);
    var charsShort = Buffer._charsWritten;
    var y = new Buffer(max + 4);
    y.fill(0xee);
    var wroteLong = y.write(s + pad + pad, 0, max, enc);
    var charsLong = Buffer._charsWritten;
    assert.strictEqual(wroteShort, wroteLong, enc + ' written, max ' + max + ' ' + escape(s));
    assert.strictEqual(charsShort, charsLong, enc + ' chars, max ' + max + ' ' + escape(s));
    assert.strictEqual(x.toString('hex'), y.toString('hex'));
  });
}

// Copies of every size up to past the JavaScript/Java threshold, overlapping or not.
for (var size = 0; size <= 80; size++) {
  var source = new Buffer(200);
  for (i = 0; i < source.length; i++) source[i] = i;
  var target = new Buffer(200);
  target.fill(0);
  assert.strictEqual(source.copy(target, 7, 3, 3 + size), size);
  for (i = 0; i < 200; i++) {
    assert.strictEqual(target[i], i >= 7 && i < 7 + size ? i - 4 : 0, 'size ' + size);
  }
  source.copy(source, 5, 3, 3 + size);
  for (i = 0; i < size; i++) assert.strictEqual(source[5 + i], 3 + i);
  var filled = new Buffer(100);
  filled.fill(0);
  filled.fill(9, 10, 10 + size > 100 ? 100 : 10 + size);
  for (i = 0; i < 100; i++) assert.strictEqual(filled[i], i >= 10 && i < 10 + size ? 9 : 0);
}

console.log('ok');
