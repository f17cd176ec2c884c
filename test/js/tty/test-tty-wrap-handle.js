'use strict';
// process.binding('tty_wrap').TTY as a handle over descriptors that are not terminals: write
// requests (bytes, asynchronous oncomplete(status, handle, req), empty write queue), reads with
// onread(buffer, offset, length) then EOF, errors in process._errno, close, and writes to stderr
// that keep their order with console.error and process.stderr (checked below by the runner).
// expect-stderr-match: ^one\ntwo\nthree\nfour\nfive\n$
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var binding = process.binding('tty_wrap');
var TTY = binding.TTY;

assert.strictEqual(typeof binding.isTTY, 'function');
assert.strictEqual(typeof binding.guessHandleType, 'function');
assert.strictEqual(binding.isTTY(1), false);
assert.strictEqual(binding.guessHandleType(1), 'PIPE');
assert.throws(function () { TTY(1, false); }, TypeError);

var tmp = process.env.JNODE_TEST_TMPDIR || require('os').tmpdir();
var file = path.join(tmp, 'tty-wrap-' + process.pid + '.txt');
var steps = [];

// --- writing ------------------------------------------------------------------------------------
var fd = fs.openSync(file, 'w');
var handle = new TTY(fd, false);
assert.strictEqual(handle.fd, fd);
assert.strictEqual(handle.writeQueueSize, 0);
handle.someProperty = 'handles are plain objects';

var completed = [];
function oncomplete(status, h, req) {
  assert.strictEqual(status, 0);
  assert.strictEqual(h, handle);
  assert.strictEqual(req, this);
  assert.strictEqual(h.writeQueueSize, 0);
  completed.push(req.name);
}
var r1 = handle.writeUtf8String('h\u00e9llo ');
assert.strictEqual(typeof r1, 'object');
assert.strictEqual(r1.bytes, 7);
r1.oncomplete = oncomplete;
r1.name = 'utf8';
var r2 = handle.writeAsciiString('ascii ');
r2.oncomplete = oncomplete;
r2.name = 'ascii';
var r3 = handle.writeUcs2String('u');
assert.strictEqual(r3.bytes, 2);
r3.oncomplete = oncomplete;
r3.name = 'ucs2';
var r4 = handle.writeBuffer(new Buffer(' buf'));
assert.strictEqual(r4.bytes, 4);
r4.oncomplete = oncomplete;
r4.name = 'buffer';
assert.throws(function () { handle.writeBuffer('not a buffer'); }, TypeError);

// Nothing completes inside the call, but the bytes are written already.
assert.deepEqual(completed, []);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'h\u00e9llo ascii u\u0000 buf');

// No terminal: no window size, no raw mode.
process._errno = null;
assert.strictEqual(handle.getWindowSize(), undefined);
assert.strictEqual(process._errno, 'ENOTTY');
var size = [];
assert.strictEqual(handle.getWindowSize(size), -1);
assert.strictEqual(handle.setRawMode(true), -1);
assert.strictEqual(process._errno, 'ENOTTY');
assert.strictEqual(handle.setRawMode(false), 0);   // already in normal mode: nothing to do

process.nextTick(function () {
  // Still not: completion comes from the loop, after this tick.
  steps.push('tick, ' + completed.length + ' completed');
});
setImmediate(function () {
  assert.deepEqual(completed, ['utf8', 'ascii', 'ucs2', 'buffer']);
  var closed = false;
  handle.close(function () {
    closed = true;
    assert.strictEqual(this, handle);
    // The handle owned the descriptor (not stdio): it is closed now.
    assert.throws(function () { fs.fstatSync(fd); }, /EBADF/);
    assert.strictEqual(handle.writeUtf8String('late'), null);
    assert.strictEqual(process._errno, 'EBADF');
    reading();
  });
  assert.strictEqual(closed, false);
});

// --- reading --------------------------------------------------------------------------------------
function reading() {
  var rfd = fs.openSync(file, 'r');
  var reader = new TTY(rfd, true);
  var got = [];
  reader.onread = function (buffer, offset, length) {
    assert.strictEqual(this, reader);
    if (buffer) {
      assert.ok(Buffer.isBuffer(buffer));
      got.push(buffer.slice(offset, offset + length).toString('utf8'));
      return;
    }
    assert.strictEqual(process._errno, 'EOF');
    assert.strictEqual(got.join(''), 'h\u00e9llo ascii u\u0000 buf');
    reader.close();
    steps.push('read to EOF');
    stderrOrder();
  };
  assert.strictEqual(reader.readStart(), 0);
}

// --- stderr through a TTY handle, in order with console.error and process.stderr ------------------
function stderrOrder() {
  var err = new TTY(2, false);
  console.error('one');
  var req = err.writeUtf8String('two\n');
  req.oncomplete = function (status) {
    assert.strictEqual(status, 0);
    steps.push('stderr write completed');
    // Closing a handle on stdio leaves the descriptor open.
    err.close();
    process.stderr.write('five\n');
  };
  process.stderr.write('three\n');
  err.writeBuffer(new Buffer('four\n'));
}

process.on('exit', function () {
  assert.deepEqual(steps, ['tick, 0 completed', 'read to EOF', 'stderr write completed']);
  fs.unlinkSync(file);
});
