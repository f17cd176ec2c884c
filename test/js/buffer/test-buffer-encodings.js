'use strict';
// Every encoding in both directions, with v0.10.40's quirks: V8 3.14's utf8 decoding (one
// U+FFFD per bad byte, CESU-8 surrogates accepted), lone surrogates written as EF BF BD, ascii
// clearing the high bit, lenient base64, strict-but-parseInt hex, partial writes that never
// split a character, and Buffer._charsWritten.
var assert = require('assert');

function hex(buf) {
  return buf.toString('hex');
}

function bytes(hexString) {
  return new Buffer(hexString, 'hex');
}

// Short ranges and long ones take different paths (JavaScript / Java): test both sizes.
function both(fn) {
  fn('');
  fn(new Array(200).join('-'));
}

// ---- utf8
assert.strictEqual(hex(new Buffer('\u00f6\u65e5\u672c\u8a9e')), 'c3b6e697a5e69cace8aa9e');
assert.strictEqual(hex(new Buffer('\ud83d\udc4d')), 'f09f918d');
assert.strictEqual(hex(new Buffer('ab\ud800cd')), '6162efbfbd6364');
assert.strictEqual(hex(new Buffer('\udc00')), 'efbfbd');
assert.strictEqual(hex(new Buffer('\udc00\ud800')), 'efbfbdefbfbd');
assert.strictEqual(hex(new Buffer('a\ud800')), '61efbfbd');
assert.strictEqual(hex(new Buffer('\0')), '00');
both(function (pad) {
  var p = new Buffer(pad).toString('hex');
  assert.strictEqual(hex(new Buffer(pad + '\ud800x')), p + 'efbfbd78');
  assert.strictEqual(hex(new Buffer(pad + '\ud83d\udc4d')), p + 'f09f918d');
});

function decodes(hexString, expected) {
  both(function (pad) {
    var buf = Buffer.concat([bytes(hexString), new Buffer(pad)]);
    assert.strictEqual(buf.toString('utf8'), expected + pad, hexString);
  });
}
decodes('24', '$');
decodes('c2a2', '\u00a2');
decodes('e282ac', '\u20ac');
decodes('f0a4ada2', '\ud852\udf62');
decodes('cba464e18ba430e38185', '\u02e4\u0064\u12e4\u0030\u3045');
// CESU-8: encoded surrogates decode to the surrogate code units (V8 3.14)
decodes('eda0bdedb18d', '\ud83d\udc4d');
decodes('eda0bd', '\ud83d');
// each byte that does not start a well-formed sequence is one U+FFFD
decodes('80', '\ufffd');
decodes('bf41', '\ufffdA');
decodes('c0', '\ufffd');
decodes('c080', '\ufffd\ufffd');
decodes('c1bf', '\ufffd\ufffd');
decodes('e282', '\ufffd\ufffd');
decodes('e28241', '\ufffd\ufffdA');
decodes('e0808f', '\ufffd\ufffd\ufffd');
decodes('f08282ac', '\ufffd\ufffd\ufffd\ufffd');
decodes('f4908080', '\ufffd\ufffd\ufffd\ufffd');
decodes('f5', '\ufffd');
decodes('f8888080', '\ufffd\ufffd\ufffd\ufffd');
decodes('ff', '\ufffd');
decodes('efbfbd', '\ufffd');
decodes('f09f91', '\ufffd\ufffd\ufffd');

// ---- ascii: decoding clears the high bit; encoding keeps each code unit's low byte
assert.strictEqual(new Buffer('h\u00e9rit\u00e9').toString('ascii'), 'hC)ritC)');
both(function (pad) {
  assert.strictEqual(Buffer.concat([bytes('e28099ff80'), new Buffer(pad)]).toString('ascii'),
                     'b\u0000\u0019\u007f\u0000' + pad);
});
assert.deepEqual(new Buffer('\u00fcber', 'ascii'), new Buffer([252, 98, 101, 114]));
assert.strictEqual(hex(new Buffer('\0\u0141', 'ascii')), '0041');

