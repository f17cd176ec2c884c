'use strict';

// querystring: Node v0.10's require('querystring'). Serialises flat objects to
// application/x-www-form-urlencoded style strings (stringify/encode) and parses
// them back (parse/decode), with a configurable separator, assignment
// character and key limit. escape/unescape are exposed so callers can replace
// them, and both stringify and parse look them up on the exports object at
// call time for that reason. unescapeBuffer is the lenient byte-level decoder
// used when decodeURIComponent rejects malformed percent-encoding.

var QueryString = exports;

function hasOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

// Numeric value of an ASCII hex digit, or -1.
function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;       // 0-9
  if (code >= 65 && code <= 70) return code - 65 + 10;  // A-F
  if (code >= 97 && code <= 102) return code - 97 + 10; // a-f
  return -1;
}

// Decode %XX sequences (and '+' when decodeSpaces) into raw bytes. Malformed
// escapes are copied through literally. Each other character is stored as a
// single byte (its code unit truncated to 8 bits), like v0.10.
QueryString.unescapeBuffer = function(s, decodeSpaces) {
  var out = new Buffer(s.length);
  var outIndex = 0;
  var length = s.length;
  for (var i = 0; i < length; i++) {
    var code = s.charCodeAt(i);
    if (code === 37 /* % */) {
      var hi = i + 1 < length ? hexValue(s.charCodeAt(i + 1)) : -1;
      var lo = i + 2 < length ? hexValue(s.charCodeAt(i + 2)) : -1;
      if (hi >= 0 && lo >= 0) {
        out[outIndex++] = hi * 16 + lo;
        i += 2;
        continue;
      }
      // Not an escape: emit '%' and whatever followed it, unchanged. v0.10
      // consumes the one or two characters it inspected, so an escape that
      // starts inside a broken one (e.g. "%%41") is not decoded.
      out[outIndex++] = code;
      if (i + 1 < length) {
        out[outIndex++] = s.charCodeAt(++i);
        if (hi >= 0 && i + 1 < length) out[outIndex++] = s.charCodeAt(++i);
      }
      continue;
    }
    if (code === 43 /* + */ && decodeSpaces) code = 32;
    out[outIndex++] = code;
  }
  return out.slice(0, outIndex);
};

// Decode a component; falls back to the byte-level decoder (interpreted as
// UTF-8) when decodeURIComponent throws on malformed input.
QueryString.unescape = function(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
};

QueryString.escape = function(str) {
  return encodeURIComponent(str);
};

// Only strings, booleans and finite numbers have a textual value; anything
// else (objects, functions, null, NaN, Infinity) serialises as ''.
function primitiveText(value) {
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return isFinite(value) ? value : '';
    default:
      return '';
  }
}

// stringify(obj, sep, eq[, name]): arrays give repeated keys. A primitive obj
// with a name gives the single pair "name=obj"; without a name, ''.
QueryString.stringify = QueryString.encode = function(obj, sep, eq, name) {
  sep = sep || '&';
  eq = eq || '=';
  if (obj === null) obj = undefined;

  if (typeof obj === 'object') {
    return Object.keys(obj).map(function(key) {
      var prefix = QueryString.escape(primitiveText(key)) + eq;
      var value = obj[key];
      if (Array.isArray(value)) {
        return value.map(function(item) {
          return prefix + QueryString.escape(primitiveText(item));
        }).join(sep);
      }
      return prefix + QueryString.escape(primitiveText(value));
    }).join(sep);
  }

  if (!name) return '';
  return QueryString.escape(primitiveText(name)) + eq +
         QueryString.escape(primitiveText(obj));
};

// parse(str, sep, eq, options): repeated keys collect into arrays, '+' means
// space, a key without eq gets ''. At most options.maxKeys (default 1000)
// pieces are examined; a maxKeys of 0 (or less) means no limit.
QueryString.parse = QueryString.decode = function(qs, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var obj = {};

  if (typeof qs !== 'string' || qs.length === 0) return obj;

  var pieces = qs.split(sep);
  var maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  var count = pieces.length;
  if (maxKeys > 0 && count > maxKeys) count = maxKeys;

  for (var i = 0; i < count; i++) {
    var piece = pieces[i].replace(/\+/g, '%20');
    var at = piece.indexOf(eq);
    var rawKey, rawValue;
    if (at >= 0) {
      rawKey = piece.substr(0, at);
      rawValue = piece.substr(at + eq.length);
    } else {
      rawKey = piece;
      rawValue = '';
    }

    var key = QueryString.unescape(rawKey, true);
    var value = QueryString.unescape(rawValue, true);

    if (!hasOwn(obj, key)) {
      obj[key] = value;
    } else if (Array.isArray(obj[key])) {
      obj[key].push(value);
    } else {
      obj[key] = [obj[key], value];
    }
  }
  return obj;
};
