'use strict';
// The `tty` core module (Node v0.10): isatty(fd), and ReadStream/WriteStream, the net.Socket
// subclasses over a terminal that process.stdin and process.stdout/stderr are when those
// descriptors are terminals. A ReadStream can switch the terminal to raw mode (keys arrive one by
// one, unechoed, Ctrl-C included); a WriteStream knows the window's columns and rows and emits
// 'resize' from _refreshSize() when they change (process.stdout does so on SIGWINCH). The handle
// underneath is process.binding('tty_wrap').TTY; its writes are synchronous, like Node's to a TTY.

var net = require('net');
var util = require('util');
var ttyWrap = process.binding('tty_wrap');
var TTY = ttyWrap.TTY;

exports.isatty = function (fd) {
  return ttyWrap.isTTY(fd);
};

exports.setRawMode = util.deprecate(function (flag) {
  if (!process.stdin.isTTY) throw new Error('can\'t set raw mode on non-tty');
  process.stdin.setRawMode(flag);
}, 'tty.setRawMode: Use `process.stdin.setRawMode()` instead.');

function errnoException(errorno, syscall) {
  var e = new Error(syscall + ' ' + errorno);
  e.errno = e.code = errorno;
  e.syscall = syscall;
  return e;
}

// ---------------------------------------------------------------------------------------------

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  // A terminal is read only when asked (highWaterMark 0): nothing waits in memory that a child
  // process sharing the terminal, or a later raw-mode reader, should have had.
  options = util._extend({
    highWaterMark: 0,
    readable: true,
    writable: false,
    handle: new TTY(fd, true)
  }, options);
  net.Socket.call(this, options);
  this.isRaw = false;
  this.isTTY = true;
}
util.inherits(ReadStream, net.Socket);
exports.ReadStream = ReadStream;

ReadStream.prototype.setRawMode = function (flag) {
  flag = !!flag;
  this._handle.setRawMode(flag);
  this.isRaw = flag;
};

// ---------------------------------------------------------------------------------------------

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  net.Socket.call(this, {
    handle: new TTY(fd, false),
    readable: false,
    writable: true
  });
  var size = this._handle.getWindowSize();
  if (size) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
util.inherits(WriteStream, net.Socket);
exports.WriteStream = WriteStream;

WriteStream.prototype.isTTY = true;

// Reads the window size again; 'resize' when it differs from columns/rows.
WriteStream.prototype._refreshSize = function () {
  var oldCols = this.columns;
  var oldRows = this.rows;
  var size = this._handle.getWindowSize();
  if (!size) {
    this.emit('error', errnoException(process._errno, 'getWindowSize'));
    return;
  }
  if (oldCols !== size[0] || oldRows !== size[1]) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

// Cursor helpers kept for older programs (readline's cursorTo & co. on this stream): ANSI/VT100
// control sequences.
WriteStream.prototype.cursorTo = function (x, y) {
  if (typeof x !== 'number' && typeof y !== 'number') return;
  if (typeof x !== 'number') throw new Error('Can\'t set cursor row without also setting it\'s column');
  if (typeof y !== 'number') this.write('\x1b[' + (x + 1) + 'G');
  else this.write('\x1b[' + (y + 1) + ';' + (x + 1) + 'H');
};

WriteStream.prototype.moveCursor = function (dx, dy) {
  if (dx < 0) this.write('\x1b[' + (-dx) + 'D');
  else if (dx > 0) this.write('\x1b[' + dx + 'C');
  if (dy < 0) this.write('\x1b[' + (-dy) + 'A');
  else if (dy > 0) this.write('\x1b[' + dy + 'B');
};

WriteStream.prototype.clearLine = function (dir) {
  if (dir < 0) this.write('\x1b[1K');        // to the left of the cursor
  else if (dir > 0) this.write('\x1b[0K');   // to the right
  else this.write('\x1b[2K');                // the whole line
};

WriteStream.prototype.clearScreenDown = function () {
  this.write('\x1b[0J');
};

WriteStream.prototype.getWindowSize = function () {
  return [this.columns, this.rows];
};
