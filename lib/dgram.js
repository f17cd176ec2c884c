'use strict';
// The `dgram` core module as in Node v0.10: UDP sockets ('udp4', 'udp6') over
// process.binding('udp_wrap'). bind() is asynchronous (the address goes through dns.lookup) and
// ends in 'listening'; send() resolves its address the same way, binds an unbound socket to the
// wildcard address first, and queues datagrams sent before the bind is done. Socket options
// throw v0.10-shaped errors ('setTTL EINVAL'); close() emits 'close' at once.

var util = require('util');
var events = require('events');

var UDP = process.binding('udp_wrap').UDP;

var BIND_STATE_UNBOUND = 0;
var BIND_STATE_BINDING = 1;
var BIND_STATE_BOUND = 2;

var dns = null;

function noop() {}

function errnoException(errorno, syscall) {
  var e = new Error(syscall + ' ' + errorno);
  e.errno = e.code = errorno;
  e.syscall = syscall;
  return e;
}

function lookup(address, family, callback) {
  if (!dns) dns = require('dns');
  return dns.lookup(address, family, callback);
}

function lookup4(address, callback) {
  return lookup(address || '0.0.0.0', 4, callback);
}

function lookup6(address, callback) {
  return lookup(address || '::0', 6, callback);
}

function newHandle(type) {
  var handle;
  if (type === 'udp4') {
    handle = new UDP();
    handle.lookup = lookup4;
    return handle;
  }
  if (type === 'udp6') {
    handle = new UDP();
    handle.lookup = lookup6;
    handle.bind = handle.bind6;
    handle.send = handle.send6;
    return handle;
  }
  if (type === 'unix_dgram') throw new Error('unix_dgram sockets are not supported any more.');
  throw new Error('Bad socket type specified. Valid types are: udp4, udp6');
}

function Socket(type, listener) {
  events.EventEmitter.call(this);

  var handle = newHandle(type);
  handle.owner = this;

  this._handle = handle;
  this._receiving = false;
  this._bindState = BIND_STATE_UNBOUND;
  this.type = type;
  this.fd = null; // compatibility with the pre-libuv dgram

  if (typeof listener === 'function') this.on('message', listener);
}
util.inherits(Socket, events.EventEmitter);
exports.Socket = Socket;

exports.createSocket = function (type, listener) {
  return new Socket(type, listener);
};

function startListening(socket) {
  socket._handle.onmessage = onMessage;
  socket._handle.recvStart();
  socket._receiving = true;
  socket._bindState = BIND_STATE_BOUND;
  socket.fd = -42; // compatibility with the pre-libuv dgram

  socket.emit('listening');
}

// bind([port], [address], [callback])
Socket.prototype.bind = function (port /* , address, callback */) {
  var self = this;

  self._healthCheck();

  if (this._bindState !== BIND_STATE_UNBOUND) throw new Error('Socket is already bound');

  this._bindState = BIND_STATE_BINDING;

  var last = arguments[arguments.length - 1];
  if (typeof last === 'function') self.once('listening', last);

  var address = typeof arguments[1] === 'function' ? undefined : arguments[1];

  // Resolve the address first.
  self._handle.lookup(address, function (err, ip) {
    if (err) {
      self._bindState = BIND_STATE_UNBOUND;
      self.emit('error', err);
      return;
    }

    // Closed in the meantime.
    if (!self._handle) return;

    if (self._handle.bind(ip, port || 0, /* flags */ 0)) {
      self.emit('error', errnoException(process._errno, 'bind'));
      self._bindState = BIND_STATE_UNBOUND;
      return;
    }

    startListening(self);
  });
};

// The pre-v0.6 name, with its own argument checks.
Socket.prototype.sendto = function (buffer, offset, length, port, address, callback) {
  if (typeof offset !== 'number' || typeof length !== 'number') {
    throw new Error('send takes offset and length as args 2 and 3');
  }
  if (typeof address !== 'string') {
    throw new Error(this.type + ' sockets must send to port, address');
  }
  this.send(buffer, offset, length, port, address, callback);
};

