'use strict';
// child_process.spawn with real programs: data through `cat` and back over pipes, exit codes,
// death by signal, env, cwd, stdio 'ignore' / shared descriptors / the deprecated customFds, a
// detached child leading its own session, a missing command or directory ('error' + exit -1),
// and the argument checks. Every child is waited for; a watchdog bounds the whole test.
var assert = require('assert');
var spawn = require('child_process').spawn;
var ChildProcess = require('child_process').ChildProcess;
var fs = require('fs');
var path = require('path');

var tmp = process.env.JNODE_TEST_TMPDIR || '/tmp';
var pending = 0;
var done = {};
function expect(name) {
  pending++;
  return function () {
    assert(!done[name], name + ' finished twice');
    done[name] = true;
    if (--pending === 0) clearTimeout(watchdog);
  };
}
var watchdog = setTimeout(function () {
  throw new Error('timed out; finished: ' + Object.keys(done).join(', '));
}, 60000);

function collect(stream) {
  var box = { text: '' };
  stream.setEncoding('utf8');
  stream.on('data', function (d) { box.text += d; });
  return box;
}

// A round trip through cat: what goes into stdin comes back on stdout; 'exit' then 'close'.
(function () {
  var finish = expect('cat');
  var cat = spawn('cat');
  assert(cat instanceof ChildProcess);
  assert.equal(typeof cat.pid, 'number');
  assert(cat.pid > 0);
  assert.strictEqual(cat.stdio[0], cat.stdin);
  assert.strictEqual(cat.stdio[1], cat.stdout);
  assert.strictEqual(cat.stdio[2], cat.stderr);
  var out = collect(cat.stdout);
  var err = collect(cat.stderr);
  var exited = false;
  cat.on('exit', function (code, signal) {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(cat.exitCode, 0);
    exited = true;
  });
  cat.on('close', function (code, signal) {
    assert(exited, "'exit' comes before 'close'");
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.equal(out.text, 'hello world\n\u00e9\u4e2d\n');
    assert.equal(err.text, '');
    finish();
  });
  cat.stdin.write('hello ');
  cat.stdin.write(new Buffer('world\n'));
  cat.stdin.end('\u00e9\u4e2d\n');
})();

// A large backlog written to stdin and ended at once all reaches the child before its EOF.
(function () {
  var finish = expect('stdin-backlog');
  var wc = spawn('wc', ['-c']);
  var out = collect(wc.stdout);
  var sent = 0;
  var chunk = new Buffer(1024);
  chunk.fill(46);
  do {
    sent += chunk.length;
  } while (wc.stdin.write(chunk));
  for (var i = 0; i < 300; i++) {
    wc.stdin.write(chunk);
    sent += chunk.length;
  }
  wc.stdin.end();
  wc.on('close', function (code) {
    assert.strictEqual(code, 0);
    assert.strictEqual(Number(out.text.trim()), sent);
    finish();
  });
})();

// Exit codes and stderr.
(function () {
  var finish = expect('exit-code');
  var sh = spawn('sh', ['-c', 'echo oops >&2; exit 7']);
  var err = collect(sh.stderr);
  sh.on('close', function (code, signal) {
    assert.strictEqual(code, 7);
    assert.strictEqual(signal, null);
    assert.equal(err.text, 'oops\n');
    finish();
  });
})();

// kill(): SIGTERM by default, any named signal otherwise; 'exit' reports (null, name).
(function () {
  var finish = expect('kill');
  var child = spawn('sleep', ['30']);
  assert.strictEqual(child.killed, false);
  assert.strictEqual(child.kill(), true);
  assert.strictEqual(child.killed, true);
  child.on('exit', function (code, signal) {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    assert.strictEqual(child.signalCode, 'SIGTERM');
    // Signalling a child that is gone is not an error.
    assert.strictEqual(child.kill(), false);
    finish();
  });
})();
(function () {
  var finish = expect('kill-usr1');
  var child = spawn('sleep', ['30']);
  child.kill('SIGUSR1');
  child.on('exit', function (code, signal) {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGUSR1');
    finish();
  });
})();
(function () {
  var finish = expect('kill-bad-name');
  var child = spawn('sleep', ['30']);
  assert.throws(function () { child.kill('SIGNOPE'); }, /Unknown signal: SIGNOPE/);
  assert.throws(function () { child.kill('TERM'); }, /Unknown signal: TERM/);
  child.kill('SIGKILL');
  child.on('exit', function (code, signal) {
    assert.strictEqual(signal, 'SIGKILL');
    finish();
  });
})();

// env replaces the environment; cwd sets the directory.
(function () {
  var finish = expect('env');
  var child = spawn('sh', ['-c', 'echo "$ONE|$TWO|$HOME_X"'], { env: { ONE: 'uno', TWO: 2, PATH: process.env.PATH } });
  var out = collect(child.stdout);
  child.on('close', function (code) {
    assert.strictEqual(code, 0);
    assert.equal(out.text, 'uno|2|\n');
    finish();
  });
})();
(function () {
  var finish = expect('cwd');
  var child = spawn('pwd', [], { cwd: '/dev' });
  var out = collect(child.stdout);
  child.on('close', function (code) {
    assert.strictEqual(code, 0);
    assert.equal(out.text, '/dev\n');
    finish();
  });
})();

