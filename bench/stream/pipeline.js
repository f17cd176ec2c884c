'use strict';
// Stream throughput benchmark: a Readable -> Transform -> Writable pipeline
// (connected with pipe()) moving 1 GiB in 64 KiB Buffer chunks, printing
// MB/s (MB = 2^20 bytes). It measures the stream machinery (push/read, flow,
// write queueing, backpressure), not Buffer allocation: the source pushes the
// same 64 KiB Buffer every time and the transform passes it through after
// touching one byte. Like a real I/O source, the source yields to the event
// loop now and then (every 1 MiB); a fully synchronous pipeline would be one
// endless process.nextTick chain, which v0.10 cuts short with "Recursive
// process.nextTick detected" warnings. Runs on node and on jnode; only v0.10
// APIs are used.
//
//   node bench/stream/pipeline.js [totalMiB]     (default 1024)
//   Environment: BENCH_WARMUP_MS (default 20000): pipelines of totalMiB run untimed
//   for at least this long first (both runtimes compile their hot code meanwhile;
//   0 times the first pipeline, start-up included); BENCH_TIMED (default 5): timed
//   pipelines after it, each built anew; their median is printed.
//   BENCH_WARMUP_MIB=n (older form) adds an untimed n-MiB pipeline before everything.

var stream = require('stream');
var util = require('util');

var CHUNK = 64 * 1024;
var MIB = 1024 * 1024;
var totalMiB = Number(process.argv[2]) || 1024;
var warmupMiB = Number(process.env.BENCH_WARMUP_MIB) || 0;

var chunk = new Buffer(CHUNK);
chunk.fill(120);

function Source(bytes) {
  stream.Readable.call(this);
  this.remaining = bytes;
  this.sinceYield = 0;
}
util.inherits(Source, stream.Readable);
var CHUNKS_PER_YIELD = 16;
Source.prototype._read = function() {
  if (this.remaining <= 0) return this.push(null);
  this.remaining -= CHUNK;
  if (++this.sinceYield < CHUNKS_PER_YIELD) return this.push(chunk);
  this.sinceYield = 0;
  var self = this;
  setImmediate(function() {
    self.push(chunk);
  });
};

function Touch() {
  stream.Transform.call(this);
  this.sum = 0;
}
util.inherits(Touch, stream.Transform);
Touch.prototype._transform = function(data, encoding, cb) {
  this.sum = (this.sum + data[data.length - 1]) | 0;
  cb(null, data);
};

function Sink() {
  stream.Writable.call(this);
  this.bytes = 0;
}
util.inherits(Sink, stream.Writable);
Sink.prototype._write = function(data, encoding, cb) {
  this.bytes += data.length;
  cb();
};

function run(mib, callback) {
  var bytes = mib * MIB;
  var sink = new Sink();
  var start = process.hrtime();
  sink.on('finish', function() {
    var t = process.hrtime(start);
    var secs = t[0] + t[1] / 1e9;
    if (sink.bytes !== bytes) throw new Error('moved ' + sink.bytes + ' of ' + bytes + ' bytes');
    callback(secs);
  });
  new Source(bytes).pipe(new Touch()).pipe(sink);
}

var warmupMs = process.env.BENCH_WARMUP_MS === undefined ? 20000 : Number(process.env.BENCH_WARMUP_MS);
var timedRuns = Number(process.env.BENCH_TIMED) || 5;

function median(values) {
  var v = values.slice().sort(function(a, b) { return a - b; });
  var m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// One loop for the warm-up and the timed pipelines, recording every rate from the first and
// deciding from the recorded times alone: a harness that changes what it does, or flips a
// variable, when the timed part begins makes GraalJS discard the compiled code that had inlined
// it (the pipeline's 'finish' path reaches this callback) and with it the streams code, and the
// first timed pipelines then pay for recompiling (measured: 33,000 against 47,000 MB/s).
function measure() {
  var start = Date.now();
  var rates = [];
  var endedAtMs = [];
  (function next() {
    run(totalMiB, function(secs) {
      rates.push(totalMiB / secs);
      endedAtMs.push(Date.now() - start);
      var warmupPipelines = pipelinesBefore(endedAtMs, warmupMs);
      if (rates.length - warmupPipelines < timedRuns) return setImmediate(next);
      report(rates.slice(warmupPipelines), warmupPipelines,
             warmupPipelines ? endedAtMs[warmupPipelines - 1] : 0);
    });
  })();
}

// How many pipelines ended before `ms`.
function pipelinesBefore(endedAtMs, ms) {
  var n = 0;
  while (n < endedAtMs.length && endedAtMs[n] < ms) n++;
  return n;
}

function report(timedRates, warmupPipelines, elapsedMs) {
  if (warmupMs > 0) console.log('warm-up: %d pipelines in %d ms', warmupPipelines, elapsedMs);
  console.log('pipeline: %s MB/s (median of %d pipelines of %d MiB, %d KiB chunks; each: %s)',
              median(timedRates).toFixed(1), timedRates.length, totalMiB, CHUNK / 1024,
              timedRates.map(function(r) { return r.toFixed(0); }).join(' '));
}

if (warmupMiB > 0) run(warmupMiB, function() { setImmediate(measure); });
else measure();
