'use strict';
// EventEmitter churn as sockets and streams cause it: 40 emitters whose listeners were added in
// different orders (so their `_events` objects have different layouts, as a program's sockets
// do), used round-robin. Three measures, each the median of 5 timed rounds after 5 warm-up
// rounds of 1,000,000 operations, in ns per operation:
//   emit      emit('data', 1) to one listener
//   on-off    on('drain', f) then removeListener('drain', f)
//   once-off  once('drain', f) then removeListener('drain', f)
// Prints "events-<measure>: <ns> ns".
var EventEmitter = require('events').EventEmitter;

var NAMES = ['data', 'end', 'close', 'error', 'drain', 'finish', 'readable', 'timeout', 'connect', 'prefinish'];
var OPS = 1000000;
var emitters = [];
var sink = 0;
function listener(x) { sink += x | 0; }
function other() {}

for (var i = 0; i < 40; i++) {
  var e = new EventEmitter();
  for (var k = 0; k < NAMES.length; k++) {
    var name = NAMES[(k * 7 + i) % NAMES.length];
    if (name !== 'data' && name !== 'drain') e.on(name, other);
  }
  e.on('data', listener);
  emitters.push(e);
}

// One loop per measure, so that each is compiled for its own operation.
function emitRound() {
  for (var n = 0; n < OPS; n++) emitters[n % 40].emit('data', 1);
}
function onOffRound() {
  for (var n = 0; n < OPS; n++) {
    var e = emitters[n % 40];
    e.on('drain', listener);
    e.removeListener('drain', listener);
  }
}
function onceOffRound() {
  for (var n = 0; n < OPS; n++) {
    var e = emitters[n % 40];
    e.once('drain', listener);
    e.removeListener('drain', listener);
  }
}

function measure(name, round) {
  var times = [];
  for (var r = 0; r < 10; r++) {
    var start = process.hrtime();
    round();
    var d = process.hrtime(start);
    if (r >= 5) times.push((d[0] * 1e9 + d[1]) / OPS);
  }
  times.sort(function (a, b) { return a - b; });
  console.log('events-' + name + ': ' + times[2].toFixed(1) + ' ns');
}

measure('emit', emitRound);
measure('on-off', onOffRound);
measure('once-off', onceOffRound);
