// --abort-on-uncaught-exception, as V8 applies it in Node v0.10 on Linux: an error no
// JavaScript catches ends the process with a trap (SIGTRAP: status 133 from a shell), even when
// 'uncaughtException' listeners exist; a caught error does not; inside a domain, only an error
// the top-level domain's 'error' handler throws aborts (without the flag that is status 7).
var assert = require('assert');
var domain = require('domain');
var exec = require('child_process').exec;

var cases = {
  plainThrow: function () {
    throw new Error('plain uncaught error');
  },
  listenerPresent: function () {
    process.on('uncaughtException', function () { process.exit(42); });
    setImmediate(function () { throw new Error('thrown with a listener'); });
  },
  caught: function () {
    try {
      throw new Error('caught error');
    } catch (e) {
      console.log('caught');
    }
  },
  domainSwallows: function () {
    var d = domain.create();
    // Reported at exit rather than from the handler: were the parent gone, a handler writing
    // to the closed pipe would get its own EPIPE back through the domain, forever (as in v0.10).
    var swallowed = false;
    process.on('exit', function () { if (swallowed) console.log('swallowed'); });
    d.on('error', function () { swallowed = true; });
    d.run(function () {
      process.nextTick(function () { throw new Error('for the domain'); });
    });
  },
  domainHandlerThrows: function () {
    var d = domain.create();
    d.on('error', function () { throw new Error('from the domain handler'); });
    d.run(function () {
      process.nextTick(function () { throw new Error('for the domain'); });
    });
  }
};

if (process.argv[2]) {
  cases[process.argv[2]]();
  return;
}

var pending = 0;
process.on('exit', function () { assert.strictEqual(pending, 0, 'every case completed'); });

// Through a shell, as Node's own test does: the shell turns death by a signal into 128 + signal,
// and `ulimit -c 0` keeps the trap from writing a core file.
function run(flag, name, check) {
  pending++;
  var cmd = 'ulimit -c 0 && "' + process.execPath + '" ' + flag + ' "' + __filename + '" ' + name;
  exec(cmd, { timeout: 60000 }, function (err, stdout, stderr) {
    check(err ? err.code : 0, stdout, stderr);
    pending--;
  });
}

var FLAG = '--abort-on-uncaught-exception';

run(FLAG, 'plainThrow', function (code, stdout, stderr) {
  assert.strictEqual(code, 133, stderr);
  assert(stderr.indexOf('plain uncaught error') !== -1, stderr);
});
run(FLAG, 'listenerPresent', function (code, stdout, stderr) {
  assert.strictEqual(code, 133, 'the listener ran instead of the abort: ' + code + ' ' + stderr);
});
run(FLAG, 'caught', function (code, stdout, stderr) {
  assert.strictEqual(code, 0, stderr);
  assert.strictEqual(stdout, 'caught\n');
});
run(FLAG, 'domainSwallows', function (code, stdout, stderr) {
  assert.strictEqual(code, 0, stderr);
  assert.strictEqual(stdout, 'swallowed\n');
});
run(FLAG, 'domainHandlerThrows', function (code, stdout, stderr) {
  assert.strictEqual(code, 133, stderr);
  assert(stderr.indexOf('from the domain handler') !== -1, stderr);
});
run('', 'domainHandlerThrows', function (code, stdout, stderr) {
  assert.strictEqual(code, 7, stderr);
  assert(stderr.indexOf('from the domain handler') !== -1, stderr);
});
run('', 'listenerPresent', function (code) {
  assert.strictEqual(code, 42);
});
