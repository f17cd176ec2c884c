'use strict';
// fs.stat/lstat/fstat (async and sync): every fs.Stats field, Dates in whole seconds as Node
// v0.10 reports them, the is*() checks, links, devices, errors.
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var util = require('util');
var scratch = require('./scratch');

var dir = scratch.dir('stat');
var file = path.join(dir, 'file');
var link = path.join(dir, 'link');
fs.writeFileSync(file, 'twelve bytes');
fs.symlinkSync(file, link);

var FIELDS = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
              'atime', 'mtime', 'ctime'];

function checkShape(st) {
  assert.ok(st instanceof fs.Stats);
  assert.deepEqual(Object.keys(st), FIELDS);
  FIELDS.slice(0, 10).forEach(function (k) {
    assert.strictEqual(typeof st[k], 'number', k);
    assert.ok(st[k] >= 0 && Math.floor(st[k]) === st[k], k + ' = ' + st[k]);
  });
  ['atime', 'mtime', 'ctime'].forEach(function (k) {
    assert.ok(st[k] instanceof Date, k);
    assert.strictEqual(st[k].getTime() % 1000, 0, k + ' has whole seconds');
    assert.ok(Math.abs(st[k].getTime() - Date.now()) < 3600 * 1000, k + ' is recent');
  });
}

function which(st) {
  return ['isFile', 'isDirectory', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink', 'isFIFO', 'isSocket']
    .filter(function (m) { return st[m](); });
}

var st = fs.statSync(file);
checkShape(st);
assert.strictEqual(st.size, 12);
assert.strictEqual(st.nlink, 1);
assert.strictEqual(st.uid, process.getuid());
assert.strictEqual(st.gid, process.getgid());
assert.strictEqual(st.blksize, 4096);
assert.deepEqual(which(st), ['isFile']);
assert.strictEqual(st.mode & 0xf000, 0x8000);

// stat follows the link, lstat does not.
var viaLink = fs.statSync(link);
assert.strictEqual(viaLink.ino, st.ino);
assert.strictEqual(viaLink.dev, st.dev);
var l = fs.lstatSync(link);
checkShape(l);
assert.deepEqual(which(l), ['isSymbolicLink']);
assert.notStrictEqual(l.ino, st.ino);
assert.strictEqual(l.size, file.length);

var d = fs.statSync(dir);
assert.deepEqual(which(d), ['isDirectory']);
assert.ok(d.nlink >= 2);
var nul = fs.statSync('/dev/null');
assert.deepEqual(which(nul), ['isCharacterDevice']);
assert.ok(nul.rdev > 0, 'a device has a device number');

// fstat on an open fd, and after writing through it.
var fd = fs.openSync(file, 'a');
var f = fs.fstatSync(fd);
checkShape(f);
assert.strictEqual(f.ino, st.ino);
fs.writeSync(fd, 'more');
assert.strictEqual(fs.fstatSync(fd).size, 16);
fs.closeSync(fd);

// util.inspect shows the fields in Node v0.10's order.
assert.ok(/^\{ dev: \d+,\s+mode: \d+,\s+nlink: 1,\s+uid: \d+,/.test(util.inspect(fs.statSync(file))));

// A Stats made by hand, as libraries sometimes do.
var hand = new fs.Stats(1, 0x4000 | 493, 2, 0, 0, 0, 4096, 9, 0, 0, 0, 1000, 2000);
assert.ok(hand.isDirectory());
assert.strictEqual(hand.mtime.getTime(), 1000);

// Errors.
var missing = path.join(dir, 'missing');
assert.throws(function () { fs.statSync(missing); }, function (e) {
  scratch.assertUvError(e, 'ENOENT', 'stat', missing);
  return true;
});
assert.throws(function () { fs.lstatSync(missing); }, function (e) {
  scratch.assertUvError(e, 'ENOENT', 'lstat', missing);
  return true;
});
assert.throws(function () { fs.statSync(path.join(file, 'x')); }, function (e) {
  scratch.assertUvError(e, 'ENOTDIR', 'stat', path.join(file, 'x'));
  return true;
});
assert.throws(function () { fs.fstatSync(9999); }, function (e) {
  scratch.assertUvError(e, 'EBADF', 'fstat');
  return true;
});
assert.throws(function () { fs.fstatSync('1'); }, /^TypeError: Bad argument$/);
assert.throws(function () { fs.statSync(); }, /^TypeError: path must be a string$/);
fs.symlinkSync('loop2', path.join(dir, 'loop1'));
fs.symlinkSync('loop1', path.join(dir, 'loop2'));
assert.throws(function () { fs.statSync(path.join(dir, 'loop1')); }, function (e) {
  scratch.assertUvError(e, 'ELOOP', 'stat', path.join(dir, 'loop1'));
  return true;
});
var longName = path.join(dir, new Array(300).join('n'));
assert.throws(function () { fs.statSync(longName); }, /^Error: ENAMETOOLONG, stat/);

// The asynchronous forms.
fs.stat(file, scratch.mustCall(function (err, s) {
  assert.strictEqual(err, null);
  checkShape(s);
  assert.strictEqual(s.size, 16);
}));
fs.lstat(link, scratch.mustCall(function (err, s) {
  assert.ifError(err);
  assert.ok(s.isSymbolicLink());
}));
fs.open(file, 'r', scratch.mustCall(function (err, fd) {
  assert.ifError(err);
  fs.fstat(fd, scratch.mustCall(function (err, s) {
    assert.ifError(err);
    assert.strictEqual(s.ino, st.ino);
    fs.closeSync(fd);
  }));
}));
fs.stat(missing, scratch.mustCall(function (err, s) {
  scratch.assertUvError(err, 'ENOENT', 'stat', missing);
  assert.strictEqual(arguments.length, 1);
}));
fs.fstat(9999, scratch.mustCall(function (err) {
  scratch.assertUvError(err, 'EBADF', 'fstat');
}));

// Many stats in flight at once each get their own result.
var names = [];
for (var i = 0; i < 50; i++) {
  var p = path.join(dir, 'sized-' + i);
  fs.writeFileSync(p, new Buffer(i));
  names.push(p);
}
names.forEach(function (p, i) {
  fs.stat(p, scratch.mustCall(function (err, s) {
    assert.ifError(err);
    assert.strictEqual(s.size, i);
  }));
});

// fds 0, 1 and 2 are the process's real stdio descriptors, whatever they are connected to.
[0, 1, 2].forEach(function (fd) {
  var s = fs.fstatSync(fd);
  assert.ok(s instanceof fs.Stats);
  assert.deepEqual(Object.keys(s), FIELDS);
  assert.ok(s.mtime instanceof Date);
  assert.ok(s.isFIFO() || s.isFile() || s.isCharacterDevice() || s.isSocket(), 'fd ' + fd + ' mode ' + s.mode);
});