// ---- binary (latin1)
both(function (pad) {
  var s = pad + '\u00ff\u0100\uaaee\u0000';
  var buf = new Buffer(s, 'binary');
  assert.strictEqual(buf.length, s.length);
  assert.strictEqual(hex(buf.slice(pad.length)), 'ff00ee00');
  assert.strictEqual(buf.toString('binary'), pad + '\u00ff\u0000\u00ee\u0000');
});
var raw = new Buffer(256);
for (var i = 0; i < 256; i++) raw[i] = i;
var latin = raw.toString('binary');
for (i = 0; i < 256; i++) assert.strictEqual(latin.charCodeAt(i), i);
assert.deepEqual(new Buffer(latin, 'binary'), raw);
assert.strictEqual(new Buffer('\u00e9', 'raw')[0], 0xe9);

// ---- ucs2 / utf16le
['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UCS2'].forEach(function (encoding) {
  assert.deepEqual(new Buffer('\u00fcber', encoding), new Buffer([252, 0, 98, 0, 101, 0, 114, 0]));
  var f = new Buffer('\u043f\u0440\u0438\u0432\u0435\u0442', encoding);
  assert.deepEqual(f, new Buffer([63, 4, 64, 4, 56, 4, 50, 4, 53, 4, 66, 4]));
  assert.strictEqual(f.toString(encoding), '\u043f\u0440\u0438\u0432\u0435\u0442');
});
assert.strictEqual(hex(new Buffer('\ud83d\udc4d', 'utf16le')), '3dd84ddc');
// lone surrogates survive both ways
assert.strictEqual(hex(new Buffer('\udc00a', 'ucs2')), '00dc6100');
assert.strictEqual(bytes('00dc6100').toString('ucs2'), '\udc00a');
// an odd last byte is ignored
assert.strictEqual(bytes('610062').toString('ucs2'), 'a');
both(function (pad) {
  var buf = new Buffer(pad + 'x', 'ucs2');
  assert.strictEqual(buf.length, 2 * (pad.length + 1));
  assert.strictEqual(Buffer.concat([buf, bytes('41')]).toString('ucs2'), pad + 'x');
});

// ---- hex
assert.strictEqual(hex(new Buffer([0, 1, 15, 16, 255])), '00010f10ff');
assert.deepEqual(new Buffer('00010f10ff', 'hex'), new Buffer([0, 1, 15, 16, 255]));
assert.deepEqual(new Buffer('ABCDEF', 'hex'), new Buffer([0xab, 0xcd, 0xef]));
var hexStr = raw.toString('hex');
assert.strictEqual(hexStr.length, 512);
assert.deepEqual(new Buffer(hexStr, 'hex'), raw);
assert.throws(function () { new Buffer('abc', 'hex'); }, function (e) {
  return e instanceof TypeError && e.message === 'Invalid hex string';
});
assert.throws(function () { new Buffer('zz', 'hex'); }, /^TypeError: Invalid hex string$/);
both(function (pad) {
  var prefix = new Array(pad.length + 1).join('00');
  assert.throws(function () { new Buffer(prefix + 'ga', 'hex'); }, /Invalid hex string/);
  assert.strictEqual(hex(new Buffer(prefix + 'ag', 'hex').slice(pad.length)), '0a');
  // pairs are read as parseInt(pair, 16) reads them
  assert.strictEqual(hex(new Buffer(prefix + '1z', 'hex').slice(pad.length)), '01');
  assert.strictEqual(hex(new Buffer(prefix + ' 5', 'hex').slice(pad.length)), '05');
  assert.strictEqual(hex(new Buffer(prefix + '-5', 'hex').slice(pad.length)), 'fb');
  assert.throws(function () { new Buffer(prefix + '0x', 'hex'); }, /Invalid hex string/);
  // the pairs before a bad one are written
  var target = new Buffer(pad.length + 3);
  target.fill(0);
  assert.throws(function () { target.write(prefix + '1122zz', 'hex'); }, /Invalid hex string/);
  assert.strictEqual(hex(target.slice(pad.length)), '112200');
});

