'use strict';
// child_process: Node v0.10's popen(3)-like facility. spawn() starts a program with pipes (or
// shared descriptors, or /dev/null) for its stdio over process.binding('process_wrap'); exec()
// and execFile() run one to completion and hand back its buffered output; fork() starts another
// jnode program with an IPC channel — newline-delimited JSON over a UNIX socketpair whose child
// end is announced to the child in NODE_CHANNEL_FD — for child.send()/process.send() messages.
// Passing socket or server handles over the channel is not supported yet.

var EventEmitter = require('events').EventEmitter;
var StringDecoder = require('string_decoder').StringDecoder;
var net = require('net');
var util = require('util');
var constants; // process.binding('constants'), loaded on first use

var Process = process.binding('process_wrap').Process;
var Pipe = process.binding('pipe_wrap').Pipe;

function signalConstants() {
  if (!constants) constants = process.binding('constants');
  return constants;
}

function errnoException(errorno, syscall) {
  var e = new Error(syscall + ' ' + errorno);
  e.errno = e.code = errorno;
  e.syscall = syscall;
  return e;
}

// ---------------------------------------------------------------------------------------------
// The IPC channel: one JSON value per line. Messages whose `cmd` starts with 'NODE_' are core's
// own and go to 'internalMessage' instead of 'message'.

function isInternal(message) {
  return message !== null && typeof message === 'object' &&
         typeof message.cmd === 'string' && message.cmd.indexOf('NODE_') === 0;
}

// `onClosed` runs once the channel is gone for good (both sides done with it).
function setupChannel(target, channel, onClosed) {
  target._channel = channel;
  target.connected = true;
  var decoder = new StringDecoder('utf8');
  var pending = '';

  channel.onread = function (pool, offset, length) {
    if (pool) {
      pending += decoder.write(pool.slice(offset, offset + length));
      var lines = pending.split('\n');
      pending = lines.pop();
      for (var i = 0; i < lines.length; i++) {
        if (lines[i] === '') continue;
        var message = JSON.parse(lines[i]);
        if (isInternal(message)) {
          target.emit('internalMessage', message);
        } else {
          target.emit('message', message);
        }
        // A listener may have disconnected: the rest of this read is dropped, as once closed.
        if (!target._channel) return;
      }
    } else {
      // The other side went away (or disconnected).
      channel.onread = nop;
      if (target.connected) {
        target.disconnect();
      } else {
        channel.close();
      }
    }
  };
  channel.readStart();

  target.send = function (message, handle) {
    if (typeof message === 'undefined') throw new TypeError('message cannot be undefined');
    if (handle !== undefined && handle !== null) {
      throw new Error('jnode does not support sending handles over the IPC channel yet');
    }
    if (!this.connected) {
      this.emit('error', new Error('channel closed'));
      return;
    }
    var req = channel.writeUtf8String(JSON.stringify(message) + '\n');
    if (!req) {
      this.emit('error', errnoException(process._errno, 'write'));
      return;
    }
    req.oncomplete = nop;
  };

  target.disconnect = function () {
    if (!this.connected) {
      this.emit('error', new Error('IPC channel is already disconnected'));
      return;
    }
    this.connected = false;
    this._channel = null;
    var self = this;
    // The channel closes once whatever is being written has gone out.
    var req = channel.shutdown();
    if (req) {
      req.oncomplete = function () {
        channel.close();
      };
    } else {
      channel.close();
    }
    process.nextTick(function () {
      self.emit('disconnect');
      onClosed();
    });
  };
}

function nop() {}

// ---------------------------------------------------------------------------------------------
// ChildProcess

function ChildProcess() {
  EventEmitter.call(this);
  var self = this;

  // 'close' waits for 'exit' and for every readable stdio stream (and the IPC channel) to close.
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;

  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;

  this._handle = new Process();
  this._handle.owner = this;

  this._handle.onexit = function (exitCode, signalCode) {
    if (signalCode) {
      self.signalCode = signalCode;
    } else {
      self.exitCode = exitCode;
    }
    if (self.stdin) self.stdin.destroy();
    if (self._handle) self._handle.close();
    self._handle = null;

    if (exitCode < 0) {
      var err = errnoException(self._spawnError || process._errno, 'spawn');
      self.emit('error', err);
    }
    self.emit('exit', self.exitCode, self.signalCode);

    // Output nobody reads must still drain, or the streams never close and 'close' never comes.
    process.nextTick(function () {
      flushStdio(self);
    });
    maybeClose(self);
  };
}
util.inherits(ChildProcess, EventEmitter);
exports.ChildProcess = ChildProcess;

