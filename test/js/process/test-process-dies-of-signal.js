// A process killed by a signal it does not watch dies of that signal, as Node's does: its parent
// sees exit code null and the signal's name (the JVM's own handlers used to exit with 128 + n,
// so the parent saw code 143 and no signal). A watched signal goes to the listener instead, and
// once the listeners are gone the default action is back.
var assert = require('assert');
var spawn = require('child_process').spawn;

if (process.argv[2] === 'child') {
  var mode = process.argv[3];
  if (mode === 'listener') {
    process.on('SIGTERM', function () { process.exit(3); });
  } else if (mode === 'removed') {
    var f = function () { process.exit(4); };
    process.on('SIGINT', f);
    process.removeListener('SIGINT', f);
  }
  setTimeout(function () {}, 60000);
  process.stdout.write('ready\n');
  return;
}

var cases = [
  { mode: 'plain', signal: 'SIGTERM', expect: [null, 'SIGTERM'] },
  { mode: 'plain', signal: 'SIGHUP', expect: [null, 'SIGHUP'] },
  { mode: 'removed', signal: 'SIGINT', expect: [null, 'SIGINT'] },
  { mode: 'listener', signal: 'SIGTERM', expect: [3, null] }
];
var done = 0;

cases.forEach(function (c) {
  var child = spawn(process.execPath, [__filename, 'child', c.mode]);
  var timer = setTimeout(function () {
    child.kill('SIGKILL');
    assert.fail(c.mode + '/' + c.signal + ': child never got ready');
  }, 60000);
  child.stdout.setEncoding('utf8');
  child.stdout.once('data', function (s) {
    assert.strictEqual(s, 'ready\n');
    child.kill(c.signal);
  });
  child.on('exit', function (code, signal) {
    clearTimeout(timer);
    assert.deepEqual([code, signal], c.expect, c.mode + '/' + c.signal + ': got ' + code + ', ' + signal);
    done++;
  });
});

process.on('exit', function () {
  assert.strictEqual(done, cases.length);
});
