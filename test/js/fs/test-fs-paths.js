'use strict';
// The calls on paths and their fd twins, async and sync: rename, link, symlink, readlink,
// unlink, rmdir, mkdir (mode), readdir, chmod/fchmod, chown/fchown/lchown, utimes/futimes,
// truncate/ftruncate, fsync/fdatasync, exists/existsSync. Errors name the right path (the
// destination for EEXIST/ENOTEMPTY), throw in the sync form and come first in the async one.
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var scratch = require('./scratch');

var dir = scratch.dir('paths');
function p(name) {
  return path.join(dir, name);
}
function errorIs(code, syscall, where) {
  return function (e) {
    scratch.assertUvError(e, code, syscall, where);
    return true;
  };
}
var oldMask = process.umask(parseInt('022', 8));
process.on('exit', function () { process.umask(oldMask); });

// mkdir / rmdir, modes (umask applies), errors.
fs.mkdirSync(p('d1'));
assert.strictEqual(fs.statSync(p('d1')).mode & 511, parseInt('755', 8));
fs.mkdirSync(p('d2'), parseInt('700', 8));
assert.strictEqual(fs.statSync(p('d2')).mode & 511, parseInt('700', 8));
fs.mkdirSync(p('d3'), '0750');
assert.strictEqual(fs.statSync(p('d3')).mode & 511, parseInt('750', 8));
assert.throws(function () { fs.mkdirSync(p('d1')); }, errorIs('EEXIST', 'mkdir', p('d1')));
assert.throws(function () { fs.mkdirSync(p('no/such')); }, errorIs('ENOENT', 'mkdir', p('no/such')));
fs.writeFileSync(p('d1/inner'), 'x');
assert.throws(function () { fs.rmdirSync(p('d1')); }, errorIs('ENOTEMPTY', 'rmdir', p('d1')));
assert.throws(function () { fs.rmdirSync(p('d1/inner')); }, errorIs('ENOTDIR', 'rmdir', p('d1/inner')));
fs.rmdirSync(p('d2'));
assert.ok(!fs.existsSync(p('d2')));

// readdir: names only, sorted by bytes, no '.' or '..'.
['b', 'a', 'C', 'ä', '.hidden', '10', '9'].forEach(function (n) { fs.writeFileSync(p('d3/' + n), n); });
assert.deepEqual(fs.readdirSync(p('d3')), ['.hidden', '10', '9', 'C', 'a', 'b', 'ä']);
assert.deepEqual(fs.readdirSync(p('d1')), ['inner']);
fs.mkdirSync(p('empty'));
assert.deepEqual(fs.readdirSync(p('empty')), []);
assert.throws(function () { fs.readdirSync(p('d1/inner')); }, errorIs('ENOTDIR', 'readdir', p('d1/inner')));
assert.throws(function () { fs.readdirSync(p('nope')); }, errorIs('ENOENT', 'readdir', p('nope')));
fs.readdir(p('d3'), scratch.mustCall(function (err, names) {
  assert.strictEqual(err, null);
  assert.ok(Array.isArray(names));
  assert.deepEqual(names, ['.hidden', '10', '9', 'C', 'a', 'b', 'ä']);
}));
fs.readdir(p('nope'), scratch.mustCall(function (err, names) {
  scratch.assertUvError(err, 'ENOENT', 'readdir', p('nope'));
  assert.strictEqual(names, undefined);
}));

// rename: files, directories, onto an existing file, errors naming the right path.
fs.writeFileSync(p('r1'), 'one');
fs.renameSync(p('r1'), p('r2'));
assert.ok(!fs.existsSync(p('r1')));
assert.strictEqual(fs.readFileSync(p('r2'), 'utf8'), 'one');
fs.writeFileSync(p('r3'), 'three');
fs.renameSync(p('r3'), p('r2'));
assert.strictEqual(fs.readFileSync(p('r2'), 'utf8'), 'three');
assert.throws(function () { fs.renameSync(p('missing'), p('r9')); }, errorIs('ENOENT', 'rename', p('missing')));
assert.throws(function () { fs.renameSync(p('empty'), p('d1')); }, errorIs('ENOTEMPTY', 'rename', p('d1')));
fs.rename(p('r2'), p('r4'), scratch.mustCall(function (err) {
  assert.strictEqual(err, null);
  assert.strictEqual(fs.readFileSync(p('r4'), 'utf8'), 'three');
}));
fs.rename(p('missing'), p('x'), scratch.mustCall(function (err) {
  scratch.assertUvError(err, 'ENOENT', 'rename', p('missing'));
}));

