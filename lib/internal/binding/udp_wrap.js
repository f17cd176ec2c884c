'use strict';
// process.binding('udp_wrap'): the UDP handle as Node v0.10's lib/dgram.js uses it — `new UDP()`,
// bind/bind6(address, port, flags) and the socket options returning 0 or -1 (code in
// process._errno), send/send6 returning a request, and
// `onmessage(handle, slab, offset, length, rinfo)` per datagram (`onmessage(handle)` with
// process._errno on a receive error) — over the Java handle jnode.binding.net.UdpWrap.

var native = require('internal/native_binding')('udp_wrap');
var hostMemory = require('internal/host_memory');
var streamHandle = require('internal/stream_handle');
var status = streamHandle.status;
var request = streamHandle.request;

var NativeUDP = native.UDP;
NativeUDP.setHooks({
  onmessage: function (err, memory, offset, length, memoryLength, address, family, port) {
    if (typeof this.onmessage !== 'function') return;
    if (err !== null) {
      process._errno = err;
      this.onmessage(this);
      return;
    }
    var rinfo = { address: address, family: family, port: port, size: length };
    this.onmessage(this, streamHandle.slabFor(memory, memoryLength), offset, length, rinfo);
  },
  oncomplete: streamHandle.hooks.oncomplete
});

function UDP() {
  if (!(this instanceof UDP)) throw new TypeError('Class constructor UDP cannot be invoked without \'new\'');
  this._native = new NativeUDP();
  this._native.owner = this;
  this.owner = null;
  this.onmessage = null;
}

Object.defineProperty(UDP.prototype, 'fd', {
  configurable: true,
  get: function () {
    return this._native.fd();
  }
});

UDP.prototype.bind = function (address, port, flags) {
  return status(this._native.bind(String(address), port | 0, flags | 0));
};

UDP.prototype.bind6 = function (address, port, flags) {
  return status(this._native.bind6(String(address), port | 0, flags | 0));
};

function sender(name) {
  return function (buffer, offset, length, port, address) {
    var data = hostMemory.hostBacked(buffer);
    var req = { oncomplete: null, length: length };
    var r = this._native[name](req, hostMemory.memoryOf(data), data.byteOffset + offset, length, port | 0, String(address));
    return request(r, req);
  };
}
UDP.prototype.send = sender('send');
UDP.prototype.send6 = sender('send6');

UDP.prototype.recvStart = function () {
  return status(this._native.recvStart());
};

UDP.prototype.recvStop = function () {
  return status(this._native.recvStop());
};

UDP.prototype.getsockname = function () {
  var name = this._native.getsockname();
  if (name === null || name === undefined) {
    process._errno = 'EINVAL';
    return null;
  }
  return name;
};

UDP.prototype.setBroadcast = function (on) {
  return status(this._native.setBroadcast(!!on));
};

UDP.prototype.setTTL = function (ttl) {
  return status(this._native.setTTL(ttl | 0));
};

UDP.prototype.setMulticastTTL = function (ttl) {
  return status(this._native.setMulticastTTL(ttl | 0));
};

UDP.prototype.setMulticastLoopback = function (on) {
  return status(this._native.setMulticastLoopback(!!on));
};

UDP.prototype.addMembership = function (multicastAddress, interfaceAddress) {
  return status(this._native.addMembership(String(multicastAddress),
    interfaceAddress === undefined || interfaceAddress === null ? null : String(interfaceAddress)));
};

UDP.prototype.dropMembership = function (multicastAddress, interfaceAddress) {
  return status(this._native.dropMembership(String(multicastAddress),
    interfaceAddress === undefined || interfaceAddress === null ? null : String(interfaceAddress)));
};

UDP.prototype.close = function (callback) {
  this._native.close(typeof callback === 'function' ? callback : null);
};

UDP.prototype.ref = function () {
  this._native.ref();
};

UDP.prototype.unref = function () {
  this._native.unref();
};

exports.UDP = UDP;
