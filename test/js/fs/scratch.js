'use strict';
// Helpers for the fs tests: a fresh scratch directory per test (under $JNODE_TEST_TMPDIR, which
// the suite sets, else /tmp) and a check that callbacks ran as often as expected.
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var root = process.env.JNODE_TEST_TMPDIR || '/tmp';

// A new empty directory for the calling test; removed again at exit unless it is in the suite's
// own temporary directory (which the suite removes).
exports.dir = function (name) {
  var dir = path.join(root, 'fs-' + name + '-' + process.pid);
  removeTree(dir);
  fs.mkdirSync(dir);
  if (!process.env.JNODE_TEST_TMPDIR) {
    process.on('exit', function () { removeTree(dir); });
  }
  return dir;
};

function removeTree(p) {
  var st;
  try { st = fs.lstatSync(p); } catch (e) { return; }
  if (st.isDirectory()) {
    fs.readdirSync(p).forEach(function (n) { removeTree(path.join(p, n)); });
    fs.rmdirSync(p);
  } else {
    fs.unlinkSync(p);
  }
}
exports.removeTree = removeTree;

var expectations = [];
process.on('exit', function (code) {
  if (code !== 0) return;
  expectations.forEach(function (e) {
    assert.strictEqual(e.calls, e.expected, e.name + ' was called ' + e.calls + ' times, expected ' + e.expected);
  });
});

// fn wrapped so that the test fails at exit unless it ran exactly `times` times (default 1).
exports.mustCall = function (fn, times) {
  var e = { name: (fn && fn.name) || 'callback', calls: 0, expected: times === undefined ? 1 : times };
  expectations.push(e);
  return function () {
    e.calls++;
    return fn ? fn.apply(this, arguments) : undefined;
  };
};

// Asserts that err is Node v0.10's fs error for code/syscall/path.
exports.assertUvError = function (err, code, syscall, p) {
  var errnos = { ENOENT: 34, EEXIST: 47, EISDIR: 28, ENOTDIR: 27, ENOTEMPTY: 53, EBADF: 9, EACCES: 3,
                 EMFILE: 20, ELOOP: 51, EINVAL: 18, EPERM: 50, ENAMETOOLONG: 49, EXDEV: 52, ESPIPE: 58 };
  assert.ok(err instanceof Error, 'expected an Error, got ' + err);
  var message = code + ', ' + syscall + (p === undefined ? '' : " '" + p + "'");
  assert.strictEqual(err.message, message);
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.errno, errnos[code]);
  if (p === undefined) assert.ok(!('path' in err), 'no path expected');
  else assert.strictEqual(err.path, p);
};
