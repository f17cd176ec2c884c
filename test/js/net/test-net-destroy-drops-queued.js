'use strict';
// destroy() on a socket whose writes are still queued (its peer reads nothing) closes it at
// once and drops the queue, as uv_close cancels pending writes: the peer sees the connection
// go, and the queued bytes never arrive. (Before, the close waited for the queue to empty:
// with a peer that never reads, forever.)
var assert = require('assert');
var net = require('net');

var big = new Buffer(1024 * 1024);
big.fill(0x61);
var serverSawFalse = false;
var clientClosed = false;
var serverSocketClosed = false;
var written = 0;
var received = 0;

var server = net.createServer(function (socket) {
  // Fill the socket until the kernel takes no more and writes queue up in memory (a 1 MiB write
  // returns false even when the kernel took it all: it is over the high-water mark), then give
  // up on the peer.
  for (var i = 0; i < 256 && socket.bufferSize === 0; i++) {
    if (socket.write(big) === false) serverSawFalse = true;
    written += big.length;
  }
  assert(socket.bufferSize > 0, 'writes queued in memory');
  socket.on('close', function () { serverSocketClosed = true; });
  socket.on('error', function () {});
  setImmediate(function () { socket.destroy(); });
});

server.listen(0, function () {
  var client = net.connect(server.address().port);
  client.pause(); // never reads: the server's writes back up
  client.on('data', function (d) { received += d.length; });
  client.on('error', function () {});
  client.on('close', function () {
    clientClosed = true;
    server.close();
  });
  // Once the server has destroyed its side, the client must learn: resume to see EOF/RST.
  var check = setInterval(function () {
    if (serverSocketClosed) {
      clearInterval(check);
      client.resume();
    }
  }, 20);
});

var guard = setTimeout(function () {
  throw new Error('the destroyed connection never closed');
}, 20000);
guard.unref();

process.on('exit', function () {
  assert(serverSawFalse);
  assert(serverSocketClosed);
  assert(clientClosed);
  // What the kernel held arrives; what waited in the server's memory was dropped.
  assert(received > 0 && received < written, 'received ' + received + ' of ' + written);
});