Socket.prototype.send = function (buffer, offset, length, port, address, callback) {
  var self = this;

  if (!Buffer.isBuffer(buffer)) throw new TypeError('First argument must be a buffer object.');

  offset = offset | 0;
  if (offset < 0) throw new RangeError('Offset should be >= 0');
  if (offset >= buffer.length) throw new RangeError('Offset into buffer too large');

  // An empty datagram is allowed, if pointless.
  length = length | 0;
  if (length < 0) throw new RangeError('Length should be >= 0');
  if (offset + length > buffer.length) throw new RangeError('Offset + length beyond buffer length');

  port = port | 0;
  if (port <= 0 || port > 65535) throw new RangeError('Port should be > 0 and < 65536');

  callback = callback || noop;

  self._healthCheck();

  if (self._bindState === BIND_STATE_UNBOUND) self.bind(0, null);

  // Not bound yet: send once 'listening' comes.
  if (self._bindState !== BIND_STATE_BOUND) {
    if (!self._sendQueue) {
      self._sendQueue = [];
      self.once('listening', function () {
        var queue = self._sendQueue;
        self._sendQueue = undefined;
        for (var i = 0; i < queue.length; i++) self.send.apply(self, queue[i]);
      });
    }
    self._sendQueue.push([buffer, offset, length, port, address, callback]);
    return;
  }

  self._handle.lookup(address, function (err, ip) {
    if (err) {
      if (callback) callback(err);
      self.emit('error', err);
    } else if (self._handle) {
      var req = self._handle.send(buffer, offset, length, port, ip);
      if (req) {
        req.oncomplete = afterSend;
        req.cb = callback;
      } else {
        // Reported to the callback only, as the old dgram did.
        var er = errnoException(process._errno, 'send');
        process.nextTick(function () {
          callback(er);
        });
      }
    }
  });
};

function afterSend(status, handle, req) {
  if (req.cb) req.cb(status ? errnoException(process._errno, 'send') : null, req.length);
}

Socket.prototype.close = function () {
  this._healthCheck();
  this._stopReceiving();
  this._handle.close();
  this._handle = null;
  this.emit('close');
};

Socket.prototype.address = function () {
  this._healthCheck();
  var address = this._handle.getsockname();
  if (!address) throw errnoException(process._errno, 'getsockname');
  return address;
};

Socket.prototype.setBroadcast = function (arg) {
  if (this._handle.setBroadcast(arg ? 1 : 0)) throw errnoException(process._errno, 'setBroadcast');
};

Socket.prototype.setTTL = function (arg) {
  if (typeof arg !== 'number') throw new TypeError('Argument must be a number');
  if (this._handle.setTTL(arg)) throw errnoException(process._errno, 'setTTL');
  return arg;
};

Socket.prototype.setMulticastTTL = function (arg) {
  if (typeof arg !== 'number') throw new TypeError('Argument must be a number');
  if (this._handle.setMulticastTTL(arg)) throw errnoException(process._errno, 'setMulticastTTL');
  return arg;
};

Socket.prototype.setMulticastLoopback = function (arg) {
  arg = arg ? 1 : 0;
  if (this._handle.setMulticastLoopback(arg)) throw errnoException(process._errno, 'setMulticastLoopback');
  return arg; // v0.4 compatibility
};

Socket.prototype.addMembership = function (multicastAddress, interfaceAddress) {
  this._healthCheck();
  if (!multicastAddress) throw new Error('multicast address must be specified');
  if (this._handle.addMembership(multicastAddress, interfaceAddress)) {
    throw errnoException(process._errno, 'addMembership');
  }
};

Socket.prototype.dropMembership = function (multicastAddress, interfaceAddress) {
  this._healthCheck();
  if (!multicastAddress) throw new Error('multicast address must be specified');
  if (this._handle.dropMembership(multicastAddress, interfaceAddress)) {
    throw errnoException(process._errno, 'dropMembership');
  }
};

Socket.prototype._healthCheck = function () {
  if (!this._handle) throw new Error('Not running'); // the old dgram's message
};

Socket.prototype._stopReceiving = function () {
  if (!this._receiving) return;
  this._handle.recvStop();
  this._receiving = false;
  this.fd = null; // compatibility with the pre-libuv dgram
};

// handle.onmessage: a datagram (slab range and sender), or no slab with the error in process._errno.
function onMessage(handle, slab, start, len, rinfo) {
  var self = handle.owner;
  if (!slab) return self.emit('error', errnoException(process._errno, 'recvmsg'));
  rinfo.size = len; // compatibility
  self.emit('message', slab.slice(start, start + len), rinfo);
}

Socket.prototype.ref = function () {
  if (this._handle) this._handle.ref();
};

Socket.prototype.unref = function () {
  if (this._handle) this._handle.unref();
};
