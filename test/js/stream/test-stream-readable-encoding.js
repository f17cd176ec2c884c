'use strict';
// stream.Readable decoding to strings: setEncoding() and the `encoding`
// option. Multi-byte characters split across chunks come out whole, base64
// and hex work, read(n) counts characters, and leftovers are flushed at EOF.
var assert = require('assert');
var Readable = require('stream').Readable;

var pending = 0;
function done() { pending--; }
process.on('exit', function() { assert.strictEqual(pending, 0, 'all checks ran'); });

function source(opts) {
  var r = new Readable(opts);
  r._read = function() {};
  return r;
}

// setEncoding() installs a decoder and records the encoding.
(function() {
  var r = source();
  assert.strictEqual(r.setEncoding('utf8'), undefined);
  assert.strictEqual(r._readableState.encoding, 'utf8');
  assert.strictEqual(typeof r._readableState.decoder.write, 'function');
  var r2 = source({ encoding: 'hex' });
  assert.strictEqual(r2._readableState.encoding, 'hex');
  assert.ok(r2._readableState.decoder);
})();

// A UTF-8 character split over two pushes is only returned once complete.
(function() {
  var r = source();
  r.setEncoding('utf8');
  var euro = new Buffer('\u20ac', 'utf8');          // 3 bytes
  assert.strictEqual(euro.length, 3);
  r.push(euro.slice(0, 2));
  assert.strictEqual(r._readableState.length, 0);   // nothing decodable yet
  r.push(Buffer.concat([euro.slice(2), new Buffer('x')]));
  var s = r.read();
  assert.strictEqual(typeof s, 'string');
  assert.strictEqual(s, '\u20acx');
})();

// read(n) counts characters once decoding.
(function() {
  var r = source({ encoding: 'utf8' });
  r.push(new Buffer('h\u00e9llo w\u00f6rld', 'utf8'));
  assert.strictEqual(r._readableState.length, 11);
  assert.strictEqual(r.read(2), 'h\u00e9');
  assert.strictEqual(r.read(4), 'llo ');
  assert.strictEqual(r.read(), 'w\u00f6rld');
})();

// Strings pushed in the stream's own encoding are stored as they are;
// strings in another encoding are converted.
(function() {
  var r = source();
  r.setEncoding('utf8');
  r.push('abc');
  assert.deepEqual(r._readableState.buffer, ['abc']);
  r.push('6465', 'hex');
  assert.deepEqual(r._readableState.buffer, ['abc', 'de']);
  assert.strictEqual(r.read(), 'abcde');
})();

// hex and base64 output; base64 keeps partial groups until EOF.
(function() {
  pending++;
  var hex = source({ encoding: 'hex' });
  hex.push(new Buffer('AB'));
  assert.strictEqual(hex.read(), '4142');

  var b64 = source({ encoding: 'base64' });
  var out = [];
  b64.on('readable', function() {
    var c;
    while ((c = b64.read()) !== null) out.push(c);
  });
  b64.on('end', function() {
    assert.deepEqual(out.join(''), new Buffer('abcde').toString('base64'));
    assert.deepEqual(out, ['YWJj', 'ZGU=']);
    done();
  });
  setTimeout(function() {
    b64.push(new Buffer('ab'));
    b64.push(new Buffer('cde'));
    b64.push(null);                 // flushes the 2 bytes left in the decoder
  }, 1);
})();

// The decoded tail at EOF after a chunk that decoded to nothing.
(function() {
  pending++;
  var r = source({ encoding: 'base64' });
  var got = [];
  r.on('data', function(c) { got.push(c); });
  r.on('end', function() {
    assert.deepEqual(got.join(''), 'MQ==');
    done();
  });
  r.push(new Buffer('1'));
  r.push(null);
})();

// An unknown encoding is rejected by the decoder.
assert.throws(function() { source().setEncoding('no-such-encoding'); }, Error);

console.log('ok');
