// Delays below 1 ms, above 2^31-1 ms or not numbers become 1 ms, as in Node.
var assert = require('assert');
var fired = [];
var start = Date.now();
[0, -5, 2147483648, Infinity, NaN, 'abc', undefined, null, 1e12].forEach(function (delay, i) {
  var t = setTimeout(function () { fired.push(i); }, delay);
  assert.equal(t._idleTimeout, 1, 'delay ' + delay);
});
var iv = setInterval(function () {
  clearInterval(iv);
  fired.push('interval');
}, 2147483648);
assert.equal(iv._idleTimeout, 1);
process.on('exit', function () {
  assert.deepEqual(fired, [0, 1, 2, 3, 4, 5, 6, 7, 8, 'interval']);
  assert.ok(Date.now() - start < 10000);
});
