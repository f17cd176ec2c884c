'use strict';
// process.binding('process_wrap'): the child-process handle as Node v0.10's child_process module
// uses it — `new Process()`, spawn(options) returning 0 or -1 (code in process._errno),
// kill(signum), pid, and `onexit(exitCode, signalCode)` when the child ends — over the Java handle
// jnode.binding.ProcessWrap (posix_spawnp, and a waitpid thread per child). A front is a plain
// object, so callers may add properties to it as they do in Node.
//
// spawn options: { file, args (argv, argv[0] included), cwd, envPairs ('KEY=value' strings),
// stdio: [{type: 'ignore'} | {type: 'fd', fd} | {type: 'pipe', handle} | {type: 'wrap', handle}],
// detached, uid, gid }. A 'pipe' handle is a fresh pipe_wrap Pipe; the child gets one end of a
// socketpair and the Pipe is opened on the other.

var native = require('internal/native_binding')('process_wrap');
var NativeProcess = native.Process;

function onexit(exitCode, signalCode) {
  if (typeof this.onexit === 'function') this.onexit(exitCode, signalCode);
}

function Process() {
  if (!(this instanceof Process)) throw new TypeError('Class constructor Process cannot be invoked without \'new\'');
  this._native = new NativeProcess();
  this._native.owner = this;
  this._native.onexit = onexit;
  this.onexit = null;
  this.owner = null;
}

function toStrings(list) {
  return Array.isArray(list) ? list.map(String) : [];
}

function childFdOf(entry, index) {
  if (!entry || entry.type === 'ignore') return null;
  if (entry.type === 'pipe') return entry.handle._native;
  if (entry.type === 'fd') return entry.fd | 0;
  if (entry.type === 'wrap') {
    var h = entry.handle;
    var fd = h && typeof h.fd === 'number' ? h.fd : -1;
    if (fd < 0) throw new TypeError('stdio[' + index + '] has no file descriptor');
    return fd;
  }
  throw new TypeError('Unknown stdio type: ' + entry.type);
}

Process.prototype.spawn = function (options) {
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  var stdio = Array.isArray(options.stdio) ? options.stdio : [];
  var slots = [];
  for (var i = 0; i < stdio.length; i++) slots.push(childFdOf(stdio[i], i));
  var id = function (v) { return typeof v === 'number' && v >= 0 ? v | 0 : -1; };
  var err = this._native.spawn(String(options.file), toStrings(options.args), toStrings(options.envPairs),
                               options.cwd ? String(options.cwd) : null, slots, !!options.detached,
                               id(options.uid), id(options.gid));
  if (err !== null && err !== undefined) {
    process._errno = err;
    return -1;
  }
  this.pid = this._native.pid();
  return 0;
};

Process.prototype.kill = function (signal) {
  var err = this._native.kill(signal | 0);
  if (err !== null && err !== undefined) {
    process._errno = err;
    return -1;
  }
  return 0;
};

Process.prototype.close = function (callback) {
  this._native.close(typeof callback === 'function' ? callback : null);
};

Process.prototype.ref = function () {
  this._native.ref();
};

Process.prototype.unref = function () {
  this._native.unref();
};

exports.Process = Process;
