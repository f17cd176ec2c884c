'use strict';
// Tiny benchmark harness shared by the bench/buffer programs; runs under real node and jnode.
// bench(name, bytesPerOp, fn) warms fn up until its speed is stable (JIT compilers done), then
// times rounds of it and prints one line:
//   name: <MB/s> MB/s <ops/s> ops/s <MB/s of main-thread CPU time> cpuMB/s
// each the median over the rounds. The first two are wall-clock; the last divides by the CPU
// time of the thread running JavaScript (from /proc/thread-self), which other processes on a
// busy machine disturb far less.

var fs = require('fs');

var MIN_WARMUP_MS = +(process.env.BENCH_WARMUP_MS || 5000);
var MAX_WARMUP_MS = +(process.env.BENCH_MAX_WARMUP_MS || 60000);
var ROUND_MS = +(process.env.BENCH_ROUND_MS || 1000);
var ROUNDS = +(process.env.BENCH_ROUNDS || 5);

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

// CPU time (ms) of the calling thread, or NaN where /proc is not available.
function threadCpuMs() {
  try {
    var stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    var fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (+fields[11] + +fields[12]) * 10;   // utime + stime, clock ticks of 10 ms
  } catch (e) {
    return NaN;
  }
}

// Runs fn repeatedly for about `ms` milliseconds; returns [calls, wall ms, thread cpu ms].
function run(fn, ms) {
  var calls = 0;
  var start = now();
  var cpuStart = threadCpuMs();
  var elapsed = 0;
  var batch = 1;
  while (elapsed < ms) {
    for (var i = 0; i < batch; i++) fn();
    calls += batch;
    elapsed = now() - start;
    if (elapsed < ms / 10) batch *= 2;
  }
  return [calls, elapsed, threadCpuMs() - cpuStart];
}

function median(values) {
  var sorted = values.slice().sort(function (a, b) { return a - b; });
  return sorted[sorted.length >> 1];
}

var sink = 0;

exports.consume = function (x) {
  sink = (sink + (x && x.length || 0)) | 0;
};

exports.bench = function bench(name, bytesPerOp, fn) {
  // Warm up: at least MIN_WARMUP_MS, then until three 500 ms windows agree within 10%.
  var began = now();
  var recent = [];
  for (;;) {
    var w = run(fn, 500);
    recent.push(w[0] / w[1]);
    if (recent.length > 3) recent.shift();
    var waited = now() - began;
    if (waited >= MAX_WARMUP_MS) break;
    if (waited >= MIN_WARMUP_MS && recent.length === 3 &&
        Math.max.apply(null, recent) <= 1.1 * Math.min.apply(null, recent)) break;
  }
  var rates = [];
  var cpuRates = [];
  for (var r = 0; r < ROUNDS; r++) {
    var res = run(fn, ROUND_MS);
    rates.push(res[0] / (res[1] / 1e3));
    if (res[2] > 0) cpuRates.push(res[0] / (res[2] / 1e3));
  }
  var opsPerSec = median(rates);
  var mb = bytesPerOp / (1024 * 1024);
  var cpuMb = cpuRates.length ? (median(cpuRates) * mb).toFixed(1) : 'nan';
  console.log(name + ': ' + (opsPerSec * mb).toFixed(1) + ' MB/s ' + opsPerSec.toFixed(1) + ' ops/s ' +
              cpuMb + ' cpuMB/s');
};

// Buffer construction the same way on both runtimes (Buffer.from on current node, where
// `new Buffer` is deprecated; jnode's v0.10 Buffer has no Buffer.from).
exports.fromString = typeof Buffer.from === 'function' && Buffer.from !== Uint8Array.from ?
  function (s, enc) { return Buffer.from(s, enc); } :
  function (s, enc) { return new Buffer(s, enc); };

exports.alloc = typeof Buffer.alloc === 'function' ?
  function (n) { return Buffer.allocUnsafe(n); } :
  function (n) { return new Buffer(n); };

// About `bytes` bytes of text: ASCII only, or mixed (Latin-1, CJK and astral characters among
// ASCII).
exports.text = function (kind, bytes) {
  var ascii = 'The quick brown fox jumps over the lazy dog; 0123456789. ';
  var mixed = 'Gr\u00f6\u00dfe caf\u00e9 na\u00efve \u2014 \u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8 \ud83d\ude00 and ASCII words too. ';
  var unit = kind === 'ascii' ? ascii : mixed;
  return unit.repeat(Math.floor(bytes / exports.fromString(unit, 'utf8').length));
};
