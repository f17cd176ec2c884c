'use strict';
// The tty module away from a terminal (the runner gives us pipes): isatty, the deprecated
// setRawMode, the stream classes' shape (net.Socket subclasses usable with util.inherits), and
// ReadStream/WriteStream over descriptors that are not terminals (a file).
// expect-stderr-match: tty\.setRawMode: Use `process\.stdin\.setRawMode\(\)` instead\.
var assert = require('assert');
var fs = require('fs');
var net = require('net');
var path = require('path');
var util = require('util');
var tty = require('tty');

assert.strictEqual(require('tty'), tty);
assert.deepEqual(Object.keys(tty).sort(), ['ReadStream', 'WriteStream', 'isatty', 'setRawMode']);

// --- isatty -----------------------------------------------------------------------------------
[0, 1, 2].forEach(function (fd) {
  assert.strictEqual(tty.isatty(fd), false, 'fd ' + fd + ' is a pipe here');
});
assert.strictEqual(tty.isatty(-1), false);
assert.strictEqual(tty.isatty(4096), false);
assert.strictEqual(tty.isatty('not a number'), false);
var tmp = process.env.JNODE_TEST_TMPDIR || require('os').tmpdir();
var file = path.join(tmp, 'tty-module-' + process.pid + '.txt');
fs.writeFileSync(file, 'hello\n');
var fileFd = fs.openSync(file, 'r');
assert.strictEqual(tty.isatty(fileFd), false);
fs.closeSync(fileFd);

// --- stdio when nothing is a terminal ---------------------------------------------------------
assert.ok(!(process.stdout instanceof tty.WriteStream));
assert.ok(!(process.stdin instanceof tty.ReadStream));
assert.strictEqual(process.stdout.isTTY, undefined);
assert.strictEqual(process.stderr.isTTY, undefined);
assert.strictEqual(process.stdin.isTTY, undefined);
assert.strictEqual(process.stdout._type, 'pipe');

// --- the deprecated tty.setRawMode ---------------------------------------------------------------
assert.throws(function () {
  tty.setRawMode(true);
}, function (e) {
  return e instanceof Error && e.message === 'can\'t set raw mode on non-tty';
});
// (the deprecation warning is printed once, checked by the expectation above)
assert.throws(function () {
  tty.setRawMode(false);
}, /can't set raw mode on non-tty/);

// --- the classes ------------------------------------------------------------------------------
assert.strictEqual(typeof tty.ReadStream, 'function');
assert.strictEqual(typeof tty.WriteStream, 'function');
assert.strictEqual(Object.getPrototypeOf(tty.ReadStream.prototype), net.Socket.prototype);
assert.strictEqual(Object.getPrototypeOf(tty.WriteStream.prototype), net.Socket.prototype);
assert.strictEqual(tty.WriteStream.prototype.isTTY, true);
['setRawMode'].forEach(function (m) {
  assert.strictEqual(typeof tty.ReadStream.prototype[m], 'function', m);
});
['_refreshSize', 'cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'getWindowSize'].forEach(function (m) {
  assert.strictEqual(typeof tty.WriteStream.prototype[m], 'function', m);
});

// --- WriteStream over a file: no window size, writes land, cursor helpers write ANSI codes -------
var outFile = path.join(tmp, 'tty-module-out-' + process.pid + '.txt');
var outFd = fs.openSync(outFile, 'w');

function MyWriteStream(fd) {
  tty.WriteStream.call(this, fd);
  this.mine = true;
}
util.inherits(MyWriteStream, tty.WriteStream);
var ws = new MyWriteStream(outFd);
assert.ok(ws instanceof tty.WriteStream);
assert.ok(ws instanceof net.Socket);
assert.strictEqual(ws.mine, true);
assert.strictEqual(ws.isTTY, true);
assert.strictEqual(ws.columns, undefined);
assert.strictEqual(ws.rows, undefined);
assert.deepEqual(ws.getWindowSize(), [undefined, undefined]);
assert.strictEqual(ws.readable, false);
assert.strictEqual(ws.writable, true);

var sizeError = null;
ws.on('error', function (e) {
  sizeError = e;
});
ws._refreshSize();
assert.ok(sizeError instanceof Error);
assert.strictEqual(sizeError.code, 'ENOTTY');
assert.strictEqual(sizeError.errno, 'ENOTTY');
assert.strictEqual(sizeError.syscall, 'getWindowSize');
assert.strictEqual(sizeError.message, 'getWindowSize ENOTTY');

// Calling the constructor without `new` works too (it is what Node's own code does).
assert.ok(tty.WriteStream(1) instanceof tty.WriteStream);

var writeCallbacks = 0;
assert.strictEqual(ws.write('text ', function () { writeCallbacks++; }), true);
ws.write(new Buffer('buffer '));
ws.write('c3a9', 'hex');
ws.cursorTo(4);
ws.cursorTo(4, 2);
ws.cursorTo();
assert.throws(function () { ws.cursorTo(undefined, 3); }, Error);
ws.moveCursor(-2, 3);
ws.moveCursor(5, -1);
ws.moveCursor(0, 0);
ws.clearLine(-1);
ws.clearLine(1);
ws.clearLine(0);
ws.clearScreenDown();
var expected = 'text buffer \u00e9' +
  '\x1b[5G' + '\x1b[3;5H' +
  '\x1b[2D\x1b[3B' + '\x1b[5C\x1b[1A' +
  '\x1b[1K\x1b[0K\x1b[2K' + '\x1b[0J';
// The writes are synchronous: the bytes are in the file already.
assert.strictEqual(fs.readFileSync(outFile, 'utf8'), expected);
assert.strictEqual(ws.bytesWritten, Buffer.byteLength(expected));

ws.on('close', function () {
  // The stream owned the descriptor and closed it.
  assert.throws(function () { fs.fstatSync(outFd); }, /EBADF/);
  readSide();
});
ws.destroy();

// --- ReadStream over a file: reads it to the end; raw mode needs a terminal ------------------------
function readSide() {
  assert.strictEqual(writeCallbacks, 1);
  var inFd = fs.openSync(file, 'r');
  var rs = new tty.ReadStream(inFd);
  assert.ok(rs instanceof net.Socket);
  assert.strictEqual(rs.isTTY, true);
  assert.strictEqual(rs.isRaw, false);
  assert.strictEqual(rs.readable, true);
  assert.strictEqual(rs.writable, false);
  assert.strictEqual(rs._readableState.highWaterMark, 0);
  rs.setRawMode(true);               // fails underneath (not a terminal), as Node ignores
  assert.strictEqual(rs.isRaw, true);
  assert.strictEqual(rs._handle.setRawMode(true), -1);
  assert.strictEqual(process._errno, 'ENOTTY');
  rs.setRawMode(0);
  assert.strictEqual(rs.isRaw, false);
  var got = '';
  rs.setEncoding('utf8');
  rs.on('data', function (s) {
    got += s;
  });
  rs.on('end', function () {
    assert.strictEqual(got, 'hello\n');
    done = true;
  });
}

var done = false;
process.on('exit', function () {
  assert.ok(done, 'ReadStream reached the end of the file');
  fs.unlinkSync(file);
  fs.unlinkSync(outFile);
});
