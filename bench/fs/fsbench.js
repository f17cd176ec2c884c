'use strict';
// File system throughput benchmarks; run under real node and under jnode (only v0.10 APIs).
//
//   node bench/fs/fsbench.js <benchmark> <dir>
//
// <dir> must hold the inputs bench/fs/run.sh prepares: big.bin (256 MiB) and small/ (10,000
// files of 1 KiB). Each benchmark warms up with untimed rounds for at least BENCH_WARMUP_MS
// (default 20000) and BENCH_WARMUP rounds (default 15), then until three consecutive windows of
// >= 500 ms of rounds agree within 10% (as bench/buffer's harness), at most BENCH_MAX_WARMUP_MS
// (default 60000). Why 20 s: jnode's JIT compiles in two tiers, and on this 2-core machine the
// last tier's compilations of the small-files path run from ~7 s to ~14 s into a run, while four
// pool threads compete with the compiler for the cores; until they are done jnode does ~80,000
// files/s, after them ~120,000 (a plateau that looks stable, so a stability test alone stops too
// early). node is steady at once. Then it times BENCH_ROUNDS rounds (default 7) and prints
// "<benchmark>: <median> <unit>", every timed round's rate in order, and how many warm-up rounds
// ran (MB = 2^20 bytes):
//   readfile    fs.readFile of big.bin                                        MB/s
//   stream      fs.createReadStream(big.bin) -> Transform -> Writable (pipe)  MB/s
//   smallfiles  fs.stat + fs.readFile of each small file, 64 in flight        files/s
//   writefile   fs.writeFile of 256 MiB to a new file                         MB/s

var fs = require('fs');
var path = require('path');
var stream = require('stream');
var util = require('util');

var WARMUP = +(process.env.BENCH_WARMUP || 15);
var WARMUP_MS = +(process.env.BENCH_WARMUP_MS || 20000);
var MAX_WARMUP_MS = +(process.env.BENCH_MAX_WARMUP_MS || 60000);
var WINDOW_MS = 500;
var ROUNDS = +(process.env.BENCH_ROUNDS || 7);
var MIB = 1024 * 1024;

var name = process.argv[2];
var dir = process.argv[3];
if (!name || !dir) {
  console.error('usage: fsbench.js readfile|stream|smallfiles|writefile <dir>');
  process.exit(2);
}
var big = path.join(dir, 'big.bin');
var smallDir = path.join(dir, 'small');

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

// Runs `round(done)` one round after the other: warm-up rounds (see the top), then ROUNDS timed
// ones; reports the median rate of the timed rounds.
function measure(units, unitName, round) {
  var times = [];
  var started = now();
  var warmups = -1;   // warm-up rounds, known once the warm-up is over
  var windows = [];   // rates of the last three warm-up windows
  var windowMs = 0;
  var windowRounds = 0;
  function warmedUp(ms) {
    windowMs += ms;
    windowRounds++;
    if (windowMs >= WINDOW_MS) {
      windows.push(windowRounds / windowMs);
      if (windows.length > 3) windows.shift();
      windowMs = 0;
      windowRounds = 0;
    }
    var waited = now() - started;
    if (waited >= MAX_WARMUP_MS) return true;
    return waited >= WARMUP_MS && times.length >= WARMUP && windows.length === 3 &&
      Math.max.apply(null, windows) <= 1.1 * Math.min.apply(null, windows);
  }
  function next() {
    if (warmups >= 0 && times.length === warmups + ROUNDS) {
      var rates = times.slice(warmups).map(function (ms) { return units / (ms / 1e3); });
      var sorted = rates.slice().sort(function (a, b) { return a - b; });
      console.log(name + ': ' + sorted[sorted.length >> 1].toFixed(1) + ' ' + unitName +
        '  (rounds in order: ' + rates.map(function (r) { return r.toFixed(0); }).join(' ') +
        '; after ' + warmups + ' warm-up rounds, ' + ((now() - started) / 1e3).toFixed(1) + ' s in all)');
      return;
    }
    var start = now();
    round(function (err) {
      if (err) throw err;
      // Every round is recorded, warm-up too: first pushing a number into an array at the
      // first timed round changed the type profile of the engine's shared Array.prototype.push
      // and threw away compiled code (path.join's) in the middle of the measurement.
      var ms = now() - start;
      times.push(ms);
      if (warmups < 0 && warmedUp(ms)) warmups = times.length;
      // Start the next round from a fresh stack.
      setImmediate(next);
    });
  }
  next();
}

var benchmarks = {
  readfile: function () {
    var size = fs.statSync(big).size;
    measure(size / MIB, 'MB/s', function (done) {
      fs.readFile(big, function (err, data) {
        if (!err && data.length !== size) err = new Error('short read');
        done(err);
      });
    });
  },

  stream: function () {
    var size = fs.statSync(big).size;
    function Touch() {
      stream.Transform.call(this);
    }
    util.inherits(Touch, stream.Transform);
    Touch.prototype._transform = function (chunk, encoding, cb) {
      this.sum = (this.sum | 0) + chunk[0];
      cb(null, chunk);
    };
    function Sink() {
      stream.Writable.call(this);
      this.bytes = 0;
    }
    util.inherits(Sink, stream.Writable);
    Sink.prototype._write = function (chunk, encoding, cb) {
      this.bytes += chunk.length;
      cb();
    };
    measure(size / MIB, 'MB/s', function (done) {
      var sink = new Sink();
      sink.on('finish', function () {
        done(sink.bytes === size ? null : new Error('short stream'));
      });
      fs.createReadStream(big).pipe(new Touch()).pipe(sink);
    });
  },

  smallfiles: function () {
    var names = fs.readdirSync(smallDir).map(function (n) { return path.join(smallDir, n); });
    var CONCURRENCY = 64;
    measure(names.length, 'files/s', function (done) {
      var next = 0;
      var active = 0;
      var failed = null;
      function one() {
        var file = names[next++];
        active++;
        fs.stat(file, function (err, st) {
          if (err) return finish(err);
          fs.readFile(file, function (err, data) {
            if (!err && data.length !== st.size) err = new Error('short read');
            finish(err);
          });
        });
      }
      function finish(err) {
        active--;
        if (err) failed = err;
        if (next < names.length) return one();
        if (active === 0) done(failed);
      }
      for (var i = 0; i < CONCURRENCY && next < names.length; i++) one();
    });
  },

  writefile: function () {
    var size = 256 * MIB;
    // (Buffer.allocUnsafe on current node, where `new Buffer` is deprecated; jnode's v0.10
    // Buffer has no allocUnsafe.)
    var data = typeof Buffer.allocUnsafe === 'function' ? Buffer.allocUnsafe(size) : new Buffer(size);
    data.fill(97);
    var out = path.join(dir, 'written-' + process.pid + '.bin');
    process.on('exit', function () {
      try { fs.unlinkSync(out); } catch (e) {}
    });
    measure(size / MIB, 'MB/s', function (done) {
      fs.writeFile(out, data, done);
    });
  }
};

if (!benchmarks[name]) {
  console.error('unknown benchmark ' + name);
  process.exit(2);
}
benchmarks[name]();
