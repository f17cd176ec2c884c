var assert = require('assert');
var fired = [];
var a = setTimeout(function () { fired.push('a'); }, 1);
clearTimeout(a);
var b = setInterval(function () { fired.push('b'); }, 1);
clearInterval(b);
var c = setImmediate(function () { fired.push('c'); });
clearImmediate(c);
// Clearing from inside another callback of the same batch.
var e;
setTimeout(function () { clearTimeout(e); fired.push('d'); }, 5);
e = setTimeout(function () { fired.push('e'); }, 5);
// Clearing nothing or garbage is harmless.
clearTimeout(null); clearTimeout(undefined); clearTimeout({}); clearInterval(42); clearImmediate(null);
// Interval with arguments, cleared after three runs.
var n = 0;
var iv = setInterval(function (x, y) {
  assert.equal(x, 'x'); assert.equal(y, 2);
  assert.strictEqual(this, iv);
  if (++n === 3) clearInterval(iv);
}, 1, 'x', 2);
process.on('exit', function () {
  assert.deepEqual(fired, ['d']);
  assert.equal(n, 3);
});
