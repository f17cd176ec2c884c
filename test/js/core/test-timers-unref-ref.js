// An unref'd timer does not keep the process alive; ref() makes it do so again. Intervals
// keep firing while something else keeps the loop alive.
var assert = require('assert');
var unrefFired = false, refAgainFired = false, intervalTicks = 0;

setTimeout(function () { unrefFired = true; }, 60 * 1000).unref();

var t = setTimeout(function () { refAgainFired = true; }, 20);
t.unref();
t.ref();

var iv = setInterval(function () { intervalTicks++; }, 1);
iv.unref();
var keeper = setTimeout(function () {}, 50);

process.on('exit', function () {
  assert.equal(unrefFired, false);
  assert.equal(refAgainFired, true);
  assert.ok(intervalTicks >= 1, 'unrefd interval still fires while the loop is alive');
});
