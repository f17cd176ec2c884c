'use strict';
// The `net` core module: TCP and UNIX-socket servers and connections as Node v0.10 has them.
// net.Socket is a stream.Duplex over a handle from process.binding('tcp_wrap') or ('pipe_wrap');
// net.Server accepts connections on one. Reading follows streams2: the handle reads while the
// stream wants data and stops (readStop, which turns off Netty's auto-read) when push() reports
// the buffer full, so a paused socket stops reading from the kernel. A write goes to the handle
// at once; its callback runs right away when the kernel took everything, or when the queued
// bytes are written, so write() returns false and 'drain' follows exactly when data waits in
// memory. Host names go through dns.lookup(). Socket timeouts use timers' enroll/_unrefActive.
// Error objects, event order and the half-close rules (allowHalfOpen) are v0.10's.

var events = require('events');
var stream = require('stream');
var timers = require('timers');
var util = require('util');
var assert = require('assert');
var cares = process.binding('cares_wrap');
var TCP = process.binding('tcp_wrap').TCP;
var Pipe = process.binding('pipe_wrap').Pipe;

function noop() {}

var debug = noop;
if (process.env.NODE_DEBUG && /net/.test(process.env.NODE_DEBUG)) {
  debug = function () {
    console.error('NET: %d', process.pid, util.format.apply(util, arguments).slice(0, 500));
  };
}

// Errors of the v0.10 shape: message 'connect ECONNREFUSED', code = errno = 'ECONNREFUSED'.
function errnoException(errorno, syscall) {
  var e = new Error(syscall + ' ' + errorno);
  e.errno = e.code = errorno;
  e.syscall = syscall;
  return e;
}

// A number >= 0, or false.
function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

// A string that is not a port number names a UNIX socket.
function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// A handle for an existing descriptor: a TCP socket, else a UNIX one.
function createHandle(fd) {
  var tcp = new TCP();
  if (tcp.open(fd) === 0) return tcp;
  tcp.close();
  var pipe = new Pipe();
  if (pipe.open(fd) === 0) return pipe;
  pipe.close();
  throw new TypeError('Unsupported fd type: ' + process.binding('tty_wrap').guessHandleType(fd));
}

// ---------------------------------------------------------------------------------------------
// Factories

exports.createServer = function () {
  return new Server(arguments[0], arguments[1]);
};

// connect(options, [cb]), connect(port, [host], [cb]), connect(path, [cb])
exports.connect = exports.createConnection = function () {
  var args = normalizeConnectArgs(arguments);
  debug('createConnection', args);
  var s = new Socket(args[0]);
  return Socket.prototype.connect.apply(s, args);
};

// The arguments of connect() in all forms as [options] or [options, cb].
function normalizeConnectArgs(args) {
  var options = {};
  if (args[0] !== null && typeof args[0] === 'object') {
    options = args[0];
  } else if (isPipeName(args[0])) {
    options.path = args[0];
  } else {
    options.port = args[0];
    if (typeof args[1] === 'string') options.host = args[1];
  }
  var cb = args[args.length - 1];
  return typeof cb === 'function' ? [options, cb] : [options];
}
exports._normalizeConnectArgs = normalizeConnectArgs;

// ---------------------------------------------------------------------------------------------
// Socket

function initSocketHandle(self) {
  self.destroyed = false;
  self.errorEmitted = false;
  // The byte counters pass 2^31 on a long-lived socket. A property that holds integers and later
  // a double gets a new object layout, which throws away every compiled function that has seen
  // a socket; storing a fraction first makes them doubles from the start.
  self.bytesRead = 0.5;
  self.bytesRead = 0;
  self._bytesDispatched = 0.5;
  self._bytesDispatched = 0;
  self._peername = null;
  self._sockname = null;
  if (self._handle) {
    self._handle.owner = self;
    self._handle.onread = onread;
  }
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);

  this._connecting = false;
  this._hadError = false;
  this._handle = null;
  this._batching = false;

  if (typeof options === 'number') options = { fd: options }; // legacy interface
  else if (options === undefined) options = {};

  stream.Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined && options.fd !== null) {
    this._handle = createHandle(options.fd);
    this.readable = options.readable !== false;
    this.writable = options.writable !== false;
  } else {
    // set once there is a connection
    this.readable = this.writable = false;
  }

  this.onend = null;

  // Shut the socket down when the writable side is done with it.
  this.on('finish', onSocketFinish);
  this.on('_socketEnd', onSocketEnd);

  initSocketHandle(this);

  this._pendingData = null;
  this._pendingEncoding = '';

  // Strings go to the handle as they are, encoded once on the way.
  this._writableState.decodeStrings = false;

  this.allowHalfOpen = options && options.allowHalfOpen || false;

  // A socket with a handle starts reading into its buffer.
  if (this._handle && options.readable !== false) this.read(0);
}
util.inherits(Socket, stream.Duplex);
exports.Socket = Socket;
exports.Stream = Socket; // legacy name

