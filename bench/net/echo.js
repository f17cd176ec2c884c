'use strict';
// TCP echo throughput: a client writes MiB (default 1024) in 64 KiB writes, honouring write()'s
// backpressure, to an echo server (socket.pipe(socket)) in the same process, and reads it all
// back. The client ends its side only once everything came back: under Node v0.10's rules a
// socket that is not half-open ends its own side as soon as the peer's FIN arrives, so bytes
// still waiting in the server's read buffer (the pipe paused by backpressure) would never be
// echoed. Two warm-up transfers come first: a short one (16 MiB), so that the end of a
// connection has been run once, then BENCH_WARMUP_MIB (default 256). The timed transfer is a
// connection with an end too, and a JIT that compiled the hot path before it ever saw an end
// of input recompiles much of it then (GraalJS widens its type profiles: ~40 functions,
// seconds of compiler time on two cores); a server with many connections meets its first end
// in its first second. Prints "echo: <MB/s> MB/s" for the timed transfer (MB = 10^6 bytes,
// counted once).
var net = require('net');

var mib = +(process.argv[2] || 1024);
var warmupMib = +(process.env.BENCH_WARMUP_MIB || 256);
var CHUNK = 64 * 1024;
var chunk = new Buffer(CHUNK);
chunk.fill(0x5a);

var server = net.createServer(function (c) {
  c.pipe(c);
});

function transfer(port, totalBytes, done) {
  var c = net.connect(port, '127.0.0.1');
  var sent = 0;
  var received = 0;
  var start;
  c.on('connect', function () {
    start = process.hrtime();
    pump();
  });
  function pump() {
    while (sent < totalBytes) {
      sent += CHUNK;
      if (!c.write(chunk)) {
        c.once('drain', pump);
        return;
      }
    }
    if (totalBytes === 0) c.end();
  }
  c.on('data', function (d) {
    received += d.length;
    if (received === totalBytes) c.end();
  });
  c.on('end', function () {
    var t = process.hrtime(start);
    var seconds = t[0] + t[1] / 1e9;
    if (received !== totalBytes) throw new Error('echoed ' + received + ' of ' + totalBytes);
    done(totalBytes / 1e6 / seconds);
  });
}

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  transfer(port, 16 * 1024 * 1024, function () {
    transfer(port, warmupMib * 1024 * 1024, function () {
      transfer(port, mib * 1024 * 1024, function (rate) {
        console.log('echo: ' + rate.toFixed(1) + ' MB/s');
        server.close();
      });
    });
  });
});
