'use strict';
// process.binding('pipe_wrap'): the UNIX domain socket handle as Node v0.10's lib/net.js uses it
// — `new Pipe()`, bind(path)/listen returning 0 or -1 (code in process._errno), connect(path)
// returning a request — over the Java handle jnode.binding.net.PipeWrap (Netty epoll domain
// sockets). Reading and writing are shared with TCP (internal/stream_handle).

var native = require('internal/native_binding')('pipe_wrap');
var streamHandle = require('internal/stream_handle');
var StreamHandle = streamHandle.StreamHandle;
var status = streamHandle.status;
var request = streamHandle.request;

var NativePipe = native.Pipe;
streamHandle.register(NativePipe);

// `ipc` marks a child_process IPC channel; it is an ordinary stream here (child_process frames
// the messages itself; passing handles over it is not supported).
function Pipe(ipc, nativeHandle) {
  if (!(this instanceof Pipe)) throw new TypeError('Class constructor Pipe cannot be invoked without \'new\'');
  StreamHandle.call(this, nativeHandle || new NativePipe());
  this.ipc = !!ipc;
}
Pipe.prototype = Object.create(StreamHandle.prototype, {
  constructor: { value: Pipe, writable: true, configurable: true }
});

Pipe.prototype._accepted = function (nativeClient) {
  return new Pipe(false, nativeClient);
};

Pipe.prototype.bind = function (path) {
  return status(this._native.bind(String(path)));
};

Pipe.prototype.connect = function (path, oncomplete) {
  var req = { oncomplete: typeof oncomplete === 'function' ? oncomplete : null };
  return request(this._native.connect(req, String(path)), req);
};

Pipe.prototype.setPendingInstances = function (count) {
  this._native.setPendingInstances(count | 0);
};

exports.Pipe = Pipe;
