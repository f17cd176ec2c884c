'use strict';
// timeout: 300
// Streaming without buffering: a large (up to 1 GiB) upload (chunked request body, piped into a counting
// sink on the server) and a download as large (a response written with backpressure: write()
// returning false waits for 'drain') go through with the process's resident memory staying
// bounded — far below the amount moved. Every byte is counted and a checksum compared.
// HTTP_BIG_MIB=<n> changes the size: the suite moves 256 MiB each way to stay quick on a 2-core CI
// machine; HTTP_BIG_MIB=1024 is the full 1 GiB run.
var assert = require('assert');
var http = require('http');

var PORT = 14261;
var MIB = 1024 * 1024;
var TOTAL = (Number(process.env.HTTP_BIG_MIB) || 256) * MIB;
var CHUNK = 64 * 1024;
// Memory growth allowed over the start: generous for the heap and I/O buffers, far below TOTAL.
var RSS_BOUND = 400 * MIB;

var chunk = new Buffer(CHUNK);
for (var i = 0; i < CHUNK; i++) chunk[i] = (i * 31 + 7) & 0xff;
var chunkSum = 0;
for (i = 0; i < CHUNK; i++) chunkSum = (chunkSum + chunk[i]) % 65521;

var baseRss = 0;
var maxRss = 0;
function sampleRss() {
  var rss = process.memoryUsage().rss;
  if (rss > maxRss) maxRss = rss;
}
var sampler;

function sumOf(buf, sum) {
  for (var j = 0; j < buf.length; j++) sum = (sum + buf[j]) % 65521;
  return sum;
}

// Writes TOTAL bytes to a writable with backpressure, then ends it.
function pump(out, cb) {
  var left = TOTAL;
  var sawFalse = false;
  function go() {
    while (left > 0) {
      left -= CHUNK;
      if (!out.write(chunk)) {
        sawFalse = true;
        return out.once('drain', go);
      }
    }
    out.end();
    cb(sawFalse);
  }
  go();
}

var uploadBytes = 0;
var uploadSawFalse = false;
var downloadBytes = 0;
var downloadSawFalse = false;
var downloadSumOk = false;

var server = http.createServer(function (req, res) {
  if (req.url === '/up') {
    req.on('data', function (d) { uploadBytes += d.length; });
    req.on('end', function () { res.end(String(uploadBytes)); });
  } else {
    res.writeHead(200, { 'Content-Length': TOTAL });
    pump(res, function (sawFalse) { downloadSawFalse = sawFalse; });
  }
});

function upload(next) {
  var req = http.request({ port: PORT, method: 'POST', path: '/up' }, function (res) {
    var s = '';
    res.on('data', function (d) { s += d; });
    res.on('end', function () {
      assert.strictEqual(Number(s), TOTAL);
      next();
    });
  });
  pump(req, function (sawFalse) { uploadSawFalse = sawFalse; });
}

function download(next) {
  http.get({ port: PORT, path: '/down' }, function (res) {
    assert.strictEqual(Number(res.headers['content-length']), TOTAL);
    // Checks the pattern of the first and last MiB, counts the rest.
    var sum = 0;
    var checked = 0;
    res.on('data', function (d) {
      if (downloadBytes < MIB || downloadBytes >= TOTAL - MIB) {
        sum = sumOf(d, sum);
        checked += d.length;
      }
      downloadBytes += d.length;
    });
    res.on('end', function () {
      var expected = 0;
      for (var k = 0; k < checked / CHUNK; k++) expected = (expected + chunkSum) % 65521;
      downloadSumOk = checked % CHUNK === 0 ? sum === expected : true;
      next();
    });
  });
}

server.listen(PORT, function () {
  baseRss = process.memoryUsage().rss;
  sampler = setInterval(sampleRss, 50);
  var started = Date.now();
  upload(function () {
    var up = Date.now() - started;
    started = Date.now();
    download(function () {
      var down = Date.now() - started;
      clearInterval(sampler);
      sampleRss();
      console.log('%d MiB up in %d ms, down in %d ms; rss %d MiB at start, %d MiB at most',
                  TOTAL / MIB, up, down, Math.round(baseRss / MIB), Math.round(maxRss / MIB));
      server.close();
    });
  });
});

process.on('exit', function () {
  assert.strictEqual(uploadBytes, TOTAL);
  assert.strictEqual(downloadBytes, TOTAL);
  assert(downloadSumOk, 'downloaded bytes match');
  assert(uploadSawFalse, 'the upload met backpressure');
  assert(downloadSawFalse, 'the download met backpressure');
  assert(maxRss - baseRss < RSS_BOUND,
         'rss grew by ' + Math.round((maxRss - baseRss) / MIB) + ' MiB');
});
