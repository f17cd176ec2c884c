// As in Node v0.10, setTimeout accepts a non-function and fails when the timer fires: a
// TypeError that reaches 'uncaughtException'.
var assert = require('assert');
var caught = null;
process.on('uncaughtException', function (e) { caught = e; });
setTimeout('x', 1);
process.on('exit', function () {
  assert.ok(caught instanceof TypeError, String(caught));
});
