'use strict';
// timeout: 300
// flags: --expose-gc
// Streaming without buffering: a large (up to 1 GiB) upload (chunked request body, piped into a counting
// sink on the server) and a download as large (a response written with backpressure: write()
// returning false waits for 'drain') go through with the process's resident memory staying
// bounded — far below the amount moved. Every byte is counted and a checksum compared.
// HTTP_BIG_MIB=<n> changes the size (default 1024: 1 GiB each way, ~7 s here).
var assert = require('assert');
var http = require('http');

var PORT = 14261;
var MIB = 1024 * 1024;
var TOTAL = (Number(process.env.HTTP_BIG_MIB) || 1024) * MIB;
var CHUNK = 64 * 1024;
// Memory growth allowed over the start: generous for the heap and I/O buffers, far below TOTAL.
var RSS_BOUND = 400 * MIB;

var chunk = new Buffer(CHUNK);
for (var i = 0; i < CHUNK; i++) chunk[i] = (i * 31 + 7) & 0xff;
var chunkSum = 0;
for (i = 0; i < CHUNK; i++) chunkSum = (chunkSum + chunk[i]) % 65521;

// On a JVM the heap grows into whatever the collector is allowed (without -Xmx a quarter of
// RAM) and fills with garbage; direct Buffer memory is released only when the collector runs.
// So RSS alone says little: once a second the test collects garbage (--expose-gc) and records
// what is still live — heap in use, and memory outside the heap (rss - heapTotal) — which must
// stay bounded while gigabytes pass. Without gc() (another runtime) RSS itself is checked.
var baseRss = 0;
var maxRss = 0;
var baseLive = null;
var maxLiveHeap = 0;
var maxLiveOffHeap = 0;
function sampleRss() {
  var rss = process.memoryUsage().rss;
  if (rss > maxRss) maxRss = rss;
}
function sampleLive() {
  if (typeof gc !== 'function') return;
  gc();
  var m = process.memoryUsage();
  if (m.heapUsed > maxLiveHeap) maxLiveHeap = m.heapUsed;
  if (m.rss - m.heapTotal > maxLiveOffHeap) maxLiveOffHeap = m.rss - m.heapTotal;
}
var liveSampler;
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
  if (typeof gc === 'function') gc();
  var m = process.memoryUsage();
  baseRss = m.rss;
  baseLive = { heap: m.heapUsed, offHeap: m.rss - m.heapTotal };
  liveSampler = setInterval(sampleLive, 1000);
  sampler = setInterval(sampleRss, 50);
  var started = Date.now();
  upload(function () {
    var up = Date.now() - started;
    started = Date.now();
    download(function () {
      var down = Date.now() - started;
      clearInterval(sampler);
      clearInterval(liveSampler);
      sampleRss();
      sampleLive();
      console.log('%d MiB up in %d ms, down in %d ms; rss %d MiB at start, %d MiB at most',
                  TOTAL / MIB, up, down, Math.round(baseRss / MIB), Math.round(maxRss / MIB));
      if (baseLive) {
        console.log('after gc: heap in use %d -> at most %d MiB, outside the heap %d -> at most %d MiB',
                    Math.round(baseLive.heap / MIB), Math.round(maxLiveHeap / MIB),
                    Math.round(baseLive.offHeap / MIB), Math.round(maxLiveOffHeap / MIB));
      }
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
  if (typeof gc === 'function') {
    assert(maxLiveHeap - baseLive.heap < RSS_BOUND,
           'live heap grew by ' + Math.round((maxLiveHeap - baseLive.heap) / MIB) + ' MiB');
    assert(maxLiveOffHeap - baseLive.offHeap < RSS_BOUND,
           'memory outside the heap grew by ' + Math.round((maxLiveOffHeap - baseLive.offHeap) / MIB) + ' MiB');
  } else {
    assert(maxRss - baseRss < RSS_BOUND, 'rss grew by ' + Math.round((maxRss - baseRss) / MIB) + ' MiB');
  }
});
