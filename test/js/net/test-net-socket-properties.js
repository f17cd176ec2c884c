'use strict';
// The Socket's properties: it is a stream.Duplex; remoteAddress/remotePort/localAddress/
// localPort and address(); bytesRead/bytesWritten (bytes, not characters, and counting data
// queued before the connection is up); readyState through a connection's life; bufferSize;
// setEncoding; setNoDelay/setKeepAlive on open and closed sockets.
var assert = require('assert');
var net = require('net');
var stream = require('stream');

var finished = false;
process.on('exit', function () { assert(finished); });

var s = new net.Socket();
assert(s instanceof stream.Duplex);
assert(s instanceof stream.Readable);
assert(s instanceof stream.Stream);
assert.strictEqual(net.Stream, net.Socket);
assert.strictEqual(s.readyState, 'closed');
assert.strictEqual(s.bufferSize, undefined);
assert.strictEqual(s.remoteAddress, undefined);
assert.strictEqual(s.address(), null);
assert.strictEqual(s.bytesRead, 0);
assert.strictEqual(s.bytesWritten, 0);
// Harmless before there is a connection.
s.setNoDelay();
s.setKeepAlive(true, 1000);
s.ref();
s.unref();

var TEXT = 'Grüße, 世界'; // 9 + 4 + ... bytes: more bytes than characters
var TEXT_BYTES = Buffer.byteLength(TEXT);
assert(TEXT_BYTES > TEXT.length);

// Half-open, so the server can still answer after the client's end.
var server = net.createServer({ allowHalfOpen: true }, function (c) {
  assert.strictEqual(c.readyState, 'open');
  assert.strictEqual(c.remoteAddress, '127.0.0.1');
  assert.strictEqual(c.localAddress, '127.0.0.1');
  assert.strictEqual(c.localPort, server.address().port);
  assert.deepEqual(c.address(), { address: '127.0.0.1', family: 'IPv4', port: server.address().port });
  c.setEncoding('utf8');
  var got = '';
  c.on('data', function (d) {
    assert.strictEqual(typeof d, 'string');
    got += d;
  });
  c.on('end', function () {
    assert.strictEqual(got, TEXT + TEXT);
    assert.strictEqual(c.bytesRead, 2 * TEXT_BYTES);
    assert.strictEqual(c.readyState, 'writeOnly');
    c.end(new Buffer([1, 2, 3]));
  });
});

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var client = net.connect(port, '127.0.0.1');
  assert.strictEqual(client.readyState, 'opening');
  // Queued before the connection exists: counted in bytes already.
  client.write(TEXT);
  assert.strictEqual(client.bytesWritten, TEXT_BYTES);
  assert.strictEqual(client.bufferSize, TEXT.length);
  client.on('connect', function () {
    assert.strictEqual(client.readyState, 'open');
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.remotePort, port);
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert(client.localPort > 0 && client.localPort !== port);
    assert.strictEqual(client.address().port, client.localPort);
    client.setNoDelay(true);
    client.setNoDelay(false);
    client.setNoDelay();
    client.setKeepAlive(true, 2000);
    client.setKeepAlive(false);
    client.end(TEXT, 'utf8');
    assert.strictEqual(client.readyState, 'readOnly');
  });
  var data = [];
  client.on('data', function (d) {
    assert(Buffer.isBuffer(d));
    data.push(d);
  });
  client.on('finish', function () {
    assert.strictEqual(client.bytesWritten, 2 * TEXT_BYTES);
    assert.strictEqual(client.bufferSize, 0);
  });
  client.on('close', function (hadError) {
    assert.strictEqual(hadError, false);
    assert.deepEqual(Array.prototype.slice.call(Buffer.concat(data)), [1, 2, 3]);
    assert.strictEqual(client.bytesRead, 3);
    assert.strictEqual(client.readyState, 'closed');
    assert.strictEqual(client._handle, null);
    // Still harmless once closed.
    client.setNoDelay();
    client.setKeepAlive(true);
    client.ref();
    client.unref();
    assert.strictEqual(client.address(), null);
    assert.strictEqual(client.bufferSize, undefined);
    server.close();
    finished = true;
  });
});
