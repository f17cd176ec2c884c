'use strict';
// fork(): a jnode child with an IPC channel. Messages (any JSON value, UTF-8 text) go both ways;
// 'NODE_'-prefixed commands arrive as 'internalMessage'; disconnect() from either side ends the
// channel ('disconnect' on both, connected false, a second disconnect() is an error) and lets the
// child exit; silent: true pipes the child's stdout to us. Also spawn(process.execPath, ['-e']).
// timeout: 240
var assert = require('assert');
var cp = require('child_process');
var path = require('path');

var childScript = path.join(__dirname, 'fixtures', 'fork-child.js');
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
}, 200000);

assert.strictEqual(process.send, undefined, 'not a forked child');
assert.throws(function () { cp.fork(childScript, 'not-args'); }, TypeError);

// Messages both ways, then the parent disconnects.
(function () {
  var finish = expect('echo');
  var child = cp.fork(childScript, ['echo', 'x y'], { silent: true });
  assert.strictEqual(child.connected, true);
  assert.strictEqual(typeof child.send, 'function');
  var out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', function (d) { out += d; });
  var sent = [1, 'caf\u00e9 \u4e2d\u6587 \ud83d\ude00', { a: [null, true, 2.5] }, 'line\nbreak'];
  var received = [];
  var disconnected = false;
  child.on('message', function (m) {
    if (m === 'ready') {
      sent.forEach(function (s) { child.send(s); });
      return;
    }
    received.push(m.echo);
    assert.deepEqual(m.argv, ['echo', 'x y']);
    assert.strictEqual(m.channelEnv, false);
    if (received.length === sent.length) {
      assert.deepEqual(received, sent);
      child.disconnect();
      assert.strictEqual(child.connected, false);
      var errors = [];
      child.on('error', function (e) { errors.push(e.message); });
      child.disconnect();
      assert.deepEqual(errors, ['IPC channel is already disconnected']);
      child.send('too late');
      assert.deepEqual(errors, ['IPC channel is already disconnected', 'channel closed']);
    }
  });
  child.on('disconnect', function () {
    disconnected = true;
  });
  child.on('close', function (code, signal) {
    assert(disconnected);
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.equal(out, 'child saw disconnect, connected=false\n');
    finish();
  });
})();

// The child disconnects itself; internal messages are kept apart.
(function () {
  var finish = expect('leave');
  var child = cp.fork(childScript, ['leave']);
  var messages = [];
  var internal = [];
  var disconnected = false;
  child.on('message', function (m) { messages.push(m); });
  child.on('internalMessage', function (m) { internal.push(m); });
  child.on('disconnect', function () {
    disconnected = true;
    assert.strictEqual(child.connected, false);
  });
  child.on('close', function (code) {
    assert.strictEqual(code, 5);
    assert(disconnected);
    assert.deepEqual(messages, [{ cmd: 'notNODE_', y: 2 }]);
    assert.deepEqual(internal, [{ cmd: 'NODE_internal', x: 1 }]);
    finish();
  });
})();

// process.execPath runs jnode again.
(function () {
  var finish = expect('execPath');
  var child = cp.spawn(process.execPath, ['-e', 'console.log(process.argv.length + " " + typeof process.send); process.exit(9)']);
  var out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', function (d) { out += d; });
  child.on('close', function (code) {
    assert.strictEqual(code, 9);
    assert.equal(out, '1 undefined\n');
    finish();
  });
})();

process.on('exit', function () {
  assert.strictEqual(pending, 0, 'unfinished: ' + pending);
});
