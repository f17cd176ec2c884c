// SIGHUP, SIGINT and SIGTERM are caught only while JavaScript listens for them, as libuv does: in
// between, the kernel's default action applies (SIG_DFL), so the kernel ends the process at once
// instead of a handler that needs a running JVM. Read from the kernel's own view of the process
// (/proc/self/status: SigCgt = caught, SigIgn = ignored, as hexadecimal masks of bit n-1).
var assert = require('assert');
var fs = require('fs');

function disposition(signum) {
  var status = fs.readFileSync('/proc/self/status', 'utf8');
  function bit(field) {
    var hex = new RegExp('^' + field + ':\\s*([0-9a-f]+)$', 'm').exec(status)[1];
    // 64-bit masks: the low 32 bits hold signals 1-32.
    var low = parseInt(hex.slice(-8), 16);
    return (low >>> (signum - 1)) & 1;
  }
  return bit('SigIgn') ? 'ignored' : bit('SigCgt') ? 'caught' : 'default';
}

var SIGHUP = 1, SIGINT = 2, SIGTERM = 15;
// SIGINT and SIGHUP may be inherited as ignored (a background job of a non-interactive shell,
// nohup); such a signal stays ignored until listened to, as in Node.
var inheritedInt = disposition(SIGINT);
var inheritedHup = disposition(SIGHUP);
assert.notStrictEqual(inheritedInt, 'caught');
assert.notStrictEqual(inheritedHup, 'caught');
assert.strictEqual(disposition(SIGTERM), 'default');

function onTerm() {}
process.on('SIGTERM', onTerm);
assert.strictEqual(disposition(SIGTERM), 'caught');
process.removeListener('SIGTERM', onTerm);
assert.strictEqual(disposition(SIGTERM), 'default');

function onInt() {}
process.on('SIGINT', onInt);
assert.strictEqual(disposition(SIGINT), 'caught');
process.removeListener('SIGINT', onInt);
assert.strictEqual(disposition(SIGINT), 'default', 'a listener un-ignores the signal, as libuv');

console.log('ok');
