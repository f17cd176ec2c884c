'use strict';
// child_process.exec and execFile: buffered output (strings, or Buffers with encoding 'buffer'),
// the error for a failed command (exit code, 'Command failed: ' + stderr, killed, signal), the
// timeout and maxBuffer limits that kill the child (killSignal), env and cwd, a missing program
// (ENOENT from execFile, 127 from the shell), and execFile's argument forms.
var assert = require('assert');
var cp = require('child_process');
var exec = cp.exec;
var execFile = cp.execFile;

var pending = 0;
var done = {};
function expect(name) {
  pending++;
  return function () {
    assert(!done[name], name + ' called back twice');
    done[name] = true;
    if (--pending === 0) clearTimeout(watchdog);
  };
}
var watchdog = setTimeout(function () {
  throw new Error('timed out; finished: ' + Object.keys(done).join(', '));
}, 60000);

(function () {
  var finish = expect('ok');
  var child = exec('echo out; echo err >&2', function (err, stdout, stderr) {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'out\n');
    assert.strictEqual(stderr, 'err\n');
    finish();
  });
  assert(child instanceof cp.ChildProcess);
})();

(function () {
  var finish = expect('fail');
  exec('echo partial; echo bad thing >&2; exit 3', function (err, stdout, stderr) {
    assert(err instanceof Error);
    assert.strictEqual(err.code, 3);
    assert.strictEqual(err.signal, null);
    assert.strictEqual(err.killed, false);
    assert.equal(err.message, 'Command failed: bad thing\n');
    assert.strictEqual(stdout, 'partial\n');
    assert.strictEqual(stderr, 'bad thing\n');
    finish();
  });
})();

(function () {
  var finish = expect('buffer');
  exec('printf "\\377abc"', { encoding: 'buffer' }, function (err, stdout, stderr) {
    assert.strictEqual(err, null);
    assert(Buffer.isBuffer(stdout));
    assert(Buffer.isBuffer(stderr));
    assert.deepEqual(Array.prototype.slice.call(stdout), [255, 97, 98, 99]);
    assert.strictEqual(stderr.length, 0);
    finish();
  });
})();

(function () {
  var finish = expect('hex');
  exec('printf ab', { encoding: 'hex' }, function (err, stdout) {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, '6162');
    finish();
  });
})();

(function () {
  var finish = expect('timeout');
  var start = Date.now();
  exec('sleep 30', { timeout: 300 }, function (err, stdout, stderr) {
    assert(err instanceof Error);
    assert.strictEqual(err.killed, true);
    assert.strictEqual(err.code, null);
    assert.strictEqual(err.signal, 'SIGTERM');
    assert(Date.now() - start < 20000);
    finish();
  });
})();

(function () {
  var finish = expect('killSignal');
  exec('sleep 30', { timeout: 300, killSignal: 'SIGKILL' }, function (err) {
    assert.strictEqual(err.killed, true);
    assert.strictEqual(err.signal, 'SIGKILL');
    finish();
  });
})();

(function () {
  var finish = expect('maxBuffer');
  exec('echo 1234567890; sleep 30', { maxBuffer: 5 }, function (err, stdout) {
    assert(err instanceof Error);
    assert.equal(err.message, 'stdout maxBuffer exceeded.');
    assert(/^1234567890/.test(stdout));
    finish();
  });
})();

(function () {
  var finish = expect('env-cwd');
  exec('echo "$GREETING" && pwd', { env: { GREETING: 'hi', PATH: process.env.PATH }, cwd: '/' }, function (err, stdout) {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'hi\n/\n');
    finish();
  });
})();

(function () {
  var finish = expect('sh-127');
  exec('jnode-no-such-command-xyz', function (err, stdout, stderr) {
    assert.strictEqual(err.code, 127);
    assert(/not found/.test(stderr));
    finish();
  });
})();

(function () {
  var finish = expect('execFile-enoent');
  execFile('jnode-no-such-command-xyz', ['x'], function (err, stdout, stderr) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'spawn');
    assert.strictEqual(stdout, '');
    assert.strictEqual(stderr, '');
    finish();
  });
})();

(function () {
  var finish = expect('execFile-args');
  // Arguments reach the program as they are: no shell splitting or expansion.
  execFile('printf', ['%s|', 'a b', '$HOME', '*'], function (err, stdout) {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'a b|$HOME|*|');
    finish();
  });
})();

(function () {
  var finish = expect('execFile-options-only');
  execFile('pwd', { cwd: '/dev' }, function (err, stdout) {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, '/dev\n');
    finish();
  });
})();

(function () {
  var finish = expect('execFile-no-args');
  execFile('true', function (err, stdout) {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, '');
    finish();
  });
})();

assert.throws(function () { execFile('true', 'not-args', {}, function () {}); }, TypeError);

process.on('exit', function () {
  assert.strictEqual(pending, 0, 'unfinished: ' + pending);
});
