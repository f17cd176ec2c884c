'use strict';
// process.stdin, process.stdout and process.stderr as streams.
//
// stdout/stderr are Writable streams that write synchronously — Node does so for TTYs, files and
// (on Unix) pipes — so output keeps its order with console.log and with an uncaught-error report,
// and nothing is lost at exit. A failed write (EPIPE: the reader went away) is an 'error' event.
// They cannot be closed: end() and destroy() fail as in Node v0.10.
//
// stdin is a Readable over the 'stdio' binding's reader of fd 0 (pipe, file or terminal). Like
// any streams2 Readable it starts paused: nothing is read (and the process is not kept alive)
// until the program reads, listens for 'data', resumes or pipes it.

var Readable = require('_stream_readable');
var Writable = require('_stream_writable');
var hostMemory = require('internal/host_memory');

var stdio = process.binding('stdio');
var guessHandleType = process.binding('tty_wrap').guessHandleType;

function inherits(ctor, parent) {
  ctor.prototype = Object.create(parent.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

function describeType(stream, fd) {
  stream.fd = fd;
  stream._type = guessHandleType(fd);
  stream.isTTY = stream._type === 'TTY';
  if (stream.isTTY) {
    stream.columns = 80;
    stream.rows = 24;
  }
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

function StdinStream() {
  Readable.call(this, { highWaterMark: 64 * 1024 });
  describeType(this, 0);
  this.writable = false;
  this._handle = stdio.newStdin();
  var self = this;
  this._handle.onread = function (err, memory, length) {
    if (err === 'EOF') return self.push(null);
    if (err) {
      var e = new Error('read ' + err);
      e.errno = e.code = err;
      e.syscall = 'read';
      return self.emit('error', e);
    }
    // Reading stops when the buffered data reaches the high-water mark; _read restarts it.
    if (!self.push(hostMemory.wrap(memory, 0, length))) self._handle.readStop();
  };
  // v0.10: pausing stdin stops the reader, so a paused stdin lets the process exit. Listening
  // for 'pause' (not just overriding pause()) also covers the old-mode pause() that a 'data'
  // listener installs on the instance.
  // While paused, the Readable's read-ahead (which v0.10 runs even then) must not restart it.
  this._stdinPaused = false;
  this.on('pause', function () {
    self._stdinPaused = true;
    self._readableState.reading = false;
    self._handle.readStop();
  });
  this.on('resume', function () {
    self._stdinPaused = false;
    if (!self._readableState.ended) self._handle.readStart();
  });
}
inherits(StdinStream, Readable);

StdinStream.prototype._read = function () {
  if (!this._stdinPaused) this._handle.readStart();
};

StdinStream.prototype.destroy = function () {
  this._handle.close();
  this.readable = false;
};

// ---------------------------------------------------------------------------------------------

exports.StdoutStream = StdoutStream;
exports.StdinStream = StdinStream;

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
  lazy('stdout', function () { return new StdoutStream(1); });
  lazy('stderr', function () { return new StdoutStream(2); });
  lazy('stdin', function () { return new StdinStream(); });

  // Deprecated in v0.10 but still there: stdin, resumed.
  process.openStdin = function () {
    process.stdin.resume();
    return process.stdin;
  };
};
