'use strict';
// fs.read/readSync and fs.write/writeSync: the buffer forms (offset, length, position or the
// current position), the legacy string forms, argument errors, binary round trips, positions past
// 2 GiB and 4 GiB (in a sparse file), and many concurrent appends.
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var scratch = require('./scratch');

var dir = scratch.dir('rw');
var file = path.join(dir, 'data');

// writeSync/readSync with explicit positions and with the current position.
var fd = fs.openSync(file, 'w+');
assert.strictEqual(fs.writeSync(fd, new Buffer('hello world'), 0, 11, null), 11);
assert.strictEqual(fs.writeSync(fd, new Buffer('HELLO'), 0, 5, 0), 5);
assert.strictEqual(fs.writeSync(fd, new Buffer('xx!!yy'), 2, 2, null), 2);
var b = new Buffer(20);
b.fill(0);
assert.strictEqual(fs.readSync(fd, b, 0, 20, 0), 13);
assert.strictEqual(b.toString('utf8', 0, 13), 'HELLO world!!');
// The current position is after the last positional-less write (a write at a position does not move it).
assert.strictEqual(fs.readSync(fd, b, 0, 20, null), 0);
assert.strictEqual(fs.readSync(fd, b, 5, 3, 6), 3);
assert.strictEqual(b.toString('utf8', 5, 8), 'wor');
fs.closeSync(fd);

// Reading sequentially moves the position.
fd = fs.openSync(file, 'r');
var parts = [];
var chunk = new Buffer(4);
var n;
while ((n = fs.readSync(fd, chunk, 0, 4, null)) > 0) parts.push(chunk.toString('utf8', 0, n));
assert.deepEqual(parts, ['HELL', 'O wo', 'rld!', '!']);
// Legacy string form: readSync(fd, length, position, encoding) -> [string, bytesRead].
assert.deepEqual(fs.readSync(fd, 5, 0, 'utf8'), ['HELLO', 5]);
assert.deepEqual(fs.readSync(fd, 5, 100, 'utf8'), ['', 0]);
assert.deepEqual(fs.readSync(fd, 4, 6, 'hex'), ['776f726c', 4]);
fs.closeSync(fd);

// Legacy string write: writeSync(fd, data, position, encoding) -> bytes written.
fd = fs.openSync(file, 'w+');
assert.strictEqual(fs.writeSync(fd, ''), 0);
assert.strictEqual(fs.writeSync(fd, 'ümlaut'), 7);
assert.strictEqual(fs.writeSync(fd, '414243', 0, 'hex'), 3);
assert.strictEqual(fs.writeSync(fd, 1234), 4);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ABClaut1234');
assert.throws(function () { fs.writeSync(fd, 'x', 0, 'bogus'); }, /^Error: Unknown encoding: bogus$/);
assert.throws(function () { fs.readSync(fd, 4, 0, 'bogus'); }, /Unknown encoding: bogus/);

// Argument errors, as Node v0.10 throws them.
assert.throws(function () { fs.readSync(fd, new Buffer(4), 4, 1, 0); }, function (e) {
  return e.constructor === Error && e.message === 'Offset is out of bounds';
});
assert.throws(function () { fs.readSync(fd, new Buffer(4), 2, 3, 0); }, function (e) {
  return e instanceof RangeError && e.message === 'Length extends beyond buffer';
});
assert.throws(function () { fs.writeSync(fd, new Buffer(4), 5, 1, 0); }, /^Error: Offset is out of bounds$/);
assert.throws(function () { fs.writeSync(fd, new Buffer(4), 2, 3, 0); }, /off \+ len > buffer.length/);
assert.throws(function () { fs.readSync('x', new Buffer(4), 0, 4, 0); }, /^TypeError: Bad argument$/);
assert.throws(function () { fs.read(fd, new Buffer(4), 4, 1, 0, function () {}); }, /Offset is out of bounds/);
assert.throws(function () { fs.write(null, new Buffer(4), 0, 1, 0, function () {}); }, TypeError);
fs.closeSync(fd);

// Reading and writing a closed fd.
assert.throws(function () { fs.readSync(fd, new Buffer(1), 0, 1, 0); }, function (e) {
  scratch.assertUvError(e, 'EBADF', 'read');
  return true;
});
assert.throws(function () { fs.writeSync(fd, new Buffer(1), 0, 1, 0); }, function (e) {
  scratch.assertUvError(e, 'EBADF', 'write');
  return true;
});

// Every byte value survives a write and a read, sync and async.
var all = new Buffer(256 * 64);
for (var i = 0; i < all.length; i++) all[i] = (i * 7 + (i >> 8)) & 0xff;
var bin = path.join(dir, 'binary');
fd = fs.openSync(bin, 'w');
assert.strictEqual(fs.writeSync(fd, all, 0, all.length, 0), all.length);
fs.closeSync(fd);
var back = fs.readFileSync(bin);
assert.strictEqual(back.length, all.length);
for (i = 0; i < all.length; i++) assert.strictEqual(back[i], all[i]);

