// Where an error in a domain ends up, by Node v0.10's rules: an unref'd timer still runs in its
// domain; exit() of a domain that is not entered leaves the stack alone; an error thrown inside
// a domain never reaches 'uncaughtException' listeners; and when the only entered domain's
// 'error' handler itself throws, the process dies of that error (status 7), not of the one the
// handler was given.
var assert = require('assert');
var domain = require('domain');
var spawn = require('child_process').spawn;

var cases = {
  // Exits 42 if 'uncaughtException' hears of the error.
  handlerThrows: function () {
    process.on('uncaughtException', function () { process.exit(42); });
    var d = domain.create();
    d.on('error', function () { throw new Error('thrown by the error handler'); });
    d.run(function () {
      process.nextTick(function () { throw new Error('handed to the handler'); });
    });
  },
  // A domain without an 'error' handler: still not 'uncaughtException''s business; the
  // unhandled 'error' event is thrown out of the fatal-exception path (status 7).
  noHandler: function () {
    process.on('uncaughtException', function () { process.exit(42); });
    var d = domain.create();
    d.run(function () {
      setImmediate(function () { throw new Error('nobody handles this'); });
    });
  }
};

if (process.argv[2]) {
  cases[process.argv[2]]();
  return;
}

var pending = 0;
process.on('exit', function () { assert.strictEqual(pending, 0, 'every case completed'); });

function runChild(name, check) {
  pending++;
  var child = spawn(process.execPath, [__filename, name]);
  var stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', function (s) { stderr += s; });
  child.stdout.resume();
  child.on('close', function (code, signal) {
    check(code, signal, stderr);
    pending--;
  });
}

runChild('handlerThrows', function (code, signal, stderr) {
  assert.strictEqual(signal, null);
  assert.strictEqual(code, 7, stderr);
  assert(stderr.indexOf('thrown by the error handler') !== -1, stderr);
  assert.strictEqual(stderr.indexOf('handed to the handler'), -1, stderr);
  assert.strictEqual(stderr.indexOf('java.'), -1, stderr);
});

runChild('noHandler', function (code, signal, stderr) {
  assert.strictEqual(code, 7, stderr);
  assert(stderr.indexOf('nobody handles this') !== -1, stderr);
});

// An unmatched exit() changes nothing.
var a = domain.create();
var b = domain.create();
a.enter();
b.enter();
domain.create().exit();
assert.deepEqual(domain._stack, [a, b]);
assert.strictEqual(process.domain, b);
b.exit();
a.exit();
assert.deepEqual(domain._stack, []);

// A timeout unref'd inside a domain runs, and throws, in that domain.
pending++;
var t = domain.create();
var timer;
t.on('error', function (er) {
  assert.strictEqual(er.message, 'from an unref\'d timer');
  assert.strictEqual(er.domain, t);
  clearTimeout(keepAlive);
  pending--;
});
t.run(function () {
  timer = setTimeout(function () {
    assert.strictEqual(process.domain, t);
    throw new Error('from an unref\'d timer');
  }, 1);
  timer.unref();
});
// The unref'd timer alone would not keep the process alive.
var keepAlive = setTimeout(function () {
  assert.fail('the unref\'d timer never fired');
}, 30000);
