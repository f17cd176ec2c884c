'use strict';
// base64 and hex against plain reference codecs written here, on random bytes of many lengths,
// so every alignment of the Java codecs' 8-byte fast loops and their tails is crossed: encoding
// must match exactly, decoding must give back the bytes, also with characters outside the
// alphabet (which v0.10 skips) and with the url-safe alphabet ('-', '_'). Then UTF-8 of random
// text mixing '?' with characters past Latin-1 (the encoder's ASCII fast path must tell a real
// '?' from the one ISO-8859-1 encoding substitutes).
var assert = require('assert');

var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function referenceBase64(bytes) {
  var out = '';
  for (var i = 0; i < bytes.length; i += 3) {
    var n = (bytes[i] << 16) | ((i + 1 < bytes.length ? bytes[i + 1] : 0) << 8) |
            (i + 2 < bytes.length ? bytes[i + 2] : 0);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] +
           (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=') +
           (i + 2 < bytes.length ? ALPHABET[n & 63] : '=');
  }
  return out;
}

function referenceHex(bytes) {
  var out = '';
  for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return out;
}

var seed = 12345;
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed;
}

function sameBytes(actual, expected, what) {
  assert.strictEqual(actual.length, expected.length, what + ': length');
  for (var i = 0; i < expected.length; i++) {
    if (actual[i] !== expected[i]) assert.fail(actual[i], expected[i], what + ': byte ' + i, '===');
  }
}

for (var t = 0; t < 500; t++) {
  var length = t < 80 ? t : random() % 9000;
  var bytes = new Buffer(length);
  for (var i = 0; i < length; i++) bytes[i] = random() & 0xff;

  var encoded = bytes.toString('base64');
  assert.strictEqual(encoded, referenceBase64(bytes), 'base64 of ' + length + ' bytes');
  sameBytes(new Buffer(encoded, 'base64'), bytes, 'base64 round trip of ' + length);

  var urlSafe = encoded.replace(/\+/g, '-').replace(/\//g, '_');
  sameBytes(new Buffer(urlSafe, 'base64'), bytes, 'url-safe base64 of ' + length);

  if (encoded.length > 2) {
    var at = random() % (encoded.length - 1) + 1;
    var noisy = encoded.slice(0, at) + ' \n\t*\u00e9' + encoded.slice(at);
    sameBytes(new Buffer(noisy, 'base64'), bytes, 'base64 with junk at ' + at + ' of ' + length);
  }

  var hex = bytes.toString('hex');
  assert.strictEqual(hex, referenceHex(bytes), 'hex of ' + length + ' bytes');
  sameBytes(new Buffer(hex, 'hex'), bytes, 'hex round trip of ' + length);
}

// UTF-8: the reference is encodeURIComponent's percent-encoding, turned into bytes.
function referenceUtf8(text) {
  var escaped = encodeURIComponent(text);
  var out = [];
  for (var i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      out.push(parseInt(escaped.substr(i + 1, 2), 16));
      i += 2;
    } else {
      out.push(escaped.charCodeAt(i));
    }
  }
  return out;
}

var PIECES = ['a', 'Z', '0', ' ', '?', '?', '??', '\u00e9', '\u0100', '\u20ac', '\u4e00', '\ud83d\ude00'];
for (var u = 0; u < 400; u++) {
  var text = '';
  var pieces = u < 40 ? u : random() % 300;
  for (var p = 0; p < pieces; p++) text += PIECES[random() % (u % 3 === 0 ? 5 : PIECES.length)];
  var encodedText = new Buffer(text, 'utf8');
  sameBytes(encodedText, referenceUtf8(text), 'utf8 of ' + JSON.stringify(text));
  assert.strictEqual(Buffer.byteLength(text, 'utf8'), encodedText.length);
  assert.strictEqual(encodedText.toString('utf8'), text);
}