// ---- base64
assert.strictEqual(new Buffer('Man').toString('base64'), 'TWFu');
assert.strictEqual(new Buffer('Ma').toString('base64'), 'TWE=');
assert.strictEqual(new Buffer('M').toString('base64'), 'TQ==');
assert.strictEqual(new Buffer('').toString('base64'), '');
var expected = [0xff, 0xff, 0xbe, 0xff, 0xef, 0xbf, 0xfb, 0xef, 0xff];
assert.deepEqual(Buffer('//++/++/++//', 'base64'), Buffer(expected));
assert.deepEqual(Buffer('__--_--_--__', 'base64'), Buffer(expected));
assert.strictEqual(new Buffer('K', 'base64').toString(), '');
assert.strictEqual(new Buffer('Kg', 'base64').toString(), '*');
assert.strictEqual(new Buffer('Kio', 'base64').toString(), '**');
assert.strictEqual(new Buffer('Kg==', 'base64').toString(), '*');
assert.strictEqual(new Buffer('Kg=', 'base64').toString(), '*');
assert.strictEqual(new Buffer('Kio=', 'base64').toString(), '**');
assert.strictEqual(new Buffer('KioqKg', 'base64').toString(), '****');
// whitespace and other non-alphabet characters are skipped; the first '=' ends the data
assert.strictEqual(new Buffer(' K i\no\tq \x80\xff\u0141 ', 'base64').toString(), '***');
assert.strictEqual(new Buffer('Kg==Kg==', 'base64').toString(), '*');
assert.strictEqual(new Buffer('=Kg==', 'base64').length, 0);
assert.strictEqual(new Buffer('//4uAA==', 'base64').toString('base64'), '//4uAA==');
var quote = 'Man is distinguished, not only by his reason, but by this singular passion from ' +
            'other animals, which is a lust of the mind, that by a perseverance of delight in ' +
            'the continued and indefatigable generation of knowledge, exceeds the short ' +
            'vehemence of any carnal pleasure.';