// The read side has seen EOF: without allowHalfOpen, end our side once queued writes are out.
function onSocketEnd() {
  if (this._readableState.endEmitted) {
    this.readable = false;
    maybeDestroy(this);
  } else {
    this.once('end', function () {
      this.readable = false;
      maybeDestroy(this);
    });
    this.read(0);
  }

  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
    this.destroySoon();
  }
}

// What write() becomes once the peer has ended a socket that is not half-open.
function writeAfterFIN(chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  var er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  this.emit('error', er);
  if (typeof cb === 'function') {
    process.nextTick(function () {
      cb(er);
    });
  }
  return false;
}

// The writable side is finished: send FIN, or close if reading is over too.
function onSocketFinish() {
  // Still connecting: finish once connected.
  if (this._connecting) return this.once('connect', onSocketFinish);

  debug('onSocketFinish');
  if (!this.readable || this._readableState.ended) {
    debug('oSF: ended, destroy', this._readableState);
    return this.destroy();
  }

  debug('oSF: not ended, call shutdown()');
  if (!this._handle || !this._handle.shutdown) return this.destroy();

  var req = this._handle.shutdown();
  if (!req) return this._destroy(errnoException(process._errno, 'shutdown'));
  req.oncomplete = afterShutdown;
}

function afterShutdown(status, handle, req) {
  var self = handle.owner;
  debug('afterShutdown destroyed=%j', self.destroyed, self._readableState);
  // The socket may have been destroyed meanwhile.
  if (self.destroyed) return;
  if (self._readableState.ended) {
    debug('readableState ended, destroying');
    self.destroy();
  } else {
    self.once('_socketEnd', self.destroy);
  }
}

Socket.prototype.setTimeout = function (msecs, callback) {
  if (msecs > 0 && isFinite(msecs)) {
    timers.enroll(this, msecs);
    timers._unrefActive(this);
    if (callback) this.once('timeout', callback);
  } else if (msecs === 0) {
    timers.unenroll(this);
    if (callback) this.removeListener('timeout', callback);
  }
};

