'use strict';
// File system throughput benchmarks; run under real node and under jnode (only v0.10 APIs).
//
//   node bench/fs/fsbench.js <benchmark> <dir>
//
// <dir> must hold the inputs bench/fs/run.sh prepares: big.bin (256 MiB) and small/ (10,000
// files of 1 KiB). Each benchmark runs BENCH_WARMUP untimed rounds (default 15: jnode's JIT
// needs that many to reach its steady state on a small machine; node is steady at once), then
// BENCH_ROUNDS timed ones (default 7), and prints "<benchmark>: <median> <unit>" and every
// round's rate in order (MB = 2^20 bytes):
//   readfile    fs.readFile of big.bin                                        MB/s
//   stream      fs.createReadStream(big.bin) -> Transform -> Writable (pipe)  MB/s
//   smallfiles  fs.stat + fs.readFile of each small file, 64 in flight        files/s
//   writefile   fs.writeFile of 256 MiB to a new file                         MB/s

var fs = require('fs');
var path = require('path');
var stream = require('stream');
var util = require('util');

var WARMUP = +(process.env.BENCH_WARMUP || 15);
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

// Runs `round(done)` WARMUP + ROUNDS times, one after the other; reports the median rate.
function measure(units, unitName, round) {
  var times = [];
  var n = 0;
  function next() {
    if (n === WARMUP + ROUNDS) {
      var rates = times.slice(WARMUP).map(function (ms) { return units / (ms / 1e3); });
      var sorted = rates.slice().sort(function (a, b) { return a - b; });
      console.log(name + ': ' + sorted[sorted.length >> 1].toFixed(1) + ' ' + unitName +
        '  (rounds in order: ' + rates.map(function (r) { return r.toFixed(0); }).join(' ') + ')');
      return;
    }
    var start = now();
    round(function (err) {
      if (err) throw err;
      // Every round is recorded, warm-up too: first pushing a number into an array at the
      // first timed round changed the type profile of the engine's shared Array.prototype.push
      // and threw away compiled code (path.join's) in the middle of the measurement.
      n++;
      times.push(now() - start);
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
