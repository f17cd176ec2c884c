'use strict';

// punycode: the Punycode (RFC 3492) and IDNA domain helpers that Node v0.10
// exposes as require('punycode'). The API and its observable quirks mirror the
// Punycode.js 1.2.0 release that v0.10 bundled: encode/decode of single labels,
// toASCII/toUnicode of whole domains (split on the four RFC 3490 dot
// separators), and ucs2.decode/ucs2.encode between UTF-16 strings and arrays of
// code points. Errors are RangeErrors with 1.2.0's messages.

// Bootstring parameters for Punycode, RFC 3492 section 5.
var BASE = 36;
var T_MIN = 1;
var T_MAX = 26;
var SKEW = 38;
var DAMP = 700;
var INITIAL_BIAS = 72;
var INITIAL_N = 128; // 0x80: the first non-basic code point
var DELIMITER = '-';

// Integer arithmetic is limited to 31 bits, as in the reference code, so the
// overflow checks fire at the same inputs.
var MAX_INT = 2147483647;

var PUNYCODE_PREFIX = /^xn--/;
// Anything outside printable ASCII makes a label need encoding.
var NEEDS_ENCODING = /[^ -~]/;
// RFC 3490 section 3.1: full stop, ideographic full stop, fullwidth full stop,
// halfwidth ideographic full stop all separate labels.
var LABEL_SEPARATORS = /\x2E|\u3002|\uFF0E|\uFF61/g;

var MESSAGES = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input'
};

function fail(kind) {
  throw new RangeError(MESSAGES[kind]);
}

// Value of a Punycode digit character, or BASE if it is not one. The range
// tests deliberately rely on negative differences passing the `<` check, as
// the bundled 1.2.0 code did: characters below '0', between 'Z' and 'a', etc.
// therefore decode to odd digit values instead of being rejected. Kept for
// bug-compatibility with v0.10 on malformed input.
function digitOf(codeUnit) {
  if (codeUnit - 48 < 10) return codeUnit - 22; // '0'..'9' -> 26..35
  if (codeUnit - 65 < 26) return codeUnit - 65; // 'A'..'Z' -> 0..25
  if (codeUnit - 97 < 26) return codeUnit - 97; // 'a'..'z' -> 0..25
  return BASE;
}

// Character for a digit value: 0..25 -> 'a'..'z', 26..35 -> '0'..'9'.
function charOfDigit(digit) {
  return String.fromCharCode(digit < 26 ? digit + 97 : digit + 22);
}

// Bias adaptation function, RFC 3492 section 6.1.
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  var k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor((BASE - T_MIN + 1) * delta / (delta + SKEW));
}

// Threshold t(k) of the generalized variable-length integers.
function threshold(k, bias) {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

// UTF-16 string -> array of code points. Like 1.2.0, any surrogate (high or
// low) that has a following unit is joined with it when that unit is a low
// surrogate; otherwise both units are emitted unchanged.
function ucs2decode(string) {
  var codePoints = [];
  var length = string.length;
  var index = 0;
  while (index < length) {
    var unit = string.charCodeAt(index++);
    if ((unit & 0xF800) === 0xD800 && index < length) {
      var next = string.charCodeAt(index++);
      if ((next & 0xFC00) === 0xDC00) {
        codePoints.push(((unit & 0x3FF) << 10) + (next & 0x3FF) + 0x10000);
      } else {
        codePoints.push(unit, next);
      }
    } else {
      codePoints.push(unit);
    }
  }
  return codePoints;
}

// Array of code points -> UTF-16 string. No validation, as in 1.2.0: values
// above U+FFFF become a surrogate pair built from their low 20 bits. 1.2.0 also
// replaced each array element with its string form in place before joining;
// that side effect on the caller's array is kept for bug-compatibility.
function ucs2encode(codePoints) {
  var i = codePoints.length;
  while (i--) {
    var value = codePoints[i];
    var text = '';
    if (value > 0xFFFF) {
      value -= 0x10000;
      text += String.fromCharCode(value >>> 10 & 0x3FF | 0xD800);
      value = 0xDC00 | value & 0x3FF;
    }
    codePoints[i] = text + String.fromCharCode(value);
  }
  return codePoints.join('');
}

// Punycode string (one label, no "xn--") -> Unicode string. RFC 3492 6.2.
function decode(input) {
  var output = [];
  var inputLength = input.length;
  var n = INITIAL_N;
  var bias = INITIAL_BIAS;
  var i = 0;

  // Everything before the last delimiter is copied literally.
  var basicEnd = input.lastIndexOf(DELIMITER);
  if (basicEnd < 0) basicEnd = 0;
  for (var j = 0; j < basicEnd; j++) {
    var unit = input.charCodeAt(j);
    if (unit >= 0x80) fail('not-basic');
    output.push(unit);
  }

  var pos = basicEnd > 0 ? basicEnd + 1 : 0;
  while (pos < inputLength) {
    // Read one generalized variable-length integer into i.
    var oldI = i;
    var weight = 1;
    for (var k = BASE; ; k += BASE) {
      if (pos >= inputLength) fail('invalid-input');
      var digit = digitOf(input.charCodeAt(pos++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / weight)) {
        fail('overflow');
      }
      i += digit * weight;
      var t = threshold(k, bias);
      if (digit < t) break;
      if (weight > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
      weight *= BASE - t;
    }

    var outLength = output.length + 1;
    bias = adapt(i - oldI, outLength, oldI === 0);
    if (Math.floor(i / outLength) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / outLength);
    i %= outLength;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

// Unicode string -> Punycode string (one label, no "xn--"). RFC 3492 6.3.
function encode(input) {
  var codePoints = ucs2decode(input);
  var inputLength = codePoints.length;
  var output = '';
  var n = INITIAL_N;
  var delta = 0;
  var bias = INITIAL_BIAS;
  var c, idx;

  for (idx = 0; idx < inputLength; idx++) {
    c = codePoints[idx];
    if (c < 0x80) output += String.fromCharCode(c);
  }
  var basicCount = output.length;
  var handled = basicCount;
  if (basicCount) output += DELIMITER;

  while (handled < inputLength) {
    // Next code point to insert: the smallest one not yet handled.
    var m = MAX_INT;
    for (idx = 0; idx < inputLength; idx++) {
      c = codePoints[idx];
      if (c >= n && c < m) m = c;
    }
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;

    for (idx = 0; idx < inputLength; idx++) {
      c = codePoints[idx];
      if (c < n && ++delta > MAX_INT) fail('overflow');
      if (c === n) {
        // Emit delta as a generalized variable-length integer.
        var q = delta;
        for (var k = BASE; ; k += BASE) {
          var t = threshold(k, bias);
          if (q < t) break;
          output += charOfDigit(t + (q - t) % (BASE - t));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += charOfDigit(q);
        bias = adapt(delta, handled + 1, handled === basicCount);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

// Apply fn to each label of a domain, rejoining with plain dots.
function mapLabels(domain, fn) {
  return domain.split(LABEL_SEPARATORS).map(fn).join('.');
}

function toUnicode(domain) {
  return mapLabels(domain, function(label) {
    return PUNYCODE_PREFIX.test(label) ?
        decode(label.slice(4).toLowerCase()) : label;
  });
}

function toASCII(domain) {
  return mapLabels(domain, function(label) {
    return NEEDS_ENCODING.test(label) ? 'xn--' + encode(label) : label;
  });
}

module.exports = {
  version: '1.2.0',
  ucs2: {
    decode: ucs2decode,
    encode: ucs2encode
  },
  decode: decode,
  encode: encode,
  toASCII: toASCII,
  toUnicode: toUnicode
};
