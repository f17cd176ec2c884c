'use strict';
// socket.write(data[, encoding][, callback]) and end([data][, encoding]): every string encoding,
// Buffers, callbacks in order, write() returning false once data waits in memory and 'drain'
// after it, anything but a string or Buffer throwing TypeError, end(data, encoding).
var assert = require('assert');
var net = require('net');

var results = {};
process.on('exit', function () {
  assert.deepEqual(Object.keys(results).sort(), ['drain', 'encodings', 'invalid']);
});

// Each encoding arrives as the bytes Buffer would make of it.
var samples = [
  ['hello', undefined], ['héllo wörld ☃', 'utf8'], ['héllo', 'utf-8'], ['abc\u00ff', 'ascii'],
  ['\u00e9\u00ff\u0100', 'binary'], ['68656c6c6f', 'hex'], ['aGVsbG8gd29ybGQ=', 'base64'],
  ['ucs2 ☃', 'ucs2'], ['utf16 ☃', 'utf16le']
];
var expected = Buffer.concat(samples.map(function (s) { return new Buffer(s[0], s[1]); })
  .concat([new Buffer([0, 1, 2, 255]), new Buffer('ff00', 'hex')]));

var encServer = net.createServer(function (c) {
  var chunks = [];
  c.on('data', function (d) { chunks.push(d); });
  c.on('end', function () {
    var got = Buffer.concat(chunks);
    assert.strictEqual(got.toString('hex'), expected.toString('hex'));
    results.encodings = true;
    encServer.close();
  });
});
encServer.listen(0, function () {
  var c = net.connect(encServer.address().port);
  var order = [];
  samples.forEach(function (s, i) {
    var r = s[1] === undefined ? c.write(s[0], function () { order.push(i); })
                               : c.write(s[0], s[1], function () { order.push(i); });
    assert.strictEqual(typeof r, 'boolean');
  });
  c.write(new Buffer([0, 1, 2, 255]), function (err) {
    assert.strictEqual(err, undefined);
    order.push('buffer');
  });
  c.end('ff00', 'hex');
  c.on('finish', function () {
    assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 6, 7, 8, 'buffer']);
  });
});

// Only strings and Buffers.
var s = new net.Socket();
[null, undefined, 1, true, {}, [], function () {}].forEach(function (v) {
  assert.throws(function () { s.write(v); }, TypeError);
});
results.invalid = true;

// write() is false once data must wait; 'drain' follows when it has gone.
var big = new Buffer(1024 * 1024);
big.fill(120);
var drainServer = net.createServer(function (c) {
  var received = 0;
  c.on('data', function (d) { received += d.length; });
  c.on('end', function () {
    assert.strictEqual(received, 4 * big.length);
    drainServer.close();
    results.drain = true;
  });
});
drainServer.listen(0, function () {
  var c = net.connect(drainServer.address().port, function () {
    var ret = c.write(big);
    assert.strictEqual(ret, false, 'a 1 MiB write is more than the high-water mark');
    var drains = 0;
    c.on('drain', function () {
      drains++;
      assert.strictEqual(c.bufferSize, 0);
      if (drains < 4) {
        assert.strictEqual(c.write(big), false);
      } else {
        c.end();
      }
    });
  });
});
