'use strict';
// process.stdin, process.stdout and process.stderr as streams.
//
// When the descriptor is a terminal they are what Node v0.10 makes them: a tty.WriteStream for
// stdout/stderr and a tty.ReadStream for stdin (lib/tty.js, loaded only then). Otherwise:
//
// stdout/stderr are Writable streams that write synchronously — Node does so for TTYs, files and
// (on Unix) pipes — so output keeps its order with console.log and with an uncaught-error report,
// and nothing is lost at exit. A failed write (EPIPE: the reader went away) is an 'error' event.
// They cannot be closed: end() and destroy() fail as in Node v0.10. (Terminal streams write
// synchronously too: the TTY handle's writes are.)
//
// stdin is a Readable over the 'stdio' binding's reader of fd 0 (pipe or file), in
// lib/internal/stdin.js, loaded only when a program touches process.stdin. Like any streams2
// Readable it starts paused. A terminal stdin behaves the same.

var Writable = require('_stream_writable');
var hostMemory = require('internal/host_memory');

var stdio = process.binding('stdio');
// (straight from Java: the binding's JavaScript front, with the TTY class, is needed only for a
// terminal, and lib/tty.js loads it then)
var guessHandleType = require('internal/native_binding')('tty_wrap').guessHandleType;

function inherits(ctor, parent) {
  ctor.prototype = Object.create(parent.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

// Node v0.10's names for what a stdio descriptor is; isTTY is left undefined unless it is one.
var STREAM_TYPES = { TTY: 'tty', FILE: 'fs', PIPE: 'pipe', TCP: 'pipe', UNIX: 'pipe' };

exports.describeType = describeType;
function describeType(stream, fd) {
  stream.fd = fd;
  var type = guessHandleType(fd);
  stream._type = STREAM_TYPES[type] || type;
}

// ---------------------------------------------------------------------------------------------

function StdoutStream(fd) {
  Writable.call(this, { decodeStrings: false });
  describeType(this, fd);
  this.readable = false;
}
inherits(StdoutStream, Writable);

StdoutStream.prototype._write = function (chunk, encoding, callback) {
  try {
    if (typeof chunk === 'string' && (encoding === 'utf8' || encoding === 'utf-8' || !encoding)) {
      stdio.writeString(this.fd, chunk);
    } else {
      var buf = typeof chunk === 'string' ? new Buffer(chunk, encoding) : hostMemory.hostBacked(chunk);
      stdio.writeBuffer(this.fd, hostMemory.memoryOf(buf), buf.byteOffset, buf.length);
    }
  } catch (er) {
    return callback(er);
  }
  callback();
};

// Writes happen at once, so the Writable machinery (a nextTick per write for the callback, write
// queues) is skipped: write() writes and returns true, like Node v0.10's SyncWriteStream. The
// callback, if any, and an 'error' event come on the next tick.
StdoutStream.prototype.write = function (chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  var self = this;
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) {
    var invalid = new TypeError('Invalid non-string/buffer chunk');
    process.nextTick(function () {
      self.emit('error', invalid);
      if (callback) callback(invalid);
    });
    return false;
  }
  this._write(chunk, encoding || 'utf8', function (er) {
    if (er) {
      process.nextTick(function () {
        self.emit('error', er);
        if (callback) callback(er);
      });
    } else if (callback) {
      process.nextTick(callback);
    }
  });
  return true;
};

function cannotClose(stream) {
  return new Error((stream.fd === 1 ? 'process.stdout' : 'process.stderr') + ' cannot be closed.');
}

// As in Node v0.10, end(data) still writes its data; only the closing fails.
StdoutStream.prototype.end = function (chunk, encoding) {
  if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
    this.write(chunk, typeof encoding === 'string' ? encoding : undefined);
  }
  throw cannotClose(this);
};

StdoutStream.prototype.destroy = StdoutStream.prototype.destroySoon = function (er) {
  this.emit('error', er || cannotClose(this));
};

// ---------------------------------------------------------------------------------------------


// ---------------------------------------------------------------------------------------------

exports.StdoutStream = StdoutStream;

// process.stdout/stderr over a terminal: a tty.WriteStream that, like the other stdio streams,
// neither keeps the process alive nor can be closed.
function createTtyWritable(fd) {
  var tty = require('tty');
  var stream = new tty.WriteStream(fd);
  stream._type = 'tty';
  stream.fd = fd;
  stream._isStdio = true;
  if (stream._handle && stream._handle.unref) stream._handle.unref();
  stream.destroy = stream.destroySoon = function (er) {
    stream.emit('error', er || cannotClose(stream));
  };
  // The window size follows the terminal (the watcher does not keep the process alive either).
  if (fd === 1) {
    process.on('SIGWINCH', function () {
      stream._refreshSize();
    });
  }
  return stream;
}

function createWritable(fd) {
  return guessHandleType(fd) === 'TTY' ? createTtyWritable(fd) : new StdoutStream(fd);
}

// process.stdin over a terminal: a tty.ReadStream that starts out not reading (a net.Socket
// starts reading at once) and stops reading whenever it is paused, so a paused stdin lets the
// process exit and leaves typed input to whoever reads the terminal next.
function createTtyReadable() {
  var tty = require('tty');
  var stream = new tty.ReadStream(0, { highWaterMark: 0, readable: true, writable: false });
  stream.fd = 0;
  function stopReading() {
    if (!stream._handle) return;
    stream._readableState.reading = false;
    stream._handle.reading = false;
    stream._handle.readStop();
  }
  stopReading();
  stream.on('pause', stopReading);
  return stream;
}

function createReadable() {
  return guessHandleType(0) === 'TTY' ? createTtyReadable() : new (require('internal/stdin').StdinStream)();
}

exports.install = function (process) {
  var streams = {};
  function lazy(name, create) {
    Object.defineProperty(process, name, {
      enumerable: true,
      configurable: true,
      get: function () {
        return streams[name] || (streams[name] = create());
      }
    });
  }
  lazy('stdout', function () { return createWritable(1); });
  lazy('stderr', function () { return createWritable(2); });
  lazy('stdin', createReadable);

  // Deprecated in v0.10 but still there: stdin, resumed.
  process.openStdin = function () {
    process.stdin.resume();
    return process.stdin;
  };
};