fs.open(bin, 'r+', scratch.mustCall(function (err, fd) {
  assert.ifError(err);
  var into = new Buffer(all.length + 10);
  into.fill(0xee);
  fs.read(fd, into, 10, all.length, 0, scratch.mustCall(function (err, n, buffer) {
    assert.ifError(err);
    assert.strictEqual(n, all.length);
    assert.strictEqual(buffer, into);
    assert.strictEqual(into[9], 0xee);
    for (var i = 0; i < all.length; i++) assert.strictEqual(into[i + 10], all[i]);
    var slice = all.slice(100, 200);
    fs.write(fd, slice, 0, slice.length, 0, scratch.mustCall(function (err, written, buffer) {
      assert.ifError(err);
      assert.strictEqual(written, 100);
      assert.strictEqual(buffer, slice);
      var first = fs.readSync(fd, 100, 0, 'binary');
      assert.strictEqual(first[0], slice.toString('binary'));
      // The legacy async forms.
      fs.read(fd, 3, 0, 'hex', scratch.mustCall(function (err, str, bytesRead) {
        assert.ifError(err);
        assert.strictEqual(str, slice.toString('hex', 0, 3));
        assert.strictEqual(bytesRead, 3);
        fs.write(fd, 'abc', 0, 'utf8', scratch.mustCall(function (err, written) {
          assert.ifError(err);
          assert.strictEqual(written, 3);
          fs.write(fd, '', 0, 'utf8', scratch.mustCall(function (err, written) {
            assert.ok(!err);
            assert.strictEqual(written, 0);
            fs.closeSync(fd);
            assert.strictEqual(fs.readFileSync(bin, 'utf8', 0, 3).slice(0, 3), 'abc');
          }));
        }));
      }));
    }));
  }));
}));

// Async errors arrive as the callback's only argument.
fs.read(12345, new Buffer(4), 0, 4, 0, scratch.mustCall(function (err, n) {
  scratch.assertUvError(err, 'EBADF', 'read');
  assert.strictEqual(n, 0);
}));
fs.write(12345, new Buffer(4), 0, 4, 0, scratch.mustCall(function (err, n) {
  scratch.assertUvError(err, 'EBADF', 'write');
}));

// Positions beyond 2 GiB and 4 GiB, in a sparse file (no disk space used for the hole).
var big = path.join(dir, 'sparse');
var bigFd = fs.openSync(big, 'w+');
var pos3G = 3 * 1024 * 1024 * 1024;
var pos5G = 5 * 1024 * 1024 * 1024 + 7;
assert.strictEqual(fs.writeSync(bigFd, new Buffer('three'), 0, 5, pos3G), 5);
fs.write(bigFd, new Buffer('five'), 0, 4, pos5G, scratch.mustCall(function (err, written) {
  assert.ifError(err);
  assert.strictEqual(written, 4);
  assert.strictEqual(fs.fstatSync(bigFd).size, pos5G + 4);
  assert.strictEqual(fs.statSync(big).size, pos5G + 4);
  var r = new Buffer(5);
  assert.strictEqual(fs.readSync(bigFd, r, 0, 5, pos3G), 5);
  assert.strictEqual(r.toString(), 'three');
  fs.read(bigFd, r, 0, 5, pos5G - 1, scratch.mustCall(function (err, n) {
    assert.ifError(err);
    assert.strictEqual(n, 5);
    assert.strictEqual(r.toString('hex'), '0066697665');
    // The hole reads as zeros.
    assert.deepEqual(fs.readSync(bigFd, 4, pos3G - 2, 'hex'), ['00007468', 4]);
    fs.ftruncateSync(bigFd, pos3G + 2);
    assert.strictEqual(fs.fstatSync(bigFd).size, pos3G + 2);
    assert.deepEqual(fs.readSync(bigFd, 10, pos3G, 'utf8'), ['th', 2]);
    fs.closeSync(bigFd);
    fs.unlinkSync(big);
  }));
}));

// Many concurrent appends to one 'a' fd and through appendFile: none is lost or torn.
var log = path.join(dir, 'log');
var appendFd = fs.openSync(log, 'a');
var N = 300;
var pending = 2 * N;
function line(kind, i) {
  return kind + ('000' + i).slice(-4) + ' the quick brown fox jumps over the lazy dog\n';
}
function appended(err) {
  assert.ifError(err);
  if (--pending > 0) return;
  fs.closeSync(appendFd);
  var lines = fs.readFileSync(log, 'utf8').split('\n');
  assert.strictEqual(lines.pop(), '');
  assert.strictEqual(lines.length, 2 * N);
  lines.sort();
  for (var i = 0; i < N; i++) {
    assert.strictEqual(lines[i] + '\n', line('A', i));
    assert.strictEqual(lines[N + i] + '\n', line('W', i));
  }
}
for (i = 0; i < N; i++) {
  var l = new Buffer(line('W', i));
  fs.write(appendFd, l, 0, l.length, null, scratch.mustCall(appended));
  fs.appendFile(log, line('A', i), scratch.mustCall(appended));
}
