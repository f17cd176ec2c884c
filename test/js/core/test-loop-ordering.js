// nextTick runs before any timer or immediate; inside an I/O-free callback chain the order is
// tick → (timers | immediates) → ticks queued by each run right after it.
var assert = require('assert');
var order = [];

setTimeout(function () {
  order.push('timeout');
  process.nextTick(function () { order.push('tick-after-timeout'); });
  setImmediate(function () { order.push('immediate-from-timeout'); });
  setTimeout(function () { order.push('timeout-from-timeout'); }, 0);
}, 0);
setImmediate(function () {
  order.push('immediate');
  process.nextTick(function () { order.push('tick-after-immediate'); });
});
process.nextTick(function () {
  order.push('tick1');
  process.nextTick(function () { order.push('tick-nested'); });
});
process.nextTick(function () { order.push('tick2'); });
order.push('main');

process.on('exit', function () {
  assert.deepEqual(order.slice(0, 4), ['main', 'tick1', 'tick2', 'tick-nested']);
  // Each callback's ticks run right after it, before the next callback.
  var t = order.indexOf('timeout'), i = order.indexOf('immediate');
  assert.ok(order.indexOf('tick-after-timeout') > t);
  assert.ok(order.indexOf('tick-after-immediate') > i);
  // A timer's ticks run when its timers phase ends, before the check phase runs the immediate it
  // queued. (Whether the 1 ms timer it queued is already due in the same pass depends on how long
  // the pass took, in Node as here, so its position is not asserted.)
  assert.ok(order.indexOf('tick-after-timeout') < order.indexOf('immediate-from-timeout'));
  assert.ok(order.indexOf('timeout-from-timeout') > t);
  assert.equal(order.length, 10);
});
