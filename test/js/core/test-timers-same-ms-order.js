// Timers due in the same millisecond fire in the order they were created, also across
// different durations that happen to fall due together.
var assert = require('assert');
var fired = [];
for (var i = 0; i < 20; i++) {
  setTimeout(fired.push.bind(fired, i), 5);
}
// Created later with the same delay: after all of the above.
setTimeout(function () { fired.push('last'); }, 5);
process.on('exit', function () {
  var expected = [];
  for (var i = 0; i < 20; i++) expected.push(i);
  expected.push('last');
  assert.deepEqual(fired, expected);
});