// stdio 'ignore': no streams; the child's descriptors are /dev/null.
(function () {
  var finish = expect('ignore');
  var child = spawn('sh', ['-c', 'a=$(readlink /proc/$$/fd/0); b=$(readlink /proc/$$/fd/1); echo "$a $b" > "$1"', 'sh', path.join(tmp, 'ignored.txt')], { stdio: 'ignore' });
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stdout, null);
  assert.strictEqual(child.stderr, null);
  child.on('close', function (code) {
    assert.strictEqual(code, 0);
    assert.equal(fs.readFileSync(path.join(tmp, 'ignored.txt'), 'utf8'), '/dev/null /dev/null\n');
    finish();
  });
})();

// A stream of ours shared as the child's stdout: the writer's output goes straight into the
// stdin pipe of a `cat` (its descriptor is duplicated into the writer), and comes back from cat.
(function () {
  var finish = expect('shared-stream');
  var cat = spawn('cat');
  var out = collect(cat.stdout);
  var writer = spawn('sh', ['-c', 'echo to-cat; echo to-pipe >&2'], { stdio: ['pipe', cat.stdin, 'pipe'] });
  assert.strictEqual(writer.stdout, null);
  assert(writer.stdin);
  var err = collect(writer.stderr);
  writer.on('close', function (code) {
    assert.strictEqual(code, 0);
    assert.equal(err.text, 'to-pipe\n');
    cat.stdin.end();
  });
  cat.on('close', function (code) {
    assert.strictEqual(code, 0);
    assert.equal(out.text, 'to-cat\n');
    finish();
  });
})();

// The deprecated customFds: -1 means a new pipe, a number a descriptor to share.
(function () {
  var finish = expect('customFds');
  var cat = spawn('cat');
  var out = collect(cat.stdout);
  var child = spawn('sh', ['-c', 'echo custom'], { customFds: [-1, cat.stdin._handle.fd, -1] });
  assert.strictEqual(child.stdout, null);
  assert(child.stdin);
  assert(child.stderr);
  child.on('close', function (code) {
    assert.strictEqual(code, 0);
    cat.stdin.end();
  });
  cat.on('close', function () {
    assert.equal(out.text, 'custom\n');
    finish();
  });
})();

// Extra pipes beyond stdio: fd 3 of the child is a pipe to us.
(function () {
  var finish = expect('fd3');
  var child = spawn('sh', ['-c', 'echo three >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  assert(child.stdio[3]);
  var out = collect(child.stdio[3]);
  child.on('close', function (code) {
    assert.strictEqual(code, 0);
    assert.equal(out.text, 'three\n');
    finish();
  });
})();

// detached: the child leads a new session (its session id is its pid).
(function () {
  var finish = expect('detached');
  var child = spawn('sh', ['-c', 'cut -d" " -f6 /proc/$$/stat'], { detached: true });
  var out = collect(child.stdout);
  child.on('close', function (code) {
    assert.strictEqual(code, 0);
    assert.equal(out.text.trim(), String(child.pid));
    finish();
  });
})();

// A missing command: no exception, but 'error' (ENOENT, syscall spawn) and exit code -1.
(function () {
  var finish = expect('enoent');
  var child = spawn('jnode-no-such-command-xyz', ['a']);
  var error = null;
  child.on('error', function (e) {
    error = e;
  });
  child.on('exit', function (code, signal) {
    assert(error, "'error' came first");
    assert(error instanceof Error);
    assert.equal(error.code, 'ENOENT');
    assert.equal(error.errno, 'ENOENT');
    assert.equal(error.syscall, 'spawn');
    assert.equal(error.message, 'spawn ENOENT');
    assert.strictEqual(code, -1);
    assert.strictEqual(signal, null);
  });
  child.on('close', function () {
    finish();
  });
})();

// A missing working directory fails the same way.
(function () {
  var finish = expect('bad-cwd');
  var child = spawn('pwd', [], { cwd: path.join(tmp, 'does-not-exist') });
  var error = null;
  child.on('error', function (e) { error = e; });
  child.on('exit', function (code) {
    assert.strictEqual(code, -1);
    assert.equal(error && error.code, 'ENOENT');
    finish();
  });
})();

// Arguments: args may be omitted; a string in its place is a TypeError.
assert.throws(function () { spawn('true', 'nope'); }, TypeError);
assert.throws(function () { spawn('true', [], { stdio: 'bogus' }); }, TypeError);
assert.throws(function () { spawn('true', [], { stdio: ['ipc', 'ipc'] }); }, /only one IPC pipe/);
(function () {
  var finish = expect('options-in-args');
  var child = spawn('pwd', { cwd: '/' });
  var out = collect(child.stdout);
  child.on('close', function (code) {
    assert.strictEqual(code, 0);
    assert.equal(out.text, '/\n');
    finish();
  });
})();

process.on('exit', function () {
  assert.strictEqual(pending, 0, 'unfinished: ' + pending);
});