// link and symlink; readlink returns the target as written.
fs.writeFileSync(p('target'), 'target');
fs.linkSync(p('target'), p('hard'));
assert.strictEqual(fs.statSync(p('target')).nlink, 2);
assert.strictEqual(fs.statSync(p('hard')).ino, fs.statSync(p('target')).ino);
assert.throws(function () { fs.linkSync(p('target'), p('hard')); }, errorIs('EEXIST', 'link', p('hard')));
assert.throws(function () { fs.linkSync(p('missing'), p('h2')); }, errorIs('ENOENT', 'link', p('missing')));
fs.symlinkSync('target', p('soft'));
fs.symlinkSync(p('d3'), p('softdir'), 'dir');
fs.symlinkSync('target', p('softjunction'), 'junction');
assert.strictEqual(fs.readlinkSync(p('soft')), 'target');
assert.strictEqual(fs.readlinkSync(p('softdir')), p('d3'));
assert.strictEqual(fs.readFileSync(p('soft'), 'utf8'), 'target');
assert.deepEqual(fs.readdirSync(p('softdir')), fs.readdirSync(p('d3')));
assert.throws(function () { fs.symlinkSync('x', p('soft')); }, errorIs('EEXIST', 'symlink', p('soft')));
assert.throws(function () { fs.readlinkSync(p('target')); }, errorIs('EINVAL', 'readlink', p('target')));
fs.symlink('elsewhere', p('soft2'), scratch.mustCall(function (err) {
  assert.strictEqual(err, null);
  fs.readlink(p('soft2'), scratch.mustCall(function (err, target) {
    assert.strictEqual(err, null);
    assert.strictEqual(target, 'elsewhere');
  }));
}));
fs.link(p('target'), p('hard2'), scratch.mustCall(function (err) {
  assert.ifError(err);
  assert.strictEqual(fs.statSync(p('hard2')).ino, fs.statSync(p('target')).ino);
}));

// unlink.
fs.writeFileSync(p('gone'), '');
fs.unlinkSync(p('gone'));
assert.ok(!fs.existsSync(p('gone')));
assert.throws(function () { fs.unlinkSync(p('gone')); }, errorIs('ENOENT', 'unlink', p('gone')));
assert.throws(function () { fs.unlinkSync(p('empty')); }, function (e) {
  return e.code === 'EISDIR' || e.code === 'EPERM';
});
fs.writeFileSync(p('gone2'), '');
fs.unlink(p('gone2'), scratch.mustCall(function (err) {
  assert.strictEqual(err, null);
  assert.ok(!fs.existsSync(p('gone2')));
}));

// chmod / fchmod (numbers and octal strings).
fs.writeFileSync(p('perm'), '');
fs.chmodSync(p('perm'), parseInt('600', 8));
assert.strictEqual(fs.statSync(p('perm')).mode & 511, parseInt('600', 8));
fs.chmodSync(p('perm'), '0751');
assert.strictEqual(fs.statSync(p('perm')).mode & 511, parseInt('751', 8));
var fd = fs.openSync(p('perm'), 'r');
fs.fchmodSync(fd, '0644');
assert.strictEqual(fs.fstatSync(fd).mode & 511, parseInt('644', 8));
assert.throws(function () { fs.chmodSync(p('missing'), 420); }, errorIs('ENOENT', 'chmod', p('missing')));
assert.throws(function () { fs.chmodSync(p('perm')); }, /^TypeError: Bad argument$/);
assert.strictEqual(fs.lchmod, undefined, 'lchmod exists only on OS X');
fs.chmod(p('perm'), 384, scratch.mustCall(function (err) {
  assert.strictEqual(err, null);
  fs.fchmod(fd, 256, scratch.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.statSync(p('perm')).mode & 511, 256);
    chownTests();
  }));
}));

// chown / fchown / lchown to our own ids (always allowed).
function chownTests() {
  var uid = process.getuid();
  var gid = process.getgid();
  fs.chownSync(p('perm'), uid, gid);
  fs.fchownSync(fd, uid, gid);
  fs.lchownSync(p('soft'), uid, gid);
  assert.throws(function () { fs.chownSync(p('missing'), uid, gid); }, errorIs('ENOENT', 'chown', p('missing')));
  assert.throws(function () { fs.chownSync(p('perm'), -1, gid); }, /^TypeError: uid must be an unsigned int$/);
  assert.throws(function () { fs.chownSync(p('perm'), uid, 'x'); }, /^TypeError: gid must be an unsigned int$/);
  assert.throws(function () { fs.fchownSync(999, uid, gid); }, errorIs('EBADF', 'fchown'));
  fs.chown(p('perm'), uid, gid, scratch.mustCall(function (err) {
    assert.strictEqual(err, null);
    fs.fchown(fd, uid, gid, scratch.mustCall(function (err) {
      assert.strictEqual(err, null);
      fs.lchown(p('soft'), uid, gid, scratch.mustCall(function (err) {
        assert.strictEqual(err, null);
        fs.closeSync(fd);
      }));
    }));
  }));
}

