'use strict';
// 1,000,000 timers churn: timers are created, most of them cleared again before they fire (as
// socket idle timeouts are), the rest fire; spread over 100 distinct delays so the per-duration
// lists and the loop's timer heap both work. Prints "timers: <timers/s> timers/s <ms> ms".
var TOTAL = +(process.argv[2] || 1000000);
var BATCH = 10000;
var created = 0, fired = 0, cleared = 0;
var start = process.hrtime();

function onTimeout() { fired++; }

function batch() {
  var keep = [];
  for (var i = 0; i < BATCH && created < TOTAL; i++, created++) {
    var t = setTimeout(onTimeout, 1 + (created % 100));
    // Three of every four are cleared straight away, like a re-armed idle timeout.
    if (created % 4 !== 0) { clearTimeout(t); cleared++; } else keep.push(t);
  }
  if (created < TOTAL) setImmediate(batch);
}

batch();
process.on('exit', function () {
  var d = process.hrtime(start);
  var ms = d[0] * 1e3 + d[1] / 1e6;
  if (fired + cleared !== TOTAL) throw new Error('lost timers: ' + (TOTAL - fired - cleared));
  console.log('timers: ' + Math.round(TOTAL / (ms / 1e3)) + ' timers/s ' + ms.toFixed(0) + ' ms');
});