function flushStdio(child) {
  var stdio = child.stdio || [];
  for (var i = 0; i < stdio.length; i++) {
    var stream = stdio[i];
    if (!stream || !stream.readable || stream._readableState.flowing) continue;
    if (stream.listeners('data').length > 0 || stream.listeners('readable').length > 0) continue;
    stream.resume();
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// stdio as an array with one entry per child descriptor: {type: 'pipe', handle}, {type: 'ipc',
// handle}, {type: 'fd', fd}, {type: 'wrap', handle} or {type: 'ignore'}.
function normalizeStdio(stdio) {
  if (stdio === undefined || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore': stdio = ['ignore', 'ignore', 'ignore']; break;
      case 'pipe': stdio = ['pipe', 'pipe', 'pipe']; break;
      case 'inherit': stdio = [0, 1, 2]; break;
      default: throw new TypeError('Incorrect value of stdio option: ' + stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new TypeError('Incorrect value of stdio option: ' + util.inspect(stdio));
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);

  var ipc = null;
  var ipcFd = -1;
  var result = stdio.map(function (s, i) {
    if (s === undefined || s === null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') return { type: 'ignore' };
    if (s === 'pipe') return { type: 'pipe', readable: i === 0, writable: i !== 0, handle: new Pipe(false) };
    if (s === 'ipc') {
      if (ipc !== null) throw new Error('Child process can have only one IPC pipe');
      ipc = new Pipe(true);
      ipcFd = i;
      return { type: 'pipe', handle: ipc, ipc: true };
    }
    if (s === 'inherit') return { type: 'fd', fd: i };
    if (typeof s === 'number' || s instanceof Number) return { type: 'fd', fd: Number(s) };
    if (s !== null && typeof s === 'object') {
      var handle = s._handle || s.handle;
      if (handle && typeof handle.fd === 'number' && handle.fd >= 0) return { type: 'fd', fd: handle.fd };
      if (typeof s.fd === 'number' && s.fd >= 0) return { type: 'fd', fd: s.fd };
    }
    throw new TypeError('Incorrect value for stdio stream: ' + util.inspect(s));
  });
  return { stdio: result, ipc: ipc, ipcFd: ipcFd };
}

// `started`: false when the spawn failed and the pipe never opened (nothing to read).
function createSocket(pipe, readable, started) {
  var socket = new net.Socket({ handle: pipe, readable: readable && started });
  if (readable) {
    socket.writable = false;
    socket.readable = true;
  } else {
    socket.writable = true;
    socket.readable = false;
  }
  return socket;
}

ChildProcess.prototype.spawn = function (options) {
  var self = this;
  var normalized = normalizeStdio(options.stdio);
  var stdio = normalized.stdio;
  var ipc = normalized.ipc;

  if (ipc !== null) {
    // The child learns where its end of the channel is from the environment.
    options.envPairs = (options.envPairs || []).filter(function (pair) {
      return pair.indexOf('NODE_CHANNEL_FD=') !== 0;
    });
    options.envPairs.push('NODE_CHANNEL_FD=' + normalized.ipcFd);
  }
  options.stdio = stdio;

  var r = this._handle.spawn(options);
  if (r) {
    // As libuv reports it: the failure (a missing command, a bad cwd) arrives as an exit with
    // code -1 and an 'error', never as an exception from spawn().
    this._spawnError = process._errno;
    var handle = this._handle;
    process.nextTick(function () {
      if (handle === self._handle) handle.onexit(-1, null);
    });
  }

  this.pid = this._handle.pid;

  this.stdio = stdio.map(function (s, i) {
    if (s.type !== 'pipe' || s.ipc) return null;
    var socket = createSocket(s.handle, i > 0, !r);
    if (i > 0) {
      self._closesNeeded++;
      socket.on('close', function () {
        maybeClose(self);
      });
    }
    if (r) socket.destroy();
    return socket;
  });
  this.stdin = this.stdio[0] || null;
  this.stdout = this.stdio[1] || null;
  this.stderr = this.stdio[2] || null;

  if (ipc !== null) {
    this._closesNeeded++;
    if (r) {
      ipc.close();
      this._closesGot++;
    } else {
      setupChannel(this, ipc, function () {
        maybeClose(self);
      });
    }
  }
  return r;
};

ChildProcess.prototype.kill = function (sig) {
  var signal;
  if (sig === 0) {
    signal = 0;
  } else if (!sig) {
    signal = signalConstants().SIGTERM;
  } else {
    signal = typeof sig === 'string' && sig.indexOf('SIG') === 0 ? signalConstants()[sig] : undefined;
  }
  if (signal === undefined) throw new Error('Unknown signal: ' + sig);

  if (this._handle) {
    var r = this._handle.kill(signal);
    if (r === 0) {
      this.killed = true;
      return true;
    }
    if (process._errno !== 'ESRCH') this.emit('error', errnoException(process._errno, 'kill'));
  }
  // Already gone: not an error.
  return false;
};

ChildProcess.prototype.ref = function () {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function () {
  if (this._handle) this._handle.unref();
};

// ---------------------------------------------------------------------------------------------
// spawn

function envPairsOf(env) {
  var pairs = [];
  for (var key in env) pairs.push(key + '=' + env[key]);
  return pairs;
}

// (file, [args], [options]): args may be left out, or be undefined/null; a string is an error.
function normalizeSpawnArguments(file, args, options) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args === 'object') {
    options = args;
    args = [];
  } else {
    throw new TypeError('Incorrect value of args option');
  }
  options = options !== null && typeof options === 'object' ? util._extend({}, options) : {};
  return { file: file, args: args, options: options };
}

exports.spawn = function (file, args, options) {
  var n = normalizeSpawnArguments(file, args, options);
  options = n.options;
  var env = options.env || process.env;
  var stdio = options.stdio;
  if (stdio === undefined && Array.isArray(options.customFds)) {
    // Deprecated: [stdin, stdout, stderr] descriptors, -1 for a new pipe.
    stdio = options.customFds.map(function (fd) {
      return fd === -1 || fd === undefined || fd === null ? 'pipe' : fd;
    });
  }

  var child = new ChildProcess();
  child.spawn({
    file: String(n.file),
    args: [String(n.file)].concat(n.args.map(String)),
    cwd: options.cwd ? options.cwd : undefined,
    envPairs: envPairsOf(env),
    stdio: stdio,
    detached: !!options.detached,
    uid: options.uid,
    gid: options.gid
  });
  return child;
};

// ---------------------------------------------------------------------------------------------
// fork

exports.fork = function (modulePath, args, options) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args === 'object') {
    options = args;
    args = [];
  } else {
    throw new TypeError('Incorrect value of args option');
  }
  options = options !== null && typeof options === 'object' ? util._extend({}, options) : {};

  var execArgv = options.execArgv || process.execArgv;
  args = execArgv.concat([modulePath], args);
  options.stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  var execPath = options.execPath || process.execPath;
  return exports.spawn(execPath, args, options);
};

// The child side: called at startup when NODE_CHANNEL_FD names an inherited channel. The channel
// keeps the process alive only while someone listens for 'message' or 'disconnect'.
exports._forkChild = function (fd) {
  var channel = new Pipe(true);
  channel.open(fd);
  channel.unref();
  setupChannel(process, channel, nop);

  var listening = 0;
  function counts(name) {
    return name === 'message' || name === 'disconnect';
  }
  process.on('newListener', function (name) {
    if (counts(name) && listening++ === 0 && process.connected) channel.ref();
  });
  process.on('removeListener', function (name) {
    if (counts(name) && --listening === 0) channel.unref();
  });
};

// ---------------------------------------------------------------------------------------------
// exec, execFile

exports.exec = function (command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  return exports.execFile('/bin/sh', ['-c', command], options, callback);
};

exports.execFile = function (file /* [args], [options], [callback] */) {
  var args = [];
  var pos = 1;
  var a = arguments[1];
  if (Array.isArray(a)) {
    args = a;
    pos = 2;
  } else if (a === undefined || a === null) {
    pos = 2;
  } else if (typeof a !== 'object' && typeof a !== 'function') {
    throw new TypeError('Incorrect value of args option');
  }
  var options, callback;
  if (typeof arguments[pos] === 'function') {
    callback = arguments[pos];
  } else {
    options = arguments[pos];
    callback = arguments[pos + 1];
  }
  if (typeof callback !== 'function') callback = null;

  var settings = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: 200 * 1024,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null
  };
  if (options !== null && typeof options === 'object') {
    for (var key in options) settings[key] = options[key];
  }

  var child = exports.spawn(file, args, {
    cwd: settings.cwd,
    env: settings.env,
    gid: settings.gid,
    uid: settings.uid
  });

  var encoding = settings.encoding && settings.encoding !== 'buffer' && Buffer.isEncoding(settings.encoding) ?
                 settings.encoding : null;
  var stdoutParts = [];
  var stderrParts = [];
  var stdoutLength = 0;
  var stderrLength = 0;
  var killed = false;
  var exited = false;
  var failure = null;
  var timer = null;

  function joined(parts) {
    return encoding ? parts.join('') : Buffer.concat(parts);
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    var stdout = joined(stdoutParts);
    var stderr = joined(stderrParts);
    if (failure) {
      callback(failure, stdout, stderr);
    } else if (code === 0 && signal === null) {
      callback(null, stdout, stderr);
    } else {
      var e = new Error('Command failed: ' + stderr);
      e.killed = child.killed || killed;
      e.code = code;
      e.signal = signal;
      callback(e, stdout, stderr);
    }
  }

  function errorhandler(e) {
    failure = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(settings.killSignal);
    } catch (e) {
      failure = e;
      exithandler();
    }
  }

  if (settings.timeout > 0) {
    timer = setTimeout(function () {
      kill();
      timer = null;
    }, settings.timeout);
  }

  function collect(stream, parts, name) {
    if (encoding) stream.setEncoding(encoding);
    stream.addListener('data', function (chunk) {
      var size = name === 'stdout' ? (stdoutLength += chunk.length) : (stderrLength += chunk.length);
      parts.push(chunk);
      if (size > settings.maxBuffer) {
        failure = new Error(name + ' maxBuffer exceeded.');
        kill();
      }
    });
  }
  collect(child.stdout, stdoutParts, 'stdout');
  collect(child.stderr, stderrParts, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
};
