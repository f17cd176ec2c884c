'use strict';
// The file streams of Node v0.10's fs: ReadStream (a streams2 Readable over fs.read),
// WriteStream (a Writable over fs.write) and SyncWriteStream (an old-style stream that writes
// with fs.writeSync; what process.stdout is when it is a file).
//
// A file stream owns one fd: it opens its path with fs.open unless it was handed an fd, emits
// 'open' with it, and gives it back once with fs.close, then emits 'close'. Work asked for before
// the file is open waits for 'open'. Every fs call goes through the module's exports, so programs
// that patch fs.open, fs.read... see the streams' calls too.

var util = require('util');
var Buffer = require('buffer').Buffer;
var Stream = require('stream');
var fs = require('fs');
var assertEncoding = require('internal/fs/utils').assertEncoding;

var hasOwn = Object.prototype.hasOwnProperty;

// Files are read in bigger pieces than the streams' default of 16 KiB.
var kReadChunk = 64 * 1024;

function option(options, name, fallback) {
  return hasOwn.call(options, name) ? options[name] : fallback;
}

function isFd(fd) {
  return typeof fd === 'number';
}

// ---------------------------------------------------------------------------------------------
// What both stream kinds share: opening, destroying and closing their file.

// Opens stream.path, then runs `opened` (if any); on failure the stream reports the error,
// after tearing itself down when `tearDownOnError`.
function openFile(stream, tearDownOnError, opened) {
  fs.open(stream.path, stream.flags, stream.mode, function (er, fd) {
    if (er) {
      if (tearDownOnError) stream.destroy();
      stream.emit('error', er);
      return;
    }
    stream.fd = fd;
    stream.emit('open', fd);
    // Destroyed while the open was under way: the fd goes straight back.
    if (stream.destroyed) stream.close();
    else if (opened) opened.call(stream);
  });
}

// Runs fn (a method of the stream) once the file is open; true if it had to wait.
function waitForOpen(stream, fn, args) {
  if (isFd(stream.fd)) return false;
  stream.once('open', function () {
    fn.apply(stream, args);
  });
  return true;
}

// No more I/O; the fd, if the stream has one yet, is given back.
function destroyStream() {
  if (this.destroyed) return;
  this.destroyed = true;
  if (isFd(this.fd)) this.close();
}

// Gives the fd back (once) and emits 'close', or 'error' if close(2) fails. A stream that is
// not open yet closes as soon as it is.
function closeStream(cb) {
  if (cb) this.once('close', cb);
  if (this.closed) return;
  if (waitForOpen(this, closeStream, [])) return;
  this.closed = true;
  var stream = this;
  // (stream.fd is still the fd while fs.close runs, as programs that wrap fs.close expect.)
  fs.close(this.fd, function (er) {
    if (er) stream.emit('error', er);
    else stream.emit('close');
  });
  this.fd = null;
}

// ---------------------------------------------------------------------------------------------
// ReadStream: options fd, flags ('r'), mode (0666), start and end (an inclusive byte range read
// with positioned reads), encoding, autoClose (true: close the fd at the end or on an error).

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = util._extend({ highWaterMark: kReadChunk }, options || {});
  Stream.Readable.call(this, options);

  this.path = path;
  this.fd = option(options, 'fd', null);
  this.flags = option(options, 'flags', 'r');
  this.mode = option(options, 'mode', 438 /* 0666 */);
  this.start = option(options, 'start', undefined);
  this.end = option(options, 'end', undefined);
  this.autoClose = option(options, 'autoClose', true);
  // The position of the next read; undefined reads on from the fd's own position.
  this.pos = undefined;

  if (this.start !== undefined) {
    if (typeof this.start !== 'number') throw new TypeError('start must be a Number');
    if (this.end === undefined) this.end = Infinity;
    else if (typeof this.end !== 'number') throw new TypeError('end must be a Number');
    if (this.start > this.end) throw new Error('start must be <= end');
    this.pos = this.start;
  }

  if (!isFd(this.fd)) this.open();
  this.on('end', function () {
    if (this.autoClose) this.destroy();
  });
}
util.inherits(ReadStream, Stream.Readable);

// Once open, the stream fills its buffer without waiting to be asked.
ReadStream.prototype.open = function () {
  openFile(this, this.autoClose, function () {
    this.read(0);
  });
};

