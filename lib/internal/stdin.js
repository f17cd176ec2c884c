'use strict';
// process.stdin when fd 0 is a pipe or a file: a Readable over the 'stdio' binding's reader.
// Like any streams2 Readable it starts paused: nothing is read (and the process is not kept
// alive) until the program reads, listens for 'data', resumes or pipes it. Its own module so the
// Readable machinery loads only for programs that touch stdin (lib/internal/stdio.js).

var Readable = require('_stream_readable');
var hostMemory = require('internal/host_memory');
var describeType = require('internal/stdio').describeType;

var stdio = process.binding('stdio');

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
require('util').inherits(StdinStream, Readable);

StdinStream.prototype._read = function () {
  if (!this._stdinPaused) this._handle.readStart();
};

StdinStream.prototype.destroy = function () {
  this._handle.close();
  this.readable = false;
};

exports.StdinStream = StdinStream;
