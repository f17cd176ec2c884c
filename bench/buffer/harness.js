'use strict';
// Tiny benchmark harness shared by the bench/buffer programs; runs under real node and jnode.
// bench(name, bytesPerOp, fn): warms fn up, then times rounds of it and prints one line,
// "name: <median MB/s> MB/s <median ops/s> ops/s", the median over the rounds.

var WARMUP_MS = +(process.env.BENCH_WARMUP_MS || 3000);
var ROUND_MS = +(process.env.BENCH_ROUND_MS || 500);
var ROUNDS = +(process.env.BENCH_ROUNDS || 7);

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

// Runs fn repeatedly for about `ms` milliseconds; returns [calls, elapsed ms].
function run(fn, ms) {
  var calls = 0;
  var start = now();
  var elapsed = 0;
  var batch = 1;
  while (elapsed < ms) {
    for (var i = 0; i < batch; i++) fn();
    calls += batch;
    elapsed = now() - start;
    if (elapsed < ms / 10) batch *= 2;
  }
  return [calls, elapsed];
}

var sink = 0;

exports.consume = function (x) {
  sink = (sink + (x && x.length || 0)) | 0;
};

exports.bench = function bench(name, bytesPerOp, fn) {
  run(fn, WARMUP_MS);
  var rates = [];
  for (var r = 0; r < ROUNDS; r++) {
    var res = run(fn, ROUND_MS);
    rates.push(res[0] / (res[1] / 1e3));
  }
  rates.sort(function (a, b) { return a - b; });
  var opsPerSec = rates[rates.length >> 1];
  var mbPerSec = opsPerSec * bytesPerOp / (1024 * 1024);
  console.log(name + ': ' + mbPerSec.toFixed(1) + ' MB/s ' + opsPerSec.toFixed(1) + ' ops/s');
};

// Buffer construction the same way on both runtimes (Buffer.from on current node, where
// `new Buffer` is deprecated; jnode's v0.10 Buffer has no Buffer.from).
exports.fromString = typeof Buffer.from === 'function' && Buffer.from !== Uint8Array.from ?
  function (s, enc) { return Buffer.from(s, enc); } :
  function (s, enc) { return new Buffer(s, enc); };

exports.alloc = typeof Buffer.alloc === 'function' ?
  function (n) { return Buffer.allocUnsafe(n); } :
  function (n) { return new Buffer(n); };

// 1 MiB of text: ASCII only, or mixed (Latin-1, CJK and astral characters among ASCII).
exports.text = function (kind, bytes) {
  var ascii = 'The quick brown fox jumps over the lazy dog; 0123456789. ';
  var mixed = 'Größe café naïve — 日本語のテキスト 😀 and ASCII words too. ';
  var unit = kind === 'ascii' ? ascii : mixed;
  var s = '';
  while (exports.fromString(s, 'utf8').length < bytes) s += unit;
  return s;
};
