'use strict';
// fs.open/openSync with every flag string and numeric flags, modes, real kernel fds (0/1/2 are
// stdio; an fd opened in one tick works in later ones), fs.close/closeSync and their errors.
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var constants = require('constants');
var scratch = require('./scratch');

var dir = scratch.dir('open');
var file = path.join(dir, 'file.txt');
var missing = path.join(dir, 'missing.txt');
var oldMask = process.umask(0);
process.on('exit', function () { process.umask(oldMask); });

function contents(p) {
  return fs.readFileSync(p, 'utf8');
}

function reset() {
  fs.writeFileSync(file, 'abc');
}

// _stringToFlags: every documented flag, the 'x'-first spellings, numbers pass through.
var C = constants;
assert.strictEqual(fs._stringToFlags('r'), C.O_RDONLY);
assert.strictEqual(fs._stringToFlags('rs'), C.O_RDONLY | C.O_SYNC);
assert.strictEqual(fs._stringToFlags('r+'), C.O_RDWR);
assert.strictEqual(fs._stringToFlags('rs+'), C.O_RDWR | C.O_SYNC);
assert.strictEqual(fs._stringToFlags('w'), C.O_TRUNC | C.O_CREAT | C.O_WRONLY);
assert.strictEqual(fs._stringToFlags('wx'), C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL);
assert.strictEqual(fs._stringToFlags('xw'), C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL);
assert.strictEqual(fs._stringToFlags('w+'), C.O_TRUNC | C.O_CREAT | C.O_RDWR);
assert.strictEqual(fs._stringToFlags('wx+'), C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL);
assert.strictEqual(fs._stringToFlags('a'), C.O_APPEND | C.O_CREAT | C.O_WRONLY);
assert.strictEqual(fs._stringToFlags('ax'), C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL);
assert.strictEqual(fs._stringToFlags('a+'), C.O_APPEND | C.O_CREAT | C.O_RDWR);
assert.strictEqual(fs._stringToFlags('ax+'), C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL);
assert.strictEqual(fs._stringToFlags(C.O_RDONLY), C.O_RDONLY);
['', 'rw', 'x', 'r++', 'wxx', 'R'].forEach(function (f) {
  assert.throws(function () { fs._stringToFlags(f); },
    function (e) { return e instanceof Error && e.message === 'Unknown file open flag: ' + f; });
});
assert.throws(function () { fs.openSync(file, 'bogus'); }, /^Error: Unknown file open flag: bogus$/);

// Each flag's effect, synchronously.
function writeVia(flags, text, position) {
  var fd = fs.openSync(file, flags);
  assert.strictEqual(typeof fd, 'number');
  assert.strictEqual(fd | 0, fd);
  assert.ok(fd > 2);
  fs.writeSync(fd, text, position === undefined ? null : position);
  fs.closeSync(fd);
}
function readVia(flags) {
  var fd = fs.openSync(file, flags);
  var b = new Buffer(100);
  var n = fs.readSync(fd, b, 0, 100, null);
  fs.closeSync(fd);
  return b.toString('utf8', 0, n);
}

reset();
assert.strictEqual(readVia('r'), 'abc');
assert.strictEqual(readVia('rs'), 'abc');
assert.throws(function () { writeVia('r', 'x'); }, function (e) { return e.code === 'EBADF'; });
writeVia('r+', 'X');
assert.strictEqual(contents(file), 'Xbc');
writeVia('rs+', 'Y', 1);
assert.strictEqual(contents(file), 'XYc');
assert.strictEqual(readVia('r+'), 'XYc');
writeVia('w', 'new');
assert.strictEqual(contents(file), 'new');
writeVia('w+', 'w+');
assert.strictEqual(contents(file), 'w+');
writeVia('a', '-a');
assert.strictEqual(contents(file), 'w+-a');
// Positions are ignored in append mode on Linux.
writeVia('a+', '-a+', 0);
assert.strictEqual(contents(file), 'w+-a-a+');
assert.strictEqual(readVia('a+'), 'w+-a-a+');

// The exclusive flags create, and fail with EEXIST when the path exists (even a dangling link).
['wx', 'wx+', 'ax', 'ax+', 'xw', 'xa+'].forEach(function (flags) {
  assert.throws(function () { fs.openSync(file, flags); }, function (e) {
    scratch.assertUvError(e, 'EEXIST', 'open', file);
    return true;
  });
  var fresh = path.join(dir, 'x-' + flags);
  fs.closeSync(fs.openSync(fresh, flags));
  assert.strictEqual(fs.statSync(fresh).size, 0);
});
fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling'));
assert.throws(function () { fs.openSync(path.join(dir, 'dangling'), 'wx'); }, /EEXIST/);

// Missing files: r, r+ fail with ENOENT; w and a create.
['r', 'r+', 'rs', 'rs+'].forEach(function (flags) {
  assert.throws(function () { fs.openSync(missing, flags); }, function (e) {
    scratch.assertUvError(e, 'ENOENT', 'open', missing);
    return true;
  });
});