// utimes / futimes with Dates and with numbers of seconds.
fs.writeFileSync(p('times'), 'x');
fs.utimesSync(p('times'), new Date('2001-02-03T04:05:06Z'), 1234567890.5);
var ts = fs.statSync(p('times'));
assert.strictEqual(ts.atime.getTime(), Date.UTC(2001, 1, 3, 4, 5, 6));
assert.strictEqual(ts.mtime.getTime(), 1234567890000);
var tfd = fs.openSync(p('times'), 'r');
fs.futimesSync(tfd, 1000, new Date(2000 * 1000));
assert.strictEqual(fs.fstatSync(tfd).mtime.getTime(), 2000 * 1000);
assert.strictEqual(fs.fstatSync(tfd).atime.getTime(), 1000 * 1000);
assert.throws(function () { fs.utimesSync(p('times'), 'soon', 0); }, /^Error: Cannot parse time: soon$/);
assert.throws(function () { fs.utimesSync(p('missing'), 0, 0); }, errorIs('ENOENT', 'utime', p('missing')));
assert.throws(function () { fs.futimesSync(-1, 0, 0); }, errorIs('EBADF', 'futime'));
fs.utimes(p('times'), 5, 6, scratch.mustCall(function (err) {
  assert.strictEqual(err, null);
  assert.strictEqual(fs.statSync(p('times')).mtime.getTime(), 6000);
  fs.futimes(tfd, 7, 8, scratch.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.statSync(p('times')).mtime.getTime(), 8000);
    fs.closeSync(tfd);
  }));
}));
assert.strictEqual(fs._toUnixTimestamp(new Date(1500)), 1.5);
assert.strictEqual(fs._toUnixTimestamp(42), 42);

// truncate / ftruncate: shrink, grow (zero-filled), default length 0.
fs.writeFileSync(p('trunc'), '0123456789');
fs.truncateSync(p('trunc'), 4);
assert.strictEqual(fs.readFileSync(p('trunc'), 'utf8'), '0123');
fs.truncateSync(p('trunc'), 6);
assert.strictEqual(fs.readFileSync(p('trunc'), 'hex'), '303132330000');
fs.truncateSync(p('trunc'));
assert.strictEqual(fs.statSync(p('trunc')).size, 0);
assert.throws(function () { fs.truncateSync(p('missing'), 1); }, errorIs('ENOENT', 'open', p('missing')));
assert.throws(function () { fs.truncateSync(dir, 1); }, errorIs('EISDIR', 'open', dir));
var trfd = fs.openSync(p('trunc'), 'r+');
fs.ftruncateSync(trfd, 3);
assert.strictEqual(fs.fstatSync(trfd).size, 3);
fs.truncateSync(trfd, 2); // a number: ftruncate
assert.strictEqual(fs.fstatSync(trfd).size, 2);
var rofd = fs.openSync(p('trunc'), 'r');
assert.throws(function () { fs.ftruncateSync(rofd, 0); }, errorIs('EINVAL', 'ftruncate'));
fs.closeSync(rofd);
fs.truncate(p('trunc'), 1, scratch.mustCall(function (err) {
  assert.strictEqual(err, null);
  assert.strictEqual(fs.statSync(p('trunc')).size, 1);
  fs.ftruncate(trfd, scratch.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.fstatSync(trfd).size, 0);
    fs.truncate(p('missing'), scratch.mustCall(function (err) {
      scratch.assertUvError(err, 'ENOENT', 'open', p('missing'));
      fs.closeSync(trfd);
    }));
  }));
}));

// fsync / fdatasync.
var sfd = fs.openSync(p('sync'), 'w');
fs.writeSync(sfd, 'data');
fs.fsyncSync(sfd);
fs.fdatasyncSync(sfd);
fs.fsync(sfd, scratch.mustCall(function (err) {
  assert.strictEqual(err, null);
  fs.fdatasync(sfd, scratch.mustCall(function (err) {
    assert.strictEqual(err, null);
    fs.closeSync(sfd);
    fs.fsync(sfd, scratch.mustCall(function (err) {
      scratch.assertUvError(err, 'EBADF', 'fsync');
    }));
  }));
}));

// exists / existsSync: true or false, never an error.
assert.strictEqual(fs.existsSync(dir), true);
assert.strictEqual(fs.existsSync(p('missing')), false);
assert.strictEqual(fs.existsSync(p('soft')), true);
assert.strictEqual(fs.existsSync('bad\u0000path'), false);
fs.exists(p('target'), scratch.mustCall(function (yes) {
  assert.strictEqual(yes, true);
  assert.strictEqual(arguments.length, 1);
}));
fs.exists(p('missing'), scratch.mustCall(function (yes) {
  assert.strictEqual(yes, false);
}));
fs.exists('bad\u0000path', scratch.mustCall(function (yes) {
  assert.strictEqual(yes, false);
}));
