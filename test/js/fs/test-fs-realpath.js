'use strict';
// fs.realpath/realpathSync: relative paths (against process.cwd()), chains of absolute and
// relative links through files and directories, '..' after a link, cycles (ELOOP), missing
// components, and the cache argument (trusted without stat calls, filled with what was learnt).
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var scratch = require('./scratch');

var dir = fs.realpathSync(scratch.dir('realpath'));
function p(name) {
  return path.join(dir, name);
}

fs.mkdirSync(p('real'));
fs.mkdirSync(p('real/sub'));
fs.writeFileSync(p('real/sub/file'), 'x');
fs.symlinkSync('real', p('rel-link'));               // relative, to a directory
fs.symlinkSync(p('real/sub'), p('abs-link'));         // absolute
fs.symlinkSync('../rel-link/sub/file', p('real/up-link')); // through another link
fs.symlinkSync('chain2', p('chain1'));
fs.symlinkSync('chain3', p('chain2'));
fs.symlinkSync('real/sub/file', p('chain3'));
fs.symlinkSync('cycle-b', p('cycle-a'));
fs.symlinkSync('cycle-a', p('cycle-b'));
fs.symlinkSync('..', p('real/sub/parent'));

var file = p('real/sub/file');
assert.strictEqual(fs.realpathSync(file), file);
assert.strictEqual(fs.realpathSync(p('rel-link/sub/file')), file);
assert.strictEqual(fs.realpathSync(p('abs-link/file')), file);
assert.strictEqual(fs.realpathSync(p('real/up-link')), file);
assert.strictEqual(fs.realpathSync(p('chain1')), file);
// As in Node v0.10, '..' is resolved lexically before any link is followed.
assert.strictEqual(fs.realpathSync(p('abs-link/..')), dir);
assert.strictEqual(fs.realpathSync(p('real/sub/parent/sub/parent/sub/file')), file);
assert.strictEqual(fs.realpathSync('/'), '/');
assert.strictEqual(fs.realpathSync(p('real//sub/./file')), file);

// Relative to the working directory.
var cwd = process.cwd();
process.chdir(p('real'));
assert.strictEqual(fs.realpathSync('sub/file'), file);
assert.strictEqual(fs.realpathSync('.'), p('real'));
assert.strictEqual(fs.realpathSync('..'), dir);
process.chdir(cwd);

// Errors.
assert.throws(function () { fs.realpathSync(p('cycle-a')); }, function (e) {
  return e.code === 'ELOOP';
});
assert.throws(function () { fs.realpathSync(p('real/missing/deeper')); }, function (e) {
  scratch.assertUvError(e, 'ENOENT', 'lstat', p('real/missing'));
  return true;
});
assert.throws(function () { fs.realpathSync('x\u0000y'); }, /Path must be a string without null bytes/);

// The cache: a hit is believed (no file system access), and results are recorded.
var lying = { '/no/such/place': '/somewhere/else', '/a': '/a', '/a/b': '/a/b', '/a/b/c': '/a/b', '/a/b/d': '/a/b/d' };
assert.strictEqual(fs.realpathSync('/no/such/place', lying), '/somewhere/else');
assert.strictEqual(fs.realpathSync('/a/b/c/d', lying), '/a/b/d');
var cache = {};
assert.strictEqual(fs.realpathSync(p('chain1'), cache), file);
assert.strictEqual(cache[p('chain1')], file);
assert.strictEqual(cache[p('chain3')], p('real/sub/file'));
assert.strictEqual(cache[dir], dir);
// Served from the cache even after the links are gone.
fs.renameSync(p('chain1'), p('chain1-moved'));
assert.strictEqual(fs.realpathSync(p('chain1'), cache), file);

// The asynchronous form: never calls back synchronously, same results, same errors.
var sync = true;
fs.realpath(p('rel-link/sub/file'), scratch.mustCall(function (err, resolved) {
  assert.strictEqual(sync, false);
  assert.ifError(err);
  assert.strictEqual(resolved, file);
}));
fs.realpath(p('/no/such/place').slice(dir.length), lying, scratch.mustCall(function (err, resolved) {
  assert.strictEqual(sync, false);
  assert.ifError(err);
  assert.strictEqual(resolved, '/somewhere/else');
}));
fs.realpath('/a/b/c/d', lying, scratch.mustCall(function (err, resolved) {
  assert.ifError(err);
  assert.strictEqual(resolved, '/a/b/d');
}));
var asyncCache = {};
fs.realpath(p('real/sub/parent/sub/parent/sub/file'), asyncCache, scratch.mustCall(function (err, resolved) {
  assert.ifError(err);
  assert.strictEqual(resolved, file);
  assert.strictEqual(asyncCache[p('real/sub/parent')], p('real'));
}));
fs.realpath(p('cycle-b'), scratch.mustCall(function (err, resolved) {
  assert.strictEqual(err.code, 'ELOOP');
  assert.strictEqual(resolved, undefined);
}));
fs.realpath(p('real/missing/x'), scratch.mustCall(function (err) {
  scratch.assertUvError(err, 'ENOENT', 'lstat', p('real/missing'));
}));
fs.realpath('/', scratch.mustCall(function (err, resolved) {
  assert.strictEqual(err, null);
  assert.strictEqual(resolved, '/');
}));
fs.realpath('x\u0000y', scratch.mustCall(function (err) {
  assert.ok(/Path must be a string without null bytes/.test(err.message));
}));
sync = false;
