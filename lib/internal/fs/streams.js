'use strict';
// fs.ReadStream, fs.WriteStream and fs.SyncWriteStream as Node v0.10 defines them. ReadStream is
// a streams2 Readable that reads with fs.read into a shared pool Buffer and pushes slices of it;
// WriteStream is a Writable that writes each chunk with fs.write. Both open their file with
// fs.open (unless given an fd), emit 'open' with the fd and 'close' once fs.close is done, and
// with autoClose (the default) close the fd at the end or on an error. They call fs.open,
// fs.read, fs.write and fs.close through the module's exports, so patches of those are seen.

var util = require('util');
var Buffer = require('buffer').Buffer;
var Stream = require('stream');
var Readable = Stream.Readable;
var Writable = Stream.Writable;
var fs = require('fs');
var assertEncoding = require('internal/fs/utils').assertEncoding;

var hasOwn = Object.prototype.hasOwnProperty;

function option(options, name, fallback) {
  return hasOwn.call(options, name) ? options[name] : fallback;
}

// ---------------------------------------------------------------------------------------------
// The read pool: one Buffer that successive reads fill front to back; each chunk pushed is a
// slice of it, so a chunk costs no allocation of its own. A new pool starts when too little of
// the current one is left.

var kMinPoolSpace = 128;
var kPoolSize = 64 * 1024;
var pool = null;

function allocNewPool(size) {
  pool = new Buffer(size);
  pool.used = 0;
}

// ---------------------------------------------------------------------------------------------
// ReadStream

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);

  // A bigger buffer and high-water mark than plain streams: files are read in 64 KiB chunks.
  options = util._extend({ highWaterMark: 64 * 1024 }, options || {});
  Readable.call(this, options);

  this.path = path;
  this.fd = option(options, 'fd', null);
  this.flags = option(options, 'flags', 'r');
  this.mode = option(options, 'mode', 438 /* 0666 */);
  this.start = option(options, 'start', undefined);
  this.end = option(options, 'end', undefined);
  this.autoClose = option(options, 'autoClose', true);
  this.pos = undefined;

  if (this.start !== undefined) {
    if (typeof this.start !== 'number') throw new TypeError('start must be a Number');
    if (this.end === undefined) {
      this.end = Infinity;
    } else if (typeof this.end !== 'number') {
      throw new TypeError('end must be a Number');
    }
    if (this.start > this.end) throw new Error('start must be <= end');
    this.pos = this.start;
  }

  if (typeof this.fd !== 'number') this.open();

  this.on('end', function () {
    if (this.autoClose) this.destroy();
  });
}
util.inherits(ReadStream, Readable);

ReadStream.prototype.open = function () {
  var self = this;
  fs.open(this.path, this.flags, this.mode, function (er, fd) {
    if (er) {
      if (self.autoClose) self.destroy();
      self.emit('error', er);
      return;
    }
    self.fd = fd;
    self.emit('open', fd);
    // destroy() before the file was open: nobody will read; give the fd back.
    if (self.destroyed) return self.close();
    // Start the flow of data.
    self.read();
  });
};

ReadStream.prototype._read = function (n) {
  if (typeof this.fd !== 'number') {
    return this.once('open', function () {
      this._read(n);
    });
  }
  if (this.destroyed) return;

  if (!pool || pool.length - pool.used < kMinPoolSpace) {
    allocNewPool(Math.max(kPoolSize, this._readableState.highWaterMark));
  }

  // Reads land in this pool even if another stream starts a new one meanwhile.
  var thisPool = pool;
  var toRead = Math.min(pool.length - pool.used, n);
  var start = pool.used;
  if (this.pos !== undefined) toRead = Math.min(this.end - this.pos + 1, toRead);

  // Nothing left of the range: that is the end.
  if (toRead <= 0) return this.push(null);

  var self = this;
  fs.read(this.fd, pool, pool.used, toRead, this.pos, function (er, bytesRead) {
    if (er) {
      if (self.autoClose) self.destroy();
      self.emit('error', er);
      return;
    }
    self.push(bytesRead > 0 ? thisPool.slice(start, start + bytesRead) : null);
  });

  if (this.pos !== undefined) this.pos += toRead;
  pool.used += toRead;
};

