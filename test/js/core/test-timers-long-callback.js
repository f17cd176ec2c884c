// A timer started at the end of a long-running callback counts from when it was started, not
// from the start of the loop turn (Node v0.10.40's Timer.now() updates the clock).
var assert = require('assert');
var scheduledAt = 0, firedAfter = -1;
function busy(ms) { var end = Date.now() + ms; while (Date.now() < end); }
setTimeout(function () {
  busy(100);
  scheduledAt = Date.now();
  setTimeout(function () { firedAfter = Date.now() - scheduledAt; }, 100);
}, 100);
// A second timer on the same 100 ms list, to cover the non-empty list case.
setTimeout(function () {}, 100);
process.on('exit', function () {
  assert.ok(firedAfter >= 95, 'fired too early: ' + firedAfter);
  assert.ok(firedAfter < 150 + 1000, 'fired far too late: ' + firedAfter);
});
