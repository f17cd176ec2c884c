'use strict';
// Error behaviour shared by all fs calls: a path with a NUL byte ("Path must be a string without
// null bytes." thrown by the sync forms, passed to the callback on a later tick by the async
// ones), non-string paths and bad fds (TypeErrors thrown at once), errno/code/path on system
// errors, and a forgotten callback (the error is printed once as a deprecation, or thrown with
// process.throwDeprecation).
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var scratch = require('./scratch');

var dir = scratch.dir('errors');
var nul = 'foo\u0000bar';
var expected = /^Path must be a string without null bytes\.$/;

function check(async, sync) {
  var args = Array.prototype.slice.call(arguments, 2);
  if (sync) {
    assert.throws(function () { sync.apply(fs, args); }, function (e) {
      return e instanceof Error && expected.test(e.message);
    }, sync.name);
  }
  if (async) {
    var called = false;
    async.apply(fs, args.concat(scratch.mustCall(function (er) {
      assert.ok(er && expected.test(er.message));
      assert.ok(called, 'not called synchronously');
    })));
    called = true;
  }
}

check(fs.appendFile, fs.appendFileSync, nul, 'x');
check(fs.chmod, fs.chmodSync, nul, '0644');
check(fs.chown, fs.chownSync, nul, 12, 34);
check(fs.link, fs.linkSync, nul, 'foobar');
check(fs.link, fs.linkSync, 'foobar', nul);
check(fs.lstat, fs.lstatSync, nul);
check(fs.lchown, fs.lchownSync, nul, 1, 2);
check(fs.mkdir, fs.mkdirSync, nul, '0755');
check(fs.open, fs.openSync, nul, 'r');
check(fs.readFile, fs.readFileSync, nul);
check(fs.readdir, fs.readdirSync, nul);
check(fs.readlink, fs.readlinkSync, nul);
check(fs.realpath, fs.realpathSync, nul);
check(fs.rename, fs.renameSync, nul, 'foobar');
check(fs.rename, fs.renameSync, 'foobar', nul);
check(fs.rmdir, fs.rmdirSync, nul);
check(fs.stat, fs.statSync, nul);
check(fs.symlink, fs.symlinkSync, nul, 'foobar');
check(fs.symlink, fs.symlinkSync, 'foobar', nul);
check(fs.truncate, fs.truncateSync, nul);
check(fs.unlink, fs.unlinkSync, nul);
check(fs.utimes, fs.utimesSync, nul, 0, 0);
check(fs.writeFile, fs.writeFileSync, nul, 'x');
check(null, fs.watch, nul, function () {});
check(null, fs.watchFile, nul, function () {});
check(null, fs.unwatchFile, nul);
assert.strictEqual(fs.existsSync(nul), false);
fs.exists(nul, scratch.mustCall(function (exists) {
  assert.strictEqual(exists, false);
}));
fs.createReadStream(nul).on('error', scratch.mustCall(function (er) {
  assert.ok(expected.test(er.message));
}));
fs.createWriteStream(nul).on('error', scratch.mustCall(function (er) {
  assert.ok(expected.test(er.message));
}));

// Non-string paths and non-integer fds throw TypeErrors at once, in both forms.
[undefined, null, 42, {}, ['a']].forEach(function (bad) {
  ['stat', 'lstat', 'readdir', 'unlink', 'rmdir', 'readlink'].forEach(function (name) {
    assert.throws(function () { fs[name](bad, function () {}); }, function (e) {
      return e instanceof TypeError && e.message === 'path must be a string';
    }, name + '(' + bad + ')');
    assert.throws(function () { fs[name + 'Sync'](bad); }, /^TypeError: path must be a string$/);
  });
});
assert.throws(function () { fs.renameSync('a', 1); }, /^TypeError: new path must be a string$/);
assert.throws(function () { fs.renameSync(1, 'a'); }, /^TypeError: old path must be a string$/);
[undefined, '1', 1.5, null, NaN].forEach(function (bad) {
  ['close', 'fstat', 'fsync', 'fdatasync'].forEach(function (name) {
    assert.throws(function () { fs[name](bad, function () {}); }, /^TypeError: Bad argument$/);
    assert.throws(function () { fs[name + 'Sync'](bad); }, /^TypeError: Bad argument$/);
  });
});
assert.throws(function () { fs.mkdirSync(path.join(dir, 'm'), 'not octal'); }, /^TypeError: Bad argument$/);

// System errors: Error objects with errno (libuv 0.10 numbers), code and path.
var missing = path.join(dir, 'missing.txt');
try {
  fs.openSync(missing, 'r');
  assert.fail('no error');
} catch (e) {
  assert.ok(e instanceof Error);
  assert.strictEqual(e.message, "ENOENT, open '" + missing + "'");
  assert.strictEqual(e.errno, 34);
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.path, missing);
  assert.deepEqual(Object.keys(e).sort(), ['code', 'errno', 'path']);
  assert.ok(/^Error: ENOENT, open '/.test(e.stack));
}
process.chdir(dir);
assert.throws(function () { fs.readFileSync('missing.txt'); }, function (e) {
  return e.message === "ENOENT, open 'missing.txt'" && e.path === 'missing.txt';
});

// Too many open files: EMFILE, and the fds work again once some are closed.
(function () {
  var fds = [];
  var err = null;
  try {
    for (var i = 0; i < 100000; i++) fds.push(fs.openSync(__filename, 'r'));
  } catch (e) {
    err = e;
  }
  fds.forEach(function (fd) { fs.closeSync(fd); });
  assert.ok(err, 'the fd limit was reached');
  scratch.assertUvError(err, 'EMFILE', 'open', __filename);
  fs.closeSync(fs.openSync(__filename, 'r'));
})();

// A forgotten callback: the error is thrown when deprecations throw...
process.throwDeprecation = true;
process.once('uncaughtException', scratch.mustCall(function (e) {
  process.throwDeprecation = false;
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.path, path.join(dir, 'no-such-0'));
  warnOnce();
}));
fs.unlink(path.join(dir, 'no-such-0'));

// ... and otherwise printed once, as a deprecation warning.
function warnOnce() {
  var printed = [];
  var consoleError = console.error;
  console.error = function (msg) { printed.push(String(msg)); };
  fs.unlink(path.join(dir, 'no-such-1'));
  fs.rmdir(path.join(dir, 'no-such-2'));
  fs.stat(__filename); // succeeds: nothing to report
  // The loop runs until both have failed, so by 'exit' both were reported (or not).
  process.on('exit', function () {
    console.error = consoleError;
    assert.strictEqual(printed.length, 1, printed.join('\n'));
    assert.ok(/^fs: missing callback Error: ENOENT, (unlink|rmdir) '/.test(printed[0]), printed[0]);
  });
}
