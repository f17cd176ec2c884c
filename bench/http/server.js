'use strict';
// The server measured by bench/http/run.sh, written against the v0.10 API so that node and
// jnode run the same code:
//   GET /        "Hello World\n" (the classic hello-world server)
//   GET /mib     1 MiB streamed as 16 writes of 64 KiB, with backpressure
//   POST /echo   the request body piped back as the response
//   node bench/http/server.js <port>
var http = require('http');

var port = Number(process.argv[2]) || 14400;
var CHUNK = 64 * 1024;
var chunk = new Buffer(CHUNK);
chunk.fill(120);

http.createServer(function (req, res) {
  if (req.url === '/mib') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': 16 * CHUNK });
    var left = 16;
    (function go() {
      while (left > 0) {
        left--;
        if (!res.write(chunk)) return res.once('drain', go);
      }
      res.end();
    })();
  } else if (req.method === 'POST') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    req.pipe(res);
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello World\n');
  }
}).listen(port, '127.0.0.1', function () {
  console.log('listening on ' + port);
});
