'use strict';
// Checks jnode's UTF-8 encoder (new Buffer(string), Buffer.byteLength, buf.write) against a plain
// reference encoder written here, on random strings mixing ASCII runs, 2- and 3-byte characters,
// surrogate pairs and unpaired surrogates (which V8 writes as U+FFFD, EF BF BD). Shared by
// test-buffer-utf8-encoder.js and test-buffer-utf8-host-compiled.js. With latin1Only, the strings
// hold no character past U+00FF.
var assert = require('assert');

function referenceUtf8(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s.charCodeAt(++i) - 0xDC00);
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xC0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

// Pieces a random string is made of: each kind of character, and ASCII runs that cover the
// encoder's four-characters-at-a-time step at every alignment.
var PIECES = ['a', 'Zq', 'abc', 'wxyz0', 'The quick brown fox', '\u00e9', '\u07ff', '\u0080', '\u0800',
              '\u65e5', '\uffff', '\ud83d\ude00', '\udbff\udfff', '\ud800', '\udc00', '\udfff', '?', '\u0000'];

// Only characters up to U+00FF: strings the JDK stores as Latin-1 (one byte each), which take
// the encoder's Latin-1 path.
var LATIN1_PIECES = ['a', 'Zq', 'abc', 'wxyz0', 'The quick brown fox', '\u00e9', '\u00ff', '\u0080', '\u00c0x',
                     'caf\u00e9 cr\u00e8me', '?', '\u0000'];

module.exports = function checkRandomStrings(seed, count, lengths, latin1Only) {
  var pieces = latin1Only ? LATIN1_PIECES : PIECES;
  function random(n) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  }
  for (var t = 0; t < count; t++) {
    var want = lengths[t % lengths.length];
    var parts = [];
    var length = 0;
    while (length < want) {
      var piece = pieces[random(pieces.length)];
      parts.push(piece);
      length += piece.length;
    }
    var s = parts.join('');
    var expected = referenceUtf8(s);
    var what = 'string ' + t + ' of ' + s.length + ' characters';

    var made = new Buffer(s);
    assert.strictEqual(made.length, expected.length, what + ': new Buffer length');
    for (var i = 0; i < expected.length; i++) {
      if (made[i] !== expected[i]) assert.fail(made[i], expected[i], what + ': byte ' + i, '===');
    }
    assert.strictEqual(Buffer.byteLength(s), expected.length, what + ': byteLength');

    // write into room to spare, exactly enough room, and too little (whole characters only)
    var roomy = new Buffer(expected.length + 7);
    roomy.fill(0x55);
    assert.strictEqual(roomy.write(s), expected.length, what + ': write with room');
    assert.strictEqual(roomy.toString('hex', 0, expected.length), made.toString('hex'), what + ': written bytes');
    assert.strictEqual(roomy[expected.length], 0x55, what + ': byte after the end touched');
    var exact = new Buffer(expected.length);
    assert.strictEqual(exact.write(s), expected.length, what + ': write exact');
    assert.strictEqual(exact.toString('hex'), made.toString('hex'), what + ': exact bytes');
    if (expected.length > 1) {
      var short = new Buffer(expected.length - 1 - random(Math.min(expected.length - 1, 5)));
      var n = short.write(s);
      assert.ok(n <= short.length && n >= short.length - 3, what + ': short write of ' + n + ' into ' + short.length);
      assert.strictEqual(short.toString('hex', 0, n), made.toString('hex', 0, n), what + ': short write bytes');
      // never part of a character: the next byte of the full encoding starts one
      assert.notStrictEqual(made[n] & 0xC0, 0x80, what + ': short write ends inside a character');
    }
  }
};
