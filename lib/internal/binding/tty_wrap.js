'use strict';
// process.binding('tty_wrap'): isTTY(fd), guessHandleType(fd) and the TTY handle class as Node
// v0.10's lib/tty.js (and code written against Node's internals) uses them. A TTY is a stream
// handle over a descriptor, usually a terminal: `new TTY(fd, readable)`; readStart/readStop with
// `onread(buffer, offset, length)` (or `onread()` with process._errno 'EOF' or the error);
// writeBuffer/writeUtf8String/writeAsciiString/writeUcs2String return a request whose
// `oncomplete(status, handle, req)` runs on a later loop turn; getWindowSize() is [columns, rows];
// setRawMode(flag); close/ref/unref. Failures return -1 (or null for requests, undefined for
// getWindowSize) with the error code in process._errno, as libuv's wrappers do.
//
// The handle is a plain object over the Java handle (jnode.binding.tty.TtyWrap), because callers
// hang their own properties on handles and requests (owner, onread, reading, req.cb). Writes are
// synchronous underneath, so the write queue is always empty.

var native = require('internal/native_binding')('tty_wrap');
var hostMemory = require('internal/host_memory');

// Reports from the Java handles, each called with the front as `this`.
var hooks = {
  onread: function (err, memory, length) {
    if (typeof this.onread !== 'function') return;
    if (err === null) {
      this.onread(hostMemory.wrap(memory, 0, length), 0, length);
    } else {
      process._errno = err;
      this.onread();
    }
  },
  oncomplete: function (req, err) {
    this.writeQueueSize = 0;
    if (err !== null) process._errno = err;
    if (typeof req.oncomplete === 'function') req.oncomplete(err === null ? 0 : -1, this, req);
  }
};

var NativeTTY = null;
function nativeClass() {
  if (NativeTTY === null) {
    NativeTTY = native.ttyClass();
    NativeTTY.setHooks(hooks);
  }
  return NativeTTY;
}

function status(r) {
  if (r !== null && r !== undefined) {
    process._errno = r;
    return -1;
  }
  return 0;
}

function TTY(fd, readable) {
  if (!(this instanceof TTY)) throw new TypeError('Class constructor TTY cannot be invoked without \'new\'');
  var Native = nativeClass();
  this._native = new Native(fd | 0, !!readable);
  this._native.owner = this;
  this.owner = null;
  this.onread = null;
  this.writeQueueSize = 0;
  this.reading = false;
}

Object.defineProperty(TTY.prototype, 'fd', {
  configurable: true,
  get: function () {
    return this._native.fd();
  }
});

TTY.prototype.readStart = function () {
  return status(this._native.readStart());
};

TTY.prototype.readStop = function () {
  return status(this._native.readStop());
};

// A write request as libuv's: `bytes` is what it carries; the caller sets `oncomplete`.
function written(r, req) {
  if (typeof r === 'string') {
    process._errno = r;
    return null;
  }
  return req;
}

TTY.prototype.writeBuffer = function (buf) {
  if (!Buffer.isBuffer(buf)) throw new TypeError('First argument must be a buffer');
  var data = hostMemory.hostBacked(buf);
  var req = { oncomplete: null, bytes: data.length };
  return written(this._native.writeBuffer(req, hostMemory.memoryOf(data), data.byteOffset, data.length), req);
};

function stringWriter(encoding) {
  return function (string) {
    var req = { oncomplete: null, bytes: 0 };
    var r = this._native.writeString(req, String(string), encoding);
    if (typeof r === 'number') req.bytes = r;
    return written(r, req);
  };
}
TTY.prototype.writeUtf8String = stringWriter('utf8');
TTY.prototype.writeAsciiString = stringWriter('ascii');
TTY.prototype.writeUcs2String = stringWriter('ucs2');

// [columns, rows], or undefined with the code in process._errno. Given an array (the later Node
// form), fills it and returns 0 or -1 instead.
TTY.prototype.getWindowSize = function (size) {
  var r = this._native.getWindowSize();
  if (typeof r === 'string') {
    process._errno = r;
    return Array.isArray(size) ? -1 : undefined;
  }
  if (!Array.isArray(size)) return [r[0], r[1]];
  size[0] = r[0];
  size[1] = r[1];
  return 0;
};

TTY.prototype.setRawMode = function (flag) {
  return status(this._native.setRawMode(!!flag));
};

TTY.prototype.close = function (callback) {
  this._native.close(typeof callback === 'function' ? callback : null);
};

TTY.prototype.ref = function () {
  this._native.ref();
};

TTY.prototype.unref = function () {
  this._native.unref();
};

exports.isTTY = function isTTY(fd) {
  return native.isTTY(fd | 0);
};

exports.guessHandleType = function guessHandleType(fd) {
  return native.guessHandleType(fd | 0);
};

exports.TTY = TTY;
