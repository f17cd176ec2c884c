var assert = require('assert');
// Signal 0 only checks that the process exists.
assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(function () { process.kill(2147483640, 0); }, function (e) {
  return e.code === 'ESRCH' && e.errno === 'ESRCH' && e.syscall === 'kill' && e.message === 'kill ESRCH';
});
assert.throws(function () { process.kill(process.pid, 'SIGNOPE'); }, /^Error: Unknown signal: SIGNOPE$/);
assert.throws(function () { process.kill('abc'); }, TypeError);
// SIGCONT to ourselves is harmless and exercises a signal other than TERM/KILL.
assert.strictEqual(process.kill(process.pid, 'SIGCONT'), true);
assert.strictEqual(process.kill(process.pid, 18), true);
console.log('ok');
