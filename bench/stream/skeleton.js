'use strict';
// The per-chunk event structure of bench/stream/pipeline.js under Node v0.10's rules, with no
// stream machinery around it: how fast could any implementation with that order of events go?
// Same chunking as pipeline.js (1 GiB in 64 KiB chunks, the same Buffer every time, one
// setImmediate per MiB), the ticks through the real process.nextTick and the events through
// the real EventEmitter. Per chunk, v0.10 makes:
//   - a read-ahead tick after each push, on the source and on the transform (no-ops while a
//     pipe flows, but scheduled all the same),
//   - 'readable' on the transform, 'data' on the source and on the transform (nobody listens),
//   - a 'drain' one tick after each write: a 64 KiB write into a 16 KiB high-water mark returns
//     false even when it completed synchronously (v0.10 decides before calling _write()).
// SKELETON selects how much of that to keep:
//   v010 (default)   all of the above: 4 ticks, 5 emits per chunk
//   observable       without the read-ahead ticks: 2 ticks, 5 emits
//   minimal          also without the 'data' emits: 2 ticks, 3 emits
// Prints the MB/s of the last ROUNDS_SHOWN (12) of ROUNDS (100) rounds, sorted.
//
//   node bench/stream/skeleton.js; bin/jnode bench/stream/skeleton.js

var EventEmitter = require('events').EventEmitter;

var CHUNK = 64 * 1024;
var MIB = 1024 * 1024;
var CHUNKS_PER_YIELD = 16;
var variant = process.env.SKELETON || 'v010';
var readAheadTicks = variant === 'v010';
var dataEmits = variant !== 'minimal';
if (['v010', 'observable', 'minimal'].indexOf(variant) === -1) {
  throw new Error('SKELETON must be v010, observable or minimal');
}

var chunk = new Buffer(CHUNK);
chunk.fill(120);

function noop() {}

function pipeline(totalMiB, done) {
  var remaining = totalMiB * MIB;
  var expected = remaining;
  var sinceYield = 0;
  var sum = 0;
  var delivered = 0;
  var source = new EventEmitter();
  var transform = new EventEmitter();
  var sink = new EventEmitter();
  var transformed = null;

  function readAhead() {}

  function sinkWrite(data) {
    delivered += data.length;
    process.nextTick(function() { sink.emit('drain'); });
    return false;
  }

  function transformWrite(data) {
    sum = (sum + data[data.length - 1]) | 0;
    transformed = data;
    transform.emit('readable');
    if (readAheadTicks) process.nextTick(readAhead);
    process.nextTick(function() { transform.emit('drain'); });
    return false;
  }

  transform.on('readable', function() {
    var data = transformed;
    transformed = null;
    if (data === null) return;
    sinkWrite(data);
    if (dataEmits) transform.emit('data', data);
  });
  sink.on('drain', noop);
  transform.on('drain', flowSource);

  function sourceRead() {
    remaining -= CHUNK;
    if (readAheadTicks) process.nextTick(readAhead);
    return chunk;
  }

  function moveOne() {
    var data = sourceRead();
    var more = transformWrite(data);
    if (dataEmits) source.emit('data', data);
    return more;
  }

  function flowSource() {
    for (;;) {
      if (remaining <= 0) {
        if (delivered === expected) done(sum);
        return;
      }
      if (++sinceYield >= CHUNKS_PER_YIELD) {
        sinceYield = 0;
        setImmediate(function() {
          if (moveOne()) flowSource();
        });
        return;
      }
      if (!moveOne()) return;
    }
  }

  flowSource();
}

var rounds = +process.env.ROUNDS || 100;
var shown = +process.env.ROUNDS_SHOWN || 12;
var rates = [];
(function next() {
  var start = process.hrtime();
  pipeline(1024, function() {
    var t = process.hrtime(start);
    rates.push(1024 / (t[0] + t[1] / 1e9));
    if (rates.length < rounds) return setImmediate(next);
    var last = rates.slice(-shown).sort(function(a, b) { return a - b; });
    console.log('skeleton %s: %s MB/s (last %d of %d rounds, sorted)', variant,
                last.map(function(r) { return r.toFixed(0); }).join(' '), shown, rounds);
  });
})();
