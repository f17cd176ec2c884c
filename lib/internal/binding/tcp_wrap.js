'use strict';
// process.binding('tcp_wrap'): the TCP handle as Node v0.10's lib/net.js (and Node's own tests)
// use it — `new TCP()`, bind/bind6/listen returning 0 or -1 (code in process._errno),
// connect/connect6 returning a request, `onconnection(clientHandle)` for a server — over the Java
// handle jnode.binding.net.TcpWrap (Netty epoll). Shared stream behaviour is in
// internal/stream_handle.

var native = require('internal/native_binding')('tcp_wrap');
var streamHandle = require('internal/stream_handle');
var StreamHandle = streamHandle.StreamHandle;
var status = streamHandle.status;
var request = streamHandle.request;

var NativeTCP = native.TCP;
streamHandle.register(NativeTCP);

function TCP(nativeHandle) {
  if (!(this instanceof TCP)) throw new TypeError('Class constructor TCP cannot be invoked without \'new\'');
  StreamHandle.call(this, nativeHandle || new NativeTCP());
}
TCP.prototype = Object.create(StreamHandle.prototype, {
  constructor: { value: TCP, writable: true, configurable: true }
});

TCP.prototype._accepted = function (nativeClient) {
  return new TCP(nativeClient);
};

TCP.prototype.bind = function (address, port) {
  return status(this._native.bind(String(address), port | 0));
};

TCP.prototype.bind6 = function (address, port) {
  return status(this._native.bind6(String(address), port | 0));
};

TCP.prototype.connect = function (address, port) {
  var req = { oncomplete: null };
  return request(this._native.connect(req, String(address), port | 0), req);
};

TCP.prototype.connect6 = function (address, port) {
  var req = { oncomplete: null };
  return request(this._native.connect6(req, String(address), port | 0), req);
};

TCP.prototype.getsockname = function (out) {
  return copyInto(out, this._native.getsockname());
};

TCP.prototype.getpeername = function (out) {
  return copyInto(out, this._native.getpeername());
};

TCP.prototype.setNoDelay = function (enable) {
  return status(this._native.setNoDelay(!!enable));
};

TCP.prototype.setKeepAlive = function (enable, delaySeconds) {
  return status(this._native.setKeepAlive(!!enable, delaySeconds | 0));
};

TCP.prototype.setSimultaneousAccepts = function (enable) {
  return status(this._native.setSimultaneousAccepts(!!enable));
};

// {address, family, port}, or null with process._errno set (not bound / not connected).
function copyInto(out, name) {
  if (name === null || name === undefined) {
    process._errno = 'ENOTCONN';
    return null;
  }
  if (out && typeof out === 'object') {
    out.address = name.address;
    out.family = name.family;
    out.port = name.port;
  }
  return name;
}

exports.TCP = TCP;