ReadStream.prototype._read = function (size) {
  if (waitForOpen(this, this._read, [size])) return;
  if (this.destroyed) return;

  var want = size;
  if (this.pos !== undefined) want = Math.min(want, this.end - this.pos + 1);
  // The whole range has been asked for: that is the end.
  if (want <= 0) return this.push(null);

  var chunk = new Buffer(want);
  var stream = this;
  fs.read(this.fd, chunk, 0, want, this.pos, function (er, bytesRead) {
    if (er) {
      if (stream.autoClose) stream.destroy();
      stream.emit('error', er);
      return;
    }
    if (bytesRead === 0) stream.push(null);
    else stream.push(bytesRead === want ? chunk : chunk.slice(0, bytesRead));
  });
  // The next read, if it comes before this one is done, starts after this one's range.
  if (this.pos !== undefined) this.pos += want;
};

ReadStream.prototype.destroy = destroyStream;
ReadStream.prototype.close = closeStream;

// ---------------------------------------------------------------------------------------------
// WriteStream: options fd, flags ('w'), mode (0666), start (write at this offset onwards),
// encoding; bytesWritten counts what reached the file. The fd is closed once the stream
// finishes.

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = options || {};
  Stream.Writable.call(this, options);

  this.path = path;
  this.fd = option(options, 'fd', null);
  this.flags = option(options, 'flags', 'w');
  this.mode = option(options, 'mode', 438 /* 0666 */);
  this.start = option(options, 'start', undefined);
  this.pos = undefined;
  // A double from the start (a fraction first), as net.js does for its byte counters: files pass
  // 2^31 bytes, and an integer property turning double later discards compiled code.
  this.bytesWritten = 0.5;
  this.bytesWritten = 0;

  if (this.start !== undefined) {
    if (typeof this.start !== 'number') throw new TypeError('start must be a Number');
    if (this.start < 0) throw new Error('start must be >= zero');
    this.pos = this.start;
  }

  if (!isFd(this.fd)) this.open();
  this.once('finish', this.close);
}
util.inherits(WriteStream, Stream.Writable);

WriteStream.prototype.open = function () {
  openFile(this, true);
};

WriteStream.prototype._write = function (data, encoding, cb) {
  if (!Buffer.isBuffer(data)) return this.emit('error', new Error('Invalid data'));
  if (waitForOpen(this, this._write, [data, encoding, cb])) return;

  var stream = this;
  var position = this.pos;
  if (this.pos !== undefined) this.pos += data.length;
  // A short write (a full disk, a signal) is followed by one for the rest.
  (function writeFrom(offset) {
    var at = position === undefined ? null : position + offset;
    fs.write(stream.fd, data, offset, data.length - offset, at, function (er, written) {
      if (er) {
        stream.destroy();
        return cb(er);
      }
      stream.bytesWritten += written;
      if (written > 0 && offset + written < data.length) return writeFrom(offset + written);
      cb();
    });
  })(0);
};

WriteStream.prototype.destroy = destroyStream;
WriteStream.prototype.close = closeStream;
// A WriteStream ends no sooner than when everything written so far is in the file.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

// ---------------------------------------------------------------------------------------------
// SyncWriteStream(fd, { autoClose }): writes go to the fd at once, with fs.writeSync.

function SyncWriteStream(fd, options) {
  Stream.call(this);
  this.fd = fd;
  this.writable = true;
  this.readable = false;
  this.autoClose = option(options || {}, 'autoClose', true);
}
util.inherits(SyncWriteStream, Stream);

// write(data, [encoding], [callback]); the callback runs on the next tick.
SyncWriteStream.prototype.write = function (data, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  } else if (encoding && typeof encoding !== 'string') {
    throw new Error('bad arg');
  } else if (!encoding) {
    cb = undefined;
  }
  assertEncoding(encoding);
  var bytes = typeof data === 'string' ? new Buffer(data, encoding) : data;
  fs.writeSync(this.fd, bytes, 0, bytes.length);
  if (cb) process.nextTick(cb);
  return true;
};

SyncWriteStream.prototype.end = function (data, encoding, cb) {
  if (data) this.write(data, encoding, cb);
  this.destroy();
};

SyncWriteStream.prototype.destroy = function () {
  if (this.autoClose) fs.closeSync(this.fd);
  this.fd = null;
  this.emit('close');
  return true;
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = {
  ReadStream: ReadStream,
  WriteStream: WriteStream,
  SyncWriteStream: SyncWriteStream
};