ReadStream.prototype.destroy = function () {
  if (this.destroyed) return;
  this.destroyed = true;
  if (typeof this.fd === 'number') this.close();
};

ReadStream.prototype.close = function (cb) {
  var self = this;
  if (cb) this.once('close', cb);
  if (this.closed || typeof this.fd !== 'number') {
    if (typeof this.fd !== 'number') {
      this.once('open', close);
      return;
    }
    return process.nextTick(this.emit.bind(this, 'close'));
  }
  this.closed = true;
  close();

  function close(fd) {
    fs.close(fd || self.fd, function (er) {
      if (er) self.emit('error', er);
      else self.emit('close');
    });
    self.fd = null;
  }
};

// ---------------------------------------------------------------------------------------------
// WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);

  options = options || {};
  Writable.call(this, options);

  this.path = path;
  this.fd = option(options, 'fd', null);
  this.flags = option(options, 'flags', 'w');
  this.mode = option(options, 'mode', 438 /* 0666 */);
  this.start = option(options, 'start', undefined);
  this.pos = undefined;
  this.bytesWritten = 0;

  if (this.start !== undefined) {
    if (typeof this.start !== 'number') throw new TypeError('start must be a Number');
    if (this.start < 0) throw new Error('start must be >= zero');
    this.pos = this.start;
  }

  if (typeof this.fd !== 'number') this.open();

  // The file is closed once everything is written.
  this.once('finish', this.close);
}
util.inherits(WriteStream, Writable);

WriteStream.prototype.open = function () {
  var self = this;
  fs.open(this.path, this.flags, this.mode, function (er, fd) {
    if (er) {
      self.destroy();
      self.emit('error', er);
      return;
    }
    self.fd = fd;
    self.emit('open', fd);
    if (self.destroyed) self.close();
  });
};

WriteStream.prototype._write = function (data, encoding, cb) {
  if (!Buffer.isBuffer(data)) return this.emit('error', new Error('Invalid data'));

  if (typeof this.fd !== 'number') {
    return this.once('open', function () {
      this._write(data, encoding, cb);
    });
  }

  var self = this;
  fs.write(this.fd, data, 0, data.length, this.pos, function (er, bytes) {
    if (er) {
      self.destroy();
      return cb(er);
    }
    self.bytesWritten += bytes;
    cb();
  });

  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype.destroy = ReadStream.prototype.destroy;
WriteStream.prototype.close = ReadStream.prototype.close;
// There is no way to end a WriteStream sooner than by ending it.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

// ---------------------------------------------------------------------------------------------
// SyncWriteStream: an old-style writable stream over an fd, writing synchronously (what
// process.stdout is when it is a file).

function SyncWriteStream(fd, options) {
  Stream.call(this);
  options = options || {};
  this.fd = fd;
  this.writable = true;
  this.readable = false;
  this.autoClose = option(options, 'autoClose', true);
}
util.inherits(SyncWriteStream, Stream);

SyncWriteStream.prototype.write = function (data, arg1, arg2) {
  var encoding;
  var cb;
  if (arg1) {
    if (typeof arg1 === 'string') {
      encoding = arg1;
      cb = arg2;
    } else if (typeof arg1 === 'function') {
      cb = arg1;
    } else {
      throw new Error('bad arg');
    }
  }
  assertEncoding(encoding);
  if (typeof data === 'string') data = new Buffer(data, encoding);
  fs.writeSync(this.fd, data, 0, data.length);
  if (cb) process.nextTick(cb);
  return true;
};

SyncWriteStream.prototype.end = function (data, arg1, arg2) {
  if (data) this.write(data, arg1, arg2);
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