var quote64 = new Buffer(quote).toString('base64');
assert.strictEqual(new Buffer(quote64, 'base64').toString(), quote);
var chunked = quote64.replace(/(.{60})/g, '$1 \n');
assert.strictEqual(new Buffer(chunked, 'base64').toString(), quote);
var large = new Buffer(30000);
for (i = 0; i < large.length; i++) large[i] = (i * 31) & 0xff;
var large64 = large.toString('base64');
assert.deepEqual(new Buffer(large64, 'base64'), large);
assert.deepEqual(new Buffer(large64.replace(/\+/g, '-').replace(/\//g, '_'), 'base64'), large);
assert.deepEqual(new Buffer(large64.replace(/(.{76})/g, '$1\r\n'), 'base64'), large);

// ---- write(): return value, partial characters, _charsWritten, arguments
var buf = new Buffer(2);
assert.strictEqual(buf.write(''), 0);
assert.strictEqual(buf.write('\0'), 1);
assert.strictEqual(buf.write('a\0'), 2);
assert.strictEqual(buf.write('\u3042'), 0);
assert.strictEqual(buf.write('\0\u3042'), 1);
assert.strictEqual(buf.write('\0\0\u3042'), 2);
buf = new Buffer(10);
assert.strictEqual(buf.write('\u3042\u3044\u3046'), 9);
assert.strictEqual(buf.write('\u3042\u3044\u3046\0'), 10);
assert.strictEqual(new Buffer(3).write('a\ud83d\udc4d'), 1);
assert.strictEqual(Buffer._charsWritten, 1);
assert.strictEqual(new Buffer(5).write('a\ud83d\udc4d'), 5);
assert.strictEqual(Buffer._charsWritten, 3);

buf = new Buffer(9);
buf.write('\u3042\u3044\u3046\u3048', 'utf8');
assert.strictEqual(Buffer._charsWritten, 3);
['ucs2', 'ucs-2', 'utf16le', 'utf-16le'].forEach(function (encoding) {
  buf.write('\u3042\u3044\u3046\u3048\u304a', encoding);
  assert.strictEqual(Buffer._charsWritten, 4);
});
buf.write('0123456789', 'ascii');
assert.strictEqual(Buffer._charsWritten, 9);
buf.write('0123456789', 'binary');
assert.strictEqual(Buffer._charsWritten, 9);
buf.write('123456', 'base64');
assert.strictEqual(Buffer._charsWritten, 4);
buf.write('00010203040506070809', 'hex');
assert.strictEqual(Buffer._charsWritten, 18);
assert.strictEqual(require('buffer').SlowBuffer._charsWritten, 18);

// the same with long strings (the Java path)
var longAscii = new Array(101).join('0123456789');
buf = new Buffer(995);
assert.strictEqual(buf.write(longAscii), 995);
assert.strictEqual(Buffer._charsWritten, 995);
assert.strictEqual(buf.write(new Array(400).join('\u3042')), 993);
assert.strictEqual(Buffer._charsWritten, 331);
assert.strictEqual(buf.write(new Array(600).join('\u3042'), 'ucs2'), 994);
assert.strictEqual(Buffer._charsWritten, 497);
assert.strictEqual(buf.write(longAscii + longAscii, 'hex'), 995);
assert.strictEqual(Buffer._charsWritten, 1990);

['ucs2', 'ucs-2', 'utf16le', 'utf-16le'].forEach(function (encoding) {
  var f = new Buffer([0, 0, 0, 0, 0]);
  assert.strictEqual(f.write('\u3042\u3044\u3046\u3048\u304a', encoding), 4);
  assert.strictEqual(Buffer._charsWritten, 2);
  assert.deepEqual(f, new Buffer([0x42, 0x30, 0x44, 0x30, 0x00]));
});

// a length argument caps the bytes written, per encoding
buf = new Buffer(4);
buf.fill(0xff);
assert.strictEqual(buf.write('abcd', 1, 2, 'utf8'), 2);
assert.strictEqual(hex(buf), 'ff6162ff');
buf.fill(0xff);
assert.strictEqual(buf.write('abcd', 1, 4), 3);
assert.strictEqual(hex(buf), 'ff616263');
buf.fill(0xff);
assert.strictEqual(buf.write('abcd', 'utf8', 1, 2), 2);   // legacy argument order
assert.strictEqual(hex(buf), 'ff6162ff');
buf.fill(0xff);
assert.strictEqual(buf.write('abcdef', 1, 2, 'hex'), 2);
assert.strictEqual(hex(buf), 'ffabcdff');
buf.fill(0xff);
assert.strictEqual(buf.write('abcd', 0, 3, 'ucs2'), 2);
assert.strictEqual(hex(buf), '6100ffff');
'ascii utf8 hex base64 binary ucs2'.split(' ').forEach(function (enc) {
  assert.strictEqual(Buffer(1).write('aaaaaa', 0, 1, enc), enc === 'ucs2' ? 0 : 1, enc);
});
// base64 writes never run past the buffer
var guard = Buffer('xxx');
Buffer(3).write('aaaaaaaa', 'base64');
assert.strictEqual(guard.toString(), 'xxx');
// writes into a slice stay inside it
var whole = new Buffer([0, 0, 0, 0, 0]);
assert.strictEqual(whole.slice(0, 4).write('12345', 'binary'), 4);
assert.strictEqual(whole[4], 0);

// offset and encoding in every position v0.10 accepts
var writeTest = new Buffer('abcdes');
writeTest.write('n', 'ascii');
writeTest.write('o', 'ascii', '1');
writeTest.write('d', '2', 'ascii');
writeTest.write('e', 3, 'ascii');
writeTest.write('j', 'ascii', 4);
assert.strictEqual(writeTest.toString(), 'nodejs');

// bounds and bad arguments
var b = new Buffer(1024);
assert.strictEqual(b.write('', 1024), 0);
assert.strictEqual(b.write('', 2048), 0);
assert.throws(function () { b.write('a', 2048); }, function (e) {
  return e instanceof RangeError && e.message === 'attempt to write beyond buffer bounds';
});
assert.throws(function () { b.write('a', -1); }, RangeError);
assert.strictEqual(b.write('a', 1024), 0);
assert.throws(function () { b.write('test string', 0, 5, 'invalid'); }, function (e) {
  return e instanceof TypeError && e.message === 'Unknown encoding: invalid';
});
assert.throws(function () { b.write(5); }, /^TypeError: Argument must be a string$/);

// ---- toString(): arguments and range clamping
var abc = new Buffer('abc');
assert.strictEqual(abc.toString('ascii', 0, 0), '');
assert.strictEqual(abc.toString('ascii', -100, -100), '');
assert.strictEqual(abc.toString('ascii', 100, 100), '');
assert.strictEqual(abc.toString('ascii', 1), 'bc');
assert.strictEqual(abc.toString(undefined, 0, 2), 'ab');
assert.strictEqual(abc.toString(null, 1, 2), 'b');
assert.strictEqual(abc.toString('utf8', -1, 2), 'ab');
assert.strictEqual(abc.toString('utf8', 0, 10), 'abc');
assert.strictEqual(abc.toString('utf8', '1', 3), 'bc');
assert.strictEqual(abc.toString('utf8', 0, '2'), 'abc');
assert.strictEqual(abc.toString('UTF-8'), 'abc');
assert.strictEqual(abc.toString({ toString: function () { return 'ascii'; } }), 'abc');
assert.strictEqual(new Buffer([1, 2, 3, 4, 5]).toString('hex', 1, 10000), '02030405');
assert.throws(function () { abc.toString('invalid'); }, function (e) {
  return e instanceof TypeError && e.message === 'Unknown encoding: invalid';
});
assert.strictEqual(abc.toString('invalid', 1, 1), '');
assert.strictEqual(new Buffer(0).toString('invalid'), '');
// a Buffer converts to its utf8 text where a string is expected
assert.strictEqual('' + new Buffer('xyz'), 'xyz');
assert.ok(new Buffer('0123456789').slice(2, -2) == '234567');

// the per-encoding methods v0.10 has
var m = new Buffer(8);
assert.strictEqual(m.utf8Write('\u00e9', 0), 2);
assert.strictEqual(m.utf8Slice(0, 2), '\u00e9');
assert.strictEqual(m.asciiWrite('ab', 2), 2);
assert.strictEqual(m.asciiSlice(2, 4), 'ab');
assert.strictEqual(m.binaryWrite('\u00ff', 4), 1);
assert.strictEqual(m.binarySlice(4, 5), '\u00ff');
assert.strictEqual(m.hexWrite('0a0b', 5), 2);
assert.strictEqual(m.hexSlice(5, 7), '0a0b');
assert.strictEqual(m.ucs2Write('z', 0), 2);
assert.strictEqual(m.ucs2Slice(0, 2), 'z');
assert.strictEqual(m.base64Write('AAE=', 0), 2);
assert.strictEqual(m.base64Slice(0, 2), 'AAE=');

// big strings through every encoding round-trip
var bigText = new Array(3000).join('h\u00e9llo w\u00f6rld \u65e5\u672c \ud83d\ude00 ');
['utf8', 'ucs2'].forEach(function (enc) {
  assert.strictEqual(new Buffer(bigText, enc).toString(enc), bigText);
});
var bigLatin = new Array(3000).join('caf\u00e9 \u00ff ');
['binary'].forEach(function (enc) {
  assert.strictEqual(new Buffer(bigLatin, enc).toString(enc), bigLatin);
});
assert.strictEqual(new Buffer(bigText).length, Buffer.byteLength(bigText));

console.log('ok');
