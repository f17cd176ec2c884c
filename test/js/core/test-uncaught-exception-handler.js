// With an 'uncaughtException' listener the process survives a throw, other work goes on and
// ticks queued before the throw still run.
var assert = require('assert');
var errors = [], after = [];
process.on('uncaughtException', function (e) { errors.push(e.message); });
setTimeout(function () {
  process.nextTick(function () { after.push('tick'); });
  throw new Error('from timer');
}, 1);
setTimeout(function () { after.push('second timer'); }, 5);
process.nextTick(function () { throw new Error('from tick'); });
setImmediate(function () { throw new Error('from immediate'); });
process.on('exit', function (code) {
  assert.equal(code, 0);
  assert.deepEqual(errors.sort(), ['from immediate', 'from tick', 'from timer']);
  assert.deepEqual(after.sort(), ['second timer', 'tick']);
});