Socket.prototype._onTimeout = function () {
  debug('_onTimeout');
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function (enable) {
  // Called without an argument it turns Nagle's algorithm off.
  if (this._handle && this._handle.setNoDelay) {
    this._handle.setNoDelay(enable === undefined ? true : !!enable);
  }
};

Socket.prototype.setKeepAlive = function (setting, msecs) {
  if (this._handle && this._handle.setKeepAlive) {
    this._handle.setKeepAlive(setting, ~~(msecs / 1000));
  }
};

Socket.prototype.address = function () {
  if (this._handle && this._handle.getsockname) {
    return this._handle.getsockname();
  }
  return null;
};

Object.defineProperty(Socket.prototype, 'readyState', {
  get: function () {
    if (this._connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }
});

// Bytes (about: strings count as characters) waiting to be written.
Object.defineProperty(Socket.prototype, 'bufferSize', {
  get: function () {
    if (this._handle) {
      return this._handle.writeQueueSize + this._writableState.length;
    }
  }
});

// The first read(n > 0) marks the socket as consumed (http checks _consuming).
Socket.prototype.read = function (n) {
  if (n === 0) return stream.Readable.prototype.read.call(this, n);
  this.read = stream.Readable.prototype.read;
  this._consuming = true;
  return this.read(n);
};

Socket.prototype._read = function (n) {
  debug('_read');
  if (this._connecting || !this._handle) {
    debug('_read wait for connection');
    this.once('connect', this._read.bind(this, n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  debug('Socket._read readStart');
  socket._handle.reading = true;
  var r = socket._handle.readStart();
  if (r) socket._destroy(errnoException(process._errno, 'read'));
}

Socket.prototype.end = function (data, encoding) {
  stream.Duplex.prototype.end.call(this, data, encoding);
  this.writable = false;
  // In case we are waiting for the peer's EOF, make sure we read it.
  if (this.readable && !this._readableState.endEmitted) this.read(0);
};

// Closes once both directions are done and nothing waits to be written.
function maybeDestroy(socket) {
  if (!socket.readable &&
      !socket.writable &&
      !socket.destroyed &&
      !socket._connecting &&
      !socket._writableState.length) {
    socket.destroy();
  }
}

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this._writableState.finished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function (exception, cb) {
  debug('destroy');
  var self = this;

  function fireErrorCallbacks() {
    if (cb) cb(exception);
    if (exception && !self._writableState.errorEmitted) {
      process.nextTick(function () {
        self.emit('error', exception);
      });
      self._writableState.errorEmitted = true;
    }
  }

  if (this.destroyed) {
    debug('already destroyed, fire error callbacks');
    fireErrorCallbacks();
    return;
  }

  self._connecting = false;
  this.readable = this.writable = false;
  timers.unenroll(this);

  debug('close');
  if (this._handle) {
    // Writes the stream already reported done may still be queued (a batch handed over at
    // once); a socket ended normally sends them before closing. Any other destroy drops them.
    if ((exception || !this._writableState.finished) && this._handle.discardQueuedWrites) {
      this._handle.discardQueuedWrites();
    }
    this._handle.close();
    this._handle.onread = noop;
    this._handle = null;
  }

  // Destroyed from here on: an 'error' listener that calls destroy() again (the write callback
  // below may emit 'error' at once) must find nothing left to do.
  this.destroyed = true;

  fireErrorCallbacks();

  process.nextTick(function () {
    debug('emit close');
    self.emit('close', exception ? true : false);
  });

  if (this.server) {
    debug('has server');
    this.server._connections--;
    if (this.server._emitCloseIfDrained) this.server._emitCloseIfDrained();
  }
};

Socket.prototype.destroy = function (exception) {
  debug('destroy', exception);
  this._destroy(exception);
};

// handle.onread: data (a slab Buffer and the range in it), or EOF / an error in process._errno.
function onread(buffer, offset, length) {
  var handle = this;
  var self = handle.owner;
  assert(handle === self._handle, 'handle != self._handle');

  timers._unrefActive(self);

  var end = offset + length;
  debug('onread', process._errno, offset, length, end);

  if (buffer) {
    debug('got data');
    if (offset === end) return;

    self.bytesRead += length;

    // http's fast path reads the slab range itself.
    var ret = true;
    if (self.ondata) self.ondata(buffer, offset, end);
    else ret = self.push(offset === 0 && end === buffer.length ? buffer : buffer.slice(offset, end));

    // The buffer is full: stop reading from the kernel until _read() asks again.
    if (handle.reading && !ret) {
      handle.reading = false;
      debug('readStop');
      var r = handle.readStop();
      if (r) self._destroy(errnoException(process._errno, 'read'));
    }
  } else if (process._errno === 'EOF') {
    debug('EOF');

    // Nothing left to read. (Closing, if due, follows 'end': onSocketEnd sees to it.)
    if (self._readableState.length === 0) self.readable = false;

    if (self.onend) self.once('end', self.onend);

    // No more data: end the readable side once the buffer has been read.
    self.push(null);

    // Start the shutdown now rather than when the data has been consumed.
    self.emit('_socketEnd');
  } else {
    debug('error', process._errno);
    self._destroy(errnoException(process._errno, 'read'));
  }
}

Socket.prototype._getpeername = function () {
  if (!this._handle || !this._handle.getpeername) return {};
  if (!this._peername) {
    this._peername = this._handle.getpeername();
    if (!this._peername) return {};
  }
  return this._peername;
};

Object.defineProperty(Socket.prototype, 'remoteAddress', {
  get: function () {
    return this._getpeername().address;
  }
});

Object.defineProperty(Socket.prototype, 'remotePort', {
  get: function () {
    return this._getpeername().port;
  }
});

Socket.prototype._getsockname = function () {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    this._sockname = this._handle.getsockname();
    if (!this._sockname) return {};
  }
  return this._sockname;
};

Object.defineProperty(Socket.prototype, 'localAddress', {
  get: function () {
    return this._getsockname().address;
  }
});

Object.defineProperty(Socket.prototype, 'localPort', {
  get: function () {
    return this._getsockname().port;
  }
});

Socket.prototype.write = function (chunk, encoding, cb) {
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) throw new TypeError('invalid data');
  return stream.Duplex.prototype.write.apply(this, arguments);
};

Socket.prototype._write = function (data, encoding, cb) {
  // Not connected yet: this write waits for 'connect'; later ones wait behind it in the
  // Writable's buffer.
  if (this._connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function () {
      this._write(data, encoding, cb);
    });
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';

  timers._unrefActive(this);

  if (!this._handle) {
    this._destroy(new Error('This socket is closed.'), cb);
    return false;
  }

  var enc = Buffer.isBuffer(data) ? 'buffer' : encoding;
  var req = createWriteReq(this._handle, data, enc);
  if (!req || typeof req !== 'object') {
    return this._destroy(errnoException(process._errno, 'write'), cb);
  }

  req.oncomplete = afterWrite;
  this._bytesDispatched += req.bytes;

  // Everything reached the kernel (or a batch of queued writes is being handed over): ready for
  // the next write now. Otherwise the bytes wait in memory until the socket is writable again.
  if (this._handle.writeQueueSize === 0 || this._batching) cb();
  else req.cb = cb;
};

function createWriteReq(handle, data, encoding) {
  switch (encoding) {
    case 'buffer':
      return handle.writeBuffer(data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(data);
    case 'ascii':
      return handle.writeAsciiString(data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(data);
    default:
      return handle.writeBuffer(new Buffer(data, encoding));
  }
}

Object.defineProperty(Socket.prototype, 'bytesWritten', {
  get: function () {
    var bytes = this._bytesDispatched;
    var state = this._writableState;
    var data = this._pendingData;
    var encoding = this._pendingEncoding;

    state.buffer.forEach(function (el) {
      if (Buffer.isBuffer(el.chunk)) bytes += el.chunk.length;
      else bytes += Buffer.byteLength(el.chunk, el.encoding);
    });

    if (data) {
      if (Buffer.isBuffer(data)) bytes += data.length;
      else bytes += Buffer.byteLength(data, encoding);
    }
    return bytes;
  }
});

function afterWrite(status, handle, req) {
  var self = handle.owner;
  // The socket may have been destroyed meanwhile.
  if (self.destroyed) {
    debug('afterWrite destroyed');
    return;
  }

  if (status) {
    debug('write failure', errnoException(process._errno, 'write'));
    self._destroy(errnoException(process._errno, 'write'), req.cb);
    return;
  }

  timers._unrefActive(self);

  debug('afterWrite call cb');
  if (req.cb) {
    // Writes the callback lets through (the Writable's queue) go to the kernel together.
    handle.cork();
    self._batching = true;
    try {
      req.cb.call(self);
    } finally {
      self._batching = false;
      handle.uncork();
    }
  }
}

Socket.prototype.connect = function (options, cb) {
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;

  if (options === null || typeof options !== 'object') {
    // connect(port, [host], [cb]) or connect(path, [cb])
    var args = normalizeConnectArgs(arguments);
    return Socket.prototype.connect.apply(this, args);
  }

  if (this.destroyed) {
    // Reconnecting a closed socket starts both sides afresh.
    this._readableState.reading = false;
    this._readableState.ended = false;
    this._readableState.endEmitted = false;
    this._writableState.ended = false;
    this._writableState.ending = false;
    this._writableState.finished = false;
    this._writableState.errorEmitted = false;
    this.destroyed = false;
    this._handle = null;
  }

  var self = this;
  var pipe = !!options.path;
  debug('pipe', pipe, options.path);

  if (!this._handle) {
    this._handle = pipe ? new Pipe() : new TCP();
    initSocketHandle(this);
  }

  if (typeof cb === 'function') self.once('connect', cb);

  timers._unrefActive(this);

  self._connecting = true;
  self.writable = true;

  if (pipe) {
    connect(self, options.path);
  } else if (!options.host) {
    debug('connect: missing host');
    connect(self, '127.0.0.1', options.port, 4);
  } else {
    var host = options.host;
    debug('connect: find host ' + host);
    require('dns').lookup(host, function (err, ip, addressType) {
      // The socket may have been destroyed while the name was looked up.
      if (!self._connecting) return;

      if (err) {
        // connect() was called just now by createConnection(): nobody listens for 'error' yet.
        process.nextTick(function () {
          self.emit('error', err);
          self._destroy();
        });
      } else {
        timers._unrefActive(self);
        addressType = addressType || 4;
        // lookup(null) answers null; remoteAddress should still mean something.
        ip = ip || (addressType === 4 ? '127.0.0.1' : '0:0:0:0:0:0:0:1');
        connect(self, ip, options.port, addressType, options.localAddress);
      }
    });
  }
  return self;
};

Socket.prototype.ref = function () {
  if (this._handle) this._handle.ref();
};

Socket.prototype.unref = function () {
  if (this._handle) this._handle.unref();
};

function connect(self, address, port, addressType, localAddress) {
  assert.ok(self._connecting);

  if (localAddress) {
    var r = addressType === 6 ? self._handle.bind6(localAddress) : self._handle.bind(localAddress);
    if (r) {
      self._destroy(errnoException(process._errno, 'bind'));
      return;
    }
  }

  debug('connect: attempting to connect to %s:%d (addressType: %d)', address, port, addressType);

  var connectReq;
  if (addressType === 6) connectReq = self._handle.connect6(address, port);
  else if (addressType === 4) connectReq = self._handle.connect(address, port);
  else connectReq = self._handle.connect(address, afterConnect);

  if (connectReq !== null) {
    connectReq.oncomplete = afterConnect;
  } else {
    self._destroy(errnoException(process._errno, 'connect'));
  }
}

function afterConnect(status, handle, req, readable, writable) {
  var self = handle.owner;

  // Destroyed while connecting.
  if (self.destroyed) return;

  assert(handle === self._handle, 'handle != self._handle');

  debug('afterConnect');

  assert.ok(self._connecting);
  self._connecting = false;

  if (status === 0) {
    self.readable = readable;
    self.writable = writable;
    timers._unrefActive(self);

    self.emit('connect');

    // Start reading (a zero-length read consumes nothing, or shows an immediate EOF).
    if (readable) self.read(0);
  } else {
    self._destroy(errnoException(process._errno, 'connect'));
  }
}

// ---------------------------------------------------------------------------------------------
// Server

function Server(/* [options], listener */) {
  if (!(this instanceof Server)) return new Server(arguments[0], arguments[1]);
  events.EventEmitter.call(this);

  var self = this;
  var options;

  if (typeof arguments[0] === 'function') {
    options = {};
    self.on('connection', arguments[0]);
  } else {
    options = arguments[0] || {};
    if (typeof arguments[1] === 'function') self.on('connection', arguments[1]);
  }

  this._connections = 0;

  Object.defineProperty(this, 'connections', {
    get: util.deprecate(function () {
      if (self._usingSlaves) return null;
      return self._connections;
    }, 'connections property is deprecated. Use getConnections() method'),
    set: util.deprecate(function (val) {
      return (self._connections = val);
    }, 'connections property is deprecated. Use getConnections() method'),
    configurable: true,
    enumerable: true
  });

  this._handle = null;
  this._usingSlaves = false;
  this._slaves = [];

  this.allowHalfOpen = options.allowHalfOpen || false;
}
util.inherits(Server, events.EventEmitter);
exports.Server = Server;

// A bound (not yet listening) server handle, or null with the error in process._errno.
// port -1 with addressType -1 means a UNIX socket at `address`.
function createServerHandle(address, port, addressType, fd) {
  var r = 0;
  var handle;

  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd);
    } catch (e) {
      // Not a descriptor we can listen on.
      debug('listen invalid fd=' + fd + ': ' + e.message);
      process._errno = 'EINVAL';
      return null;
    }
    handle.readable = true;
    handle.writable = true;
    return handle;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe();
  } else {
    handle = new TCP();
  }

  if (address || port) {
    debug('bind to ' + address);
    if (addressType === -1) r = handle.bind(address);
    else if (addressType === 6) r = handle.bind6(address, port);
    else r = handle.bind(address, port);
  }

  if (r) {
    handle.close();
    handle = null;
  }
  return handle;
}
exports._createServerHandle = createServerHandle;

Server.prototype._listen2 = function (address, port, addressType, backlog, fd) {
  debug('listen2', address, port, addressType, backlog);
  var self = this;

  // A handle handed to listen() is used as it is.
  if (!self._handle) {
    debug('_listen2: create a handle');
    self._handle = createServerHandle(address, port, addressType, fd);
    if (!self._handle) {
      var error = errnoException(process._errno, 'listen');
      process.nextTick(function () {
        self.emit('error', error);
      });
      return;
    }
  } else {
    debug('_listen2: have a handle already');
  }

  self._handle.onconnection = onconnection;
  self._handle.owner = self;

  // 511, not 512: the kernel rounds backlog + 1 up to a power of two.
  var r = self._handle.listen(backlog || 511);

  if (r) {
    var ex = errnoException(process._errno, 'listen');
    self._handle.close();
    self._handle = null;
    process.nextTick(function () {
      self.emit('error', ex);
    });
    return;
  }

  if (self._unref) self._handle.unref();

  // A key unique to the address, as cluster uses it.
  this._connectionKey = addressType + ':' + address + ':' + port;

  process.nextTick(function () {
    self.emit('listening');
  });
};

function listen(self, address, port, addressType, backlog, fd) {
  // (cluster workers would ask the master for the handle here)
  self._listen2(address, port, addressType, backlog, fd);
}

Server.prototype.listen = function () {
  var self = this;

  var lastArg = arguments[arguments.length - 1];
  if (typeof lastArg === 'function') self.once('listening', lastArg);

  var port = toNumber(arguments[0]);

  // The backlog comes third, or second when the host is left out.
  var backlog = toNumber(arguments[1]) || toNumber(arguments[2]);

  if (arguments.length === 0 || typeof arguments[0] === 'function') {
    // Any free port.
    listen(self, '0.0.0.0', 0, null, backlog);
  } else if (arguments[0] && typeof arguments[0] === 'object') {
    var h = arguments[0];
    if (h._handle) h = h._handle;
    else if (h.handle) h = h.handle;
    if (h instanceof TCP || h instanceof Pipe) {
      self._handle = h;
      listen(self, null, -1, -1, backlog);
    } else if (typeof h.fd === 'number' && h.fd >= 0) {
      listen(self, null, null, null, backlog, h.fd);
    } else {
      throw new Error('Invalid listen argument: ' + h);
    }
  } else if (isPipeName(arguments[0])) {
    // A UNIX socket.
    var pipeName = self._pipeName = arguments[0];
    listen(self, pipeName, -1, -1, backlog);
  } else if (typeof arguments[1] === 'undefined' ||
             typeof arguments[1] === 'function' ||
             typeof arguments[1] === 'number') {
    // A port, no host: every IPv4 address.
    listen(self, '0.0.0.0', port, 4, backlog);
  } else {
    // A port and a host.
    require('dns').lookup(arguments[1], function (err, ip, addressType) {
      if (err) {
        self.emit('error', err);
      } else {
        listen(self, ip || '0.0.0.0', port, ip ? addressType : 4, backlog);
      }
    });
  }
  return self;
};

Server.prototype.address = function () {
  if (this._handle && this._handle.getsockname) {
    return this._handle.getsockname();
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

// handle.onconnection: a new connection's handle, or nothing with the error in process._errno.
function onconnection(clientHandle) {
  var handle = this;
  var self = handle.owner;

  debug('onconnection');

  if (!clientHandle) {
    self.emit('error', errnoException(process._errno, 'accept'));
    return;
  }

  if (self.maxConnections && self._connections >= self.maxConnections) {
    clientHandle.close();
    return;
  }

  var socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen
  });
  socket.readable = socket.writable = true;

  self._connections++;
  socket.server = self;

  self.emit('connection', socket);
}

Server.prototype.getConnections = function (cb) {
  var connections = this._connections;
  process.nextTick(function () {
    cb(null, connections);
  });
};

Server.prototype.close = function (cb) {
  if (!this._handle) {
    // Throw error. Follows net_legacy behaviour.
    throw new Error('Not running');
  }

  if (cb) this.once('close', cb);

  this._handle.close();
  this._handle = null;

  this._emitCloseIfDrained();

  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  debug('SERVER _emitCloseIfDrained');
  var self = this;

  if (self._handle || self._connections) {
    debug('SERVER handle? %j   connections? %d', !!self._handle, self._connections);
    return;
  }

  process.nextTick(function () {
    debug('SERVER: emit close');
    self.emit('close');
  });
};

Server.prototype.listenFD = util.deprecate(function (fd, type) {
  return this.listen({ fd: fd });
}, 'listenFD is deprecated. Use listen({fd: <number>}).');

Server.prototype.ref = function () {
  this._unref = false;
  if (this._handle) this._handle.ref();
};

Server.prototype.unref = function () {
  this._unref = true;
  if (this._handle) this._handle.unref();
};

// ---------------------------------------------------------------------------------------------

exports.isIP = cares.isIP;

exports.isIPv4 = function (input) {
  return exports.isIP(input) === 4;
};

exports.isIPv6 = function (input) {
  return exports.isIP(input) === 6;
};

// Windows-only in Node.
exports._setSimultaneousAccepts = function (handle) {};
