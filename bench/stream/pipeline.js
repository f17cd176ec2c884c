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
//   Environment: BENCH_WARMUP_MIB=n runs an untimed n-MiB pipeline first.

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

function timed() {
  run(totalMiB, function(secs) {
    console.log('pipeline: %s MB/s (%d MiB in %s s, %d KiB chunks)',
                (totalMiB / secs).toFixed(1), totalMiB, secs.toFixed(3), CHUNK / 1024);
  });
}

if (warmupMiB > 0) run(warmupMiB, function() { setImmediate(timed); });
else timed();