// Numeric flags.
var numeric = path.join(dir, 'numeric');
var fd = fs.openSync(numeric, C.O_CREAT | C.O_WRONLY | C.O_TRUNC, parseInt('640', 8));
fs.writeSync(fd, 'n');
fs.closeSync(fd);
assert.strictEqual(contents(numeric), 'n');
assert.strictEqual(fs.statSync(numeric).mode & parseInt('777', 8), parseInt('640', 8));

// Modes: number, octal string, default 0666 (umask is 0 here); only applied on creation.
fs.closeSync(fs.openSync(path.join(dir, 'm1'), 'w', '0600'));
assert.strictEqual(fs.statSync(path.join(dir, 'm1')).mode & 511, 384);
fs.closeSync(fs.openSync(path.join(dir, 'm2'), 'w'));
assert.strictEqual(fs.statSync(path.join(dir, 'm2')).mode & 511, 438);
fs.closeSync(fs.openSync(path.join(dir, 'm2'), 'w', 384));
assert.strictEqual(fs.statSync(path.join(dir, 'm2')).mode & 511, 438);

// Directories: reading them is fine, opening for writing is EISDIR.
fs.closeSync(fs.openSync(dir, 'r'));
assert.throws(function () { fs.openSync(dir, 'w'); }, function (e) {
  scratch.assertUvError(e, 'EISDIR', 'open', dir);
  return true;
});
assert.throws(function () { fs.openSync(path.join(file, 'sub'), 'r'); }, /^Error: ENOTDIR, open/);

// Bad arguments throw synchronously, even in the asynchronous form.
assert.throws(function () { fs.openSync(42, 'r'); }, function (e) {
  return e instanceof TypeError && e.message === 'path must be a string';
});
assert.throws(function () { fs.open(undefined, 'r', function () {}); }, TypeError);
assert.throws(function () { fs.openSync(file, {}); }, /flags must be an int/);
assert.throws(function () { fs.openSync(file, 'r', 'xyz'); }, /mode must be an int/);
assert.throws(function () { fs.closeSync('3'); }, function (e) {
  return e instanceof TypeError && e.message === 'Bad argument';
});
assert.throws(function () { fs.close(1.5, function () {}); }, /Bad argument/);

// Closing twice: EBADF, with no path.
var once = fs.openSync(file, 'r');
fs.closeSync(once);
assert.throws(function () { fs.closeSync(once); }, function (e) {
  scratch.assertUvError(e, 'EBADF', 'close');
  return true;
});

// fds 0, 1, 2 are the process's stdio.
[0, 1, 2].forEach(function (n) {
  var st = fs.fstatSync(n);
  assert.ok(st.isFile() || st.isFIFO() || st.isCharacterDevice() || st.isSocket(), 'fd ' + n);
});
fs.writeSync(1, '');

// Asynchronous open/close; the callback runs later, with this === global; an fd survives ticks.
var sync = true;
fs.open(file, 'r', scratch.mustCall(function (err, fd) {
  assert.ifError(err);
  assert.strictEqual(this, null); // a strict callback; a sloppy one would see the global
  assert.strictEqual(sync, false);
  assert.strictEqual(arguments.length, 2);
  setTimeout(function () {
    var b = new Buffer(3);
    fs.read(fd, b, 0, 3, 0, scratch.mustCall(function (err, n) {
      assert.ifError(err);
      assert.strictEqual(b.toString('utf8', 0, n), 'w+-');
      setImmediate(function () {
        assert.strictEqual(fs.fstatSync(fd).size, 7);
        fs.close(fd, scratch.mustCall(function (err) {
          assert.strictEqual(err, null);
          assert.strictEqual(arguments.length, 1);
          fs.close(fd, scratch.mustCall(function (err) {
            scratch.assertUvError(err, 'EBADF', 'close');
            assert.strictEqual(arguments.length, 1);
          }));
        }));
      });
    }));
  }, 5);
}));
sync = false;

fs.open(missing, 'r', scratch.mustCall(function (err, fd) {
  scratch.assertUvError(err, 'ENOENT', 'open', missing);
  assert.strictEqual(fd, undefined);
  assert.strictEqual(arguments.length, 1);
}));
fs.open(file, 'r', undefined, scratch.mustCall(function (err, fd) {
  assert.ifError(err);
  fs.closeSync(fd);
}));
fs.open(path.join(dir, 'async-mode'), 'w', 384, scratch.mustCall(function (err, fd) {
  assert.ifError(err);
  assert.strictEqual(fs.fstatSync(fd).mode & 511, 384);
  fs.closeSync(fd);
}));

// Many fds at once, each its own kernel descriptor.
var fds = [];
for (var i = 0; i < 200; i++) fds.push(fs.openSync(file, 'r'));
assert.strictEqual(fds.filter(function (f, i) { return fds.indexOf(f) === i; }).length, 200);
fds.forEach(function (f) { fs.closeSync(f); });

// Relative paths resolve against process.cwd(), which process.chdir changes.
var cwd = process.cwd();
process.chdir(dir);
fs.writeFileSync('relative.txt', 'rel');
assert.strictEqual(fs.readFileSync(path.join(dir, 'relative.txt'), 'utf8'), 'rel');
var rfd = fs.openSync('relative.txt', 'r');
fs.closeSync(rfd);
process.chdir(cwd);
assert.throws(function () { fs.openSync('relative.txt', 'r'); }, /ENOENT, open 'relative.txt'/);
