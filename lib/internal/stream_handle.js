'use strict';
// The JavaScript face of a socket handle (TCP or UNIX pipe), shared by the tcp_wrap and pipe_wrap
// binding fronts. Node v0.10's lib/net.js (and Node's tests) talk to handles in libuv's terms:
// methods return 0, or -1 with the error code in process._errno; writes and connects return a
// request object whose `oncomplete(status, handle, req)` runs later; reads arrive as
// `handle.onread(slab, offset, length)`, or `handle.onread()` with process._errno 'EOF' (or the
// error) at the end. This module gives the Java handles (jnode.binding.net.StreamWrap) that shape.
// A front is a plain object, so callers may hang their own properties on it as they do in Node.
//
// The Java side reports through four functions registered once (setHooks), always called with
// the front as `this`; it passes the read slab's memory, which is wrapped in a Buffer once per
// slab (128 KiB), so a read costs a Buffer view, not a copy.

var hostMemory = require('internal/host_memory');

var slabMemory = null;
var slabBuffer = null;

function slabFor(memory, memoryLength) {
  if (memory !== slabMemory) {
    slabMemory = memory;
    slabBuffer = hostMemory.wrap(memory, 0, memoryLength);
  }
  return slabBuffer;
}

var hooks = {
  onread: function (err, memory, offset, length, memoryLength) {
    if (typeof this.onread !== 'function') return;
    if (err === null) {
      this.onread(slabFor(memory, memoryLength), offset, length);
    } else {
      process._errno = err;
      this.onread();
    }
  },
  onconnection: function (err, nativeClient) {
    if (typeof this.onconnection !== 'function') return;
    if (err !== null) {
      process._errno = err;
      this.onconnection();
    } else {
      this.onconnection(this._accepted(nativeClient));
    }
  },
  // (req, err, queueSize) for writes, (req, err, readable, writable) for connects, (req, err)
  // for shutdowns and sends.
  oncomplete: function (req, err, a, b) {
    if (typeof a === 'number') this.writeQueueSize = a;
    if (err !== null) process._errno = err;
    var oncomplete = req.oncomplete;
    if (typeof oncomplete === 'function') oncomplete.call(req, err === null ? 0 : -1, this, req, a, b);
  }
};

var registered = false;
function register(NativeClass) {
  if (!registered) {
    registered = true;
    NativeClass.setHooks(hooks);
  }
}

function status(r) {
  if (r !== null && r !== undefined) {
    process._errno = r;
    return -1;
  }
  return 0;
}

// A request object as libuv's: the caller sets `oncomplete` (and whatever else it likes).
function request(r, req) {
  if (r !== null && r !== undefined) {
    process._errno = r;
    return null;
  }
  return req;
}

// onread and onconnection are not preset: as on Node's handles they appear when the caller sets
// them, and with four object-valued properties (onread being the fourth) a connection's front
// keeps all of them in the engine's object itself, without an extra property array.
function StreamHandle(nativeHandle) {
  this._native = nativeHandle;
  nativeHandle.owner = this;
  this.owner = null;
  this.writeQueueSize = 0;
  this.reading = false;
}

Object.defineProperty(StreamHandle.prototype, 'fd', {
  configurable: true,
  get: function () {
    return this._native.fd();
  }
});

StreamHandle.prototype.readStart = function () {
  return status(this._native.readStart());
};

StreamHandle.prototype.readStop = function () {
  return status(this._native.readStop());
};

StreamHandle.prototype.writeBuffer = function (buf) {
  if (!Buffer.isBuffer(buf)) throw new TypeError('First argument must be a buffer');
  var data = hostMemory.hostBacked(buf);
  var req = { oncomplete: null, bytes: data.length };
  var r = this._native.writeBuffer(req, hostMemory.memoryOf(data), data.byteOffset, data.length);
  if (typeof r === 'string') {
    process._errno = r;
    return null;
  }
  this.writeQueueSize = r;
  return req;
};

function stringWriter(encoding) {
  return function (string) {
    return this.writeBuffer(new Buffer(String(string), encoding));
  };
}
StreamHandle.prototype.writeUtf8String = stringWriter('utf8');
StreamHandle.prototype.writeAsciiString = stringWriter('ascii');
StreamHandle.prototype.writeUcs2String = stringWriter('ucs2');

// jnode extension: writes between cork() and uncork() go to the kernel together.
StreamHandle.prototype.cork = function () {
  this._native.cork();
};

StreamHandle.prototype.uncork = function () {
  this._native.uncork();
};

StreamHandle.prototype.shutdown = function () {
  var req = { oncomplete: null };
  return request(this._native.shutdown(req), req);
};

StreamHandle.prototype.discardQueuedWrites = function () {
  this._native.discardQueuedWrites();
};

StreamHandle.prototype.close = function (callback) {
  this._native.close(typeof callback === 'function' ? callback : null);
};

StreamHandle.prototype.ref = function () {
  this._native.ref();
};

StreamHandle.prototype.unref = function () {
  this._native.unref();
};

StreamHandle.prototype.listen = function (backlog) {
  return status(this._native.listen(backlog | 0));
};

StreamHandle.prototype.open = function (fd) {
  return status(this._native.open(fd | 0));
};

module.exports = {
  StreamHandle: StreamHandle,
  hooks: hooks,
  register: register,
  status: status,
  request: request,
  slabFor: slabFor
};
