// The first JavaScript jnode runs (the part Node's src/node.js plays). Given the native process
// methods (jnode.runtime.ProcessMethods), it builds the `process` object and the globals, sets up
// core-module loading, process.nextTick and the uncaught-exception path, and returns the entry
// points the Java side calls: runMain, makeCallback, fatalException and emitExit.
(function bootstrap(native) {
  'use strict';
  var global = globalThis;
  // The engine's script loaders are how vm creates new global contexts; keep them private.
  var engine = {
    load: global.load,
    loadWithNewGlobal: global.loadWithNewGlobal,
    hideEngineGlobals: hideEngineGlobals
  };
  hideEngineGlobals(global);

  // ---------------------------------------------------------------------------------------------
  // Core modules: lib/<id>.js, compiled in a function wrapper, cached, never reloaded.

  function NativeModule(id) {
    this.id = id;
    this.filename = id + '.js';
    this.exports = {};
    this.loaded = false;
  }

  NativeModule._cache = {};
  NativeModule._sources = {};
  NativeModule.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

  NativeModule.wrap = function (script) {
    return NativeModule.wrapper[0] + script + NativeModule.wrapper[1];
  };

  NativeModule.getSource = function (id) {
    if (!(id in NativeModule._sources)) NativeModule._sources[id] = native.nativeSource(id);
    return NativeModule._sources[id];
  };

  // Any core module, internal ones included: core code may require 'internal/...'.
  NativeModule.exists = function (id) {
    return typeof id === 'string' && NativeModule.getSource(id) != null;
  };

  // What user code may require by name: internal/ modules stay private.
  NativeModule.isPublic = function (id) {
    return NativeModule.exists(id) && id.indexOf('internal/') !== 0;
  };

  NativeModule.require = function (id) {
    if (id === 'native_module') return NativeModule;
    if (id === 'internal/engine') return engine;
    if (id === 'internal/native_binding') return nativeBinding;
    var cached = NativeModule._cache[id];
    if (cached) return cached.exports;
    if (!NativeModule.exists(id)) throw new Error('No such native module ' + id);
    process.moduleLoadList.push('NativeModule ' + id);
    var nativeModule = new NativeModule(id);
    NativeModule._cache[id] = nativeModule;
    nativeModule.compile();
    return nativeModule.exports;
  };

  NativeModule.prototype.compile = function () {
    var fn = native.compile(NativeModule.wrap(NativeModule.getSource(this.id)), this.filename);
    fn.call(this.exports, this.exports, NativeModule.require, this, this.filename);
    this.loaded = true;
  };

  // ---------------------------------------------------------------------------------------------
  // The process object. It exists before any core module loads (they read process.env etc.) and
  // becomes an EventEmitter once events.js is loaded.

  var process = Object.create(Object.create(Object.prototype, {
    constructor: { value: function process() {}, writable: true, configurable: true }
  }));
  global.process = process;
  process.moduleLoadList = [];

  var flags = native.flags();
  setupProcessInfo(process, native, flags);

  var EventEmitter = NativeModule.require('events').EventEmitter;
  Object.setPrototypeOf(Object.getPrototypeOf(process), EventEmitter.prototype);
  EventEmitter.call(process);
  process.EventEmitter = EventEmitter;

  // process.binding(name): the native (Java) binding, unless lib/internal/binding/<name>.js
  // exists — then that module's exports, a JavaScript front for bindings whose objects must be
  // plain JavaScript objects (e.g. an HTTPParser that user code adds properties to). Such a
  // front reaches the Java side with require('internal/native_binding')(name).
  var uvBindings = {};
  function nativeBinding(name) {
    var b = native.binding(name);
    if (b === null || b === undefined) throw new Error('No such module: ' + name);
    return b;
  }
  process.binding = function binding(name) {
    name = String(name);
    if (name in uvBindings) return uvBindings[name];
    var front = 'internal/binding/' + name;
    var b = NativeModule.exists(front) ? NativeModule.require(front) : nativeBinding(name);
    uvBindings[name] = b;
    process.moduleLoadList.push('Binding ' + name);
    return b;
  };

  setupProcessMethods(process, native);
  // The loop's idle and check phases are switched on and off by writing these bytes, shared
  // with Java (jnode.loop.EventLoop): nextTick does so around every batch of ticks, and a call
  // into Java each time cost ~10% of a stream pipeline.
  var loopPhases = new Uint8Array(new ArrayBuffer(native.loopPhaseFlags()));
  var kIdlePhase = 0;
  var kCheckPhase = 1;
  var ticks = setupNextTick(process, native);
  setupImmediateHook(process, native);

  process._exiting = false;
  process.exitCode = undefined;

  // Handles report errors (and a socket's end, 'EOF') in process._errno. Were the property
  // added by the first error, `process` would change layout then, and GraalJS would throw away
  // every compiled function that reads anything from `process` (nextTick, emit, write...), in
  // the middle of a busy program: typically when its first connection ends. So it exists from
  // the start, and has already held a string and been overwritten, so compiled code neither
  // specializes on its type nor folds its value as a constant.
  process._errno = 'EOF';
  process._errno = undefined;

  // As in Node v0.10, exit() without a code means 0 (not the code of an exit already under
  // way), so an 'exit' listener can override the status; process.exitCode is the default.
  process.exit = function exit(code) {
    var status = code === undefined || code === null ? (process.exitCode || 0) : code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', status);
    }
    native.reallyExit(status | 0);
  };

  process.reallyExit = function reallyExit(code) {
    native.reallyExit(code | 0);
  };

  process.abort = function abort() {
    native.abort();
  };

  process._fatalException = fatalException;
  setupSignalHandlers(process, EventEmitter);

  // ---------------------------------------------------------------------------------------------
  // Globals: exactly Node v0.10's enumerable set.

  global.global = global;
  global.GLOBAL = global;
  global.root = global;

  var stdio = NativeModule.require('internal/stdio');
  stdio.install(process);

  // A getter for good, as in Node v0.10 (the module loads on first use). Turning it into a data
  // property on first use changed the global object's layout, which discards every compiled
  // function that reads any global (Buffer, process, setTimeout...).
  var loadedConsole = null;
  var assignedConsole;
  var consoleAssigned = false;
  Object.defineProperty(global, 'console', {
    enumerable: true,
    configurable: true,
    get: function () {
      if (consoleAssigned) return assignedConsole;
      return loadedConsole || (loadedConsole = NativeModule.require('console'));
    },
    set: function (value) {
      assignedConsole = value;
      consoleAssigned = true;
    }
  });

  var timers = NativeModule.require('timers');
  global.setTimeout = timers.setTimeout;
  global.setInterval = timers.setInterval;
  global.clearTimeout = timers.clearTimeout;
  global.clearInterval = timers.clearInterval;
  global.setImmediate = timers.setImmediate;
  global.clearImmediate = timers.clearImmediate;

  if (NativeModule.exists('buffer')) {
    global.Buffer = NativeModule.require('buffer').Buffer;
  }

  if (flags.exposeGc) {
    global.gc = function gc() { native.gc(); };
  }

  // ---------------------------------------------------------------------------------------------
  // Entry points for the Java side.

  function runMain() {
    var Module = NativeModule.require('module');
    // A child started by child_process.fork(): its IPC channel is open before the program runs.
    if (process.env.NODE_CHANNEL_FD) {
      var channelFd = parseInt(process.env.NODE_CHANNEL_FD, 10);
      delete process.env.NODE_CHANNEL_FD;
      if (channelFd >= 0) NativeModule.require('child_process')._forkChild(channelFd);
    }
    var source = native.evalSource();
    if (source !== null && source !== undefined) {
      evalScript(Module, '[eval]', source, native.printEval());
    } else if (native.hasScript()) {
      var path = NativeModule.require('path');
      process.argv[1] = path.resolve(process.argv[1]);
      Module.runMain();
    } else {
      var stdin = native.binding('stdio');
      evalScript(Module, '[stdin]', stdin.readAllStdin(), native.printEval());
    }
    // Ticks queued by the main program run from the loop's idle phase, before any I/O.
  }

  // Code from -e/-p (or piped to stdin) runs in the global scope as a module named '[eval]' in the
  // working directory, with require, module, exports, __filename and __dirname set as globals.
  function evalScript(Module, name, body, print) {
    var path = NativeModule.require('path');
    var cwd = process.cwd();
    var module = new Module(name);
    module.filename = path.join(cwd, name);
    module.paths = Module._nodeModulePaths(cwd);
    var script = 'global.__filename = ' + JSON.stringify(name) + ';\n' +
                 'global.exports = exports;\n' +
                 'global.module = module;\n' +
                 'global.__dirname = __dirname;\n' +
                 'global.require = require;\n' +
                 'return require("vm").runInThisContext(' + JSON.stringify(body) + ', ' +
                 JSON.stringify(name) + ', true);\n';
    var result = module._compile(script, name + '-wrapper');
    if (print) console.log(result);
  }

  // MakeCallback: every call from the loop into JavaScript comes through here, so nextTick
  // callbacks queued by it run before the loop does anything else.
  function makeCallback(receiver, fn) {
    var result;
    // I/O started while a domain was active carries it (a request or emitter's `domain`).
    var domain = receiver !== null && typeof receiver === 'object' ? receiver.domain : undefined;
    if (domain) {
      if (domain._disposed) return;
      domain.enter();
    }
    switch (arguments.length) {
      case 2: result = fn.call(receiver); break;
      case 3: result = fn.call(receiver, arguments[2]); break;
      case 4: result = fn.call(receiver, arguments[2], arguments[3]); break;
      default: result = fn.apply(receiver, Array.prototype.slice.call(arguments, 2));
    }
    if (domain) domain.exit();
    if (ticks.pending()) ticks.run();
    return result;
  }

  // Returns true when something handled the error ('uncaughtException' listener or a domain).
  function fatalException(er) {
    // --abort-on-uncaught-exception: V8 aborts the moment an error no JavaScript catches is
    // thrown, before 'uncaughtException' listeners, unless a domain is active (then only an
    // error its top-level 'error' handler throws aborts). Giving the error back makes the loop
    // report it and die of the trap V8 dies of.
    if (flags.abortOnUncaughtException && !process.domain) throw er;
    var caught = false;
    // An error thrown inside a domain is the domain's alone: 'uncaughtException' listeners do
    // not hear of it, even when the domain has no 'error' handler (v0.10's rule).
    if (process.domain && typeof process.domain._errorHandler === 'function') {
      caught = process.domain._errorHandler(er) || false;
    } else {
      caught = process.emit('uncaughtException', er);
    }
    if (!caught) {
      if (!process._exiting) {
        process._exiting = true;
        try {
          process.emit('exit', 1);
        } catch (ignored) {
          // the process is dying of the first error already
        }
      }
    } else {
      // The error cut a tick batch short; let the rest run on the next loop turn.
      ticks.scheduleRemaining();
    }
    return caught;
  }

  function emitExit() {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    return process.exitCode | 0;
  }

  return {
    runMain: runMain,
    makeCallback: makeCallback,
    fatalException: fatalException,
    emitExit: emitExit
  };

  // ---------------------------------------------------------------------------------------------

  // The engine's shell conveniences are not Node's globals; Node programs (and Node's test
  // harness, which fails on unknown globals) must not see them.
  function hideEngineGlobals(g) {
    ['print', 'printErr', 'load', 'loadWithNewGlobal', 'Java', 'Packages', 'java', 'javax', 'javafx',
     'com', 'org', 'edu', 'net', 'Graal', 'Polyglot', 'console', 'arguments', 'quit', 'exit', 'read',
     'readbuffer', 'readline', 'performance'].forEach(function (name) {
      if (Object.prototype.hasOwnProperty.call(g, name)) delete g[name];
    });
  }

  function setupProcessInfo(process, native, flags) {
    var version = native.version();
    var title = 'node';
    Object.defineProperty(process, 'title', {
      enumerable: true,
      configurable: true,
      get: function () { return title; },
      set: function (value) { title = String(value); }
    });
    process.version = version;
    process.versions = {
      http_parser: '1.0',
      node: version.slice(1),
      v8: '3.14.5.9',
      ares: '1.9.0-DEV',
      uv: '0.10.37',
      zlib: '1.2.8',
      modules: '11',
      openssl: '1.0.1p',
      jnode: native.jnodeVersion()
    };
    process.arch = native.arch();
    process.platform = 'linux';
    process.argv = Array.from(native.argv());
    process.execArgv = Array.from(native.execArgv());
    process.env = makeEnv(native.env());
    process.pid = native.pid();
    process.features = { debug: false, uv: true, ipv6: true, tls_npn: false, tls_sni: false, tls: false };
    process.execPath = native.execPath();
    process.config = { target_defaults: {}, variables: { node_prefix: '/usr/local', host_arch: process.arch } };
    process.noDeprecation = flags.noDeprecation;
    process.traceDeprecation = flags.traceDeprecation;
    process.throwDeprecation = flags.throwDeprecation;
  }

  // process.env: assignments are stored as strings, as in Node (where they go to the C environ).
  function makeEnv(initial) {
    // Java built `initial` with string values already. Like Node v0.10's (an object whose
    // interceptor falls through for unset names), it keeps Object.prototype: env.hasOwnProperty
    // is the usual method until a variable of that name is set.
    var store = initial;
    return new Proxy(store, {
      set: function (target, key, value) {
        target[key] = String(value);
        return true;
      },
      defineProperty: function (target, key, desc) {
        if ('value' in desc) desc = { value: String(desc.value), writable: true, enumerable: true, configurable: true };
        return Reflect.defineProperty(target, key, desc);
      }
    });
  }

  function setupProcessMethods(process, native) {
    var signals = null;
    function constants() {
      if (!signals) signals = process.binding('constants');
      return signals;
    }

    process.cwd = function cwd() {
      return native.cwd();
    };

    process.chdir = function chdir(directory) {
      if (typeof directory !== 'string') throw new TypeError('Bad argument.');
      native.chdir(directory);
    };

    process.umask = function umask(mask) {
      if (arguments.length === 0 || mask === undefined) return native.umask(-1);
      if (typeof mask === 'string') {
        if (!/^[0-7]+$/.test(mask)) throw new TypeError('argument must be an integer or octal string.');
        mask = parseInt(mask, 8);
      } else if (typeof mask !== 'number' || mask % 1 !== 0) {
        throw new TypeError('argument must be an integer or octal string.');
      }
      return native.umask(mask & 511);
    };

    process.getuid = function getuid() { return native.getuid(); };
    process.geteuid = function geteuid() { return native.geteuid(); };
    process.getgid = function getgid() { return native.getgid(); };
    process.getegid = function getegid() { return native.getegid(); };
    process.getgroups = function getgroups() { return Array.from(native.getgroups()); };

    process.setuid = function setuid(id) {
      if (typeof id === 'string') {
        var uid = native.uidOf(id);
        if (uid < 0) throw new Error('setuid user id does not exist');
        id = uid;
      } else if (typeof id !== 'number') {
        throw new TypeError('setuid argument must be a number or a string');
      }
      native.setuid(id);
    };

    process.setgid = function setgid(id) {
      if (typeof id === 'string') {
        var gid = native.gidOf(id);
        if (gid < 0) throw new Error('setgid group id does not exist');
        id = gid;
      } else if (typeof id !== 'number') {
        throw new TypeError('setgid argument must be a number or a string');
      }
      native.setgid(id);
    };

    process.kill = function kill(pid, sig) {
      if (typeof pid !== 'number' || pid !== pid) throw new TypeError('invalid pid');
      var signal;
      if (sig === 0 || sig === undefined || sig === null) {
        signal = sig === 0 ? 0 : constants().SIGTERM;
      } else if (typeof sig === 'number' && sig % 1 === 0 && sig > 0 && sig < 65) {
        signal = sig;
      } else if (typeof sig === 'string' && sig.slice(0, 3) === 'SIG' && typeof constants()[sig] === 'number') {
        signal = constants()[sig];
      } else {
        throw new Error('Unknown signal: ' + sig);
      }
      var code = native.kill(pid, signal);
      if (code) {
        var e = new Error('kill ' + code);
        e.errno = e.code = code;
        e.syscall = 'kill';
        throw e;
      }
      return true;
    };

    process.hrtime = function hrtime(previous) {
      var now = native.hrtime();
      var sec = now[0], nsec = now[1];
      if (previous !== undefined) {
        if (!Array.isArray(previous)) throw new TypeError('process.hrtime() only accepts an Array tuple.');
        sec -= previous[0];
        nsec -= previous[1];
        if (nsec < 0) {
          sec -= 1;
          nsec += 1e9;
        }
      }
      return [sec, nsec];
    };

    process.uptime = function uptime() {
      return native.uptime();
    };

    process.memoryUsage = function memoryUsage() {
      var m = native.memoryUsage();
      return { rss: m[0], heapTotal: m[1], heapUsed: m[2] };
    };

    // Native addons are compiled against V8's C++ API, which jnode does not have. A file that is
    // not even a loadable library fails with the dynamic linker's own message, as in Node.
    process.dlopen = function dlopen(module, filename) {
      var failure = native.tryDlopen(String(filename));
      if (failure) throw new Error(failure);
      throw new Error('Module did not self-register: ' + filename +
                      ' (jnode cannot run native addons built for V8)');
    };

    process.assert = function assert(x, msg) {
      if (!x) throw new Error(msg || 'assertion error');
    };

    process._getActiveHandles = function () { return []; };
    process._getActiveRequests = function () { return []; };
  }

  // process.on('SIGINT', fn) and friends: the first listener for a signal starts a watcher
  // (which does not keep the process alive), the last one removed stops it.
  function setupSignalHandlers(process, EventEmitter) {
    var watchers = {};
    function signalNumber(type) {
      if (typeof type !== 'string' || type.slice(0, 3) !== 'SIG') return 0;
      var n = process.binding('constants')[type];
      return typeof n === 'number' ? n : 0;
    }
    process.on('newListener', function (type) {
      var signum = signalNumber(type);
      if (!signum || Object.prototype.hasOwnProperty.call(watchers, type)) return;
      var Signal = process.binding('signal_wrap').Signal;
      var wrap = new Signal();
      wrap.unref();
      wrap.onsignal = function () { process.emit(type); };
      if (wrap.start(signum) !== 0) {
        wrap.close();
        var e = new Error('uv_signal_start EINVAL');
        e.errno = e.code = 'EINVAL';
        e.syscall = 'uv_signal_start';
        throw e;
      }
      watchers[type] = wrap;
    });
    process.on('removeListener', function (type) {
      if (Object.prototype.hasOwnProperty.call(watchers, type) && EventEmitter.listenerCount(process, type) === 0) {
        watchers[type].close();
        delete watchers[type];
      }
    });
  }

  // setImmediate lives in timers.js; the loop's check phase calls process._immediateCallback
  // while process._needImmediateCallback is true (the same contract as Node v0.10's C++ side).
  function setupImmediateHook(process, native) {
    var needed = false;
    Object.defineProperty(process, '_needImmediateCallback', {
      configurable: true,
      get: function () { return needed; },
      set: function (value) {
        value = !!value;
        if (value !== needed) {
          needed = value;
          loopPhases[kCheckPhase] = value ? 1 : 0;
        }
      }
    });
    native.setImmediateCallback(function immediateCallback() {
      process._immediateCallback();
    });
  }

  // process.nextTick with Node v0.10's semantics: callbacks run after the current callback from
  // the loop, before any I/O; callbacks queued while the queue drains run in the same pass, in
  // "batches", up to process.maxTickDepth batches, after which the loop gets a turn (with a
  // warning, since recursive nextTick starves I/O). The idle "spinner" guarantees the queue is
  // drained even when no callback from the loop would otherwise come.
  function setupNextTick(process, native) {
    var queue = [];
    var index = 0;
    var depth = 0;
    var inTick = false;
    var spinnerActive = false;

    process.maxTickDepth = 1000;

    native.setTickSpinner(function tickFromSpinner() {
      // makeCallback runs the pending ticks right after this returns.
    });

    function setSpinner(active) {
      if (spinnerActive !== active) {
        spinnerActive = active;
        loopPhases[kIdlePhase] = active ? 1 : 0;
      }
    }

    var warning = false;
    function maxTickWarn() {
      // Printing the warning must not warn again (a stream write may itself use nextTick).
      if (warning) return;
      warning = true;
      try {
        printMaxTickWarning();
      } finally {
        warning = false;
      }
    }

    function printMaxTickWarning() {
      var msg = '(node) warning: Recursive process.nextTick detected. ' +
                'This will break in the next version of node. ' +
                'Please use setImmediate for recursive deferral.';
      if (process.throwDeprecation) throw new Error(msg);
      else if (process.traceDeprecation) console.trace(msg);
      else console.error(msg);
    }

    process.nextTick = function nextTick(callback) {
      // On the way out nothing queued would run anyway.
      if (process._exiting) return;
      if (depth >= process.maxTickDepth) maxTickWarn();
      // Two slots per tick (callback, domain); the callback is called as a plain function, so
      // `this` in it is the global object (undefined in strict code), as in v0.10.
      queue.push(callback, process.domain || null);
      setSpinner(true);
    };

    function compact() {
      if (index >= queue.length) queue = [];
      else queue.splice(0, index);
      index = 0;
    }

    function run() {
      if (inTick) return;
      inTick = true;
      try {
        while (depth++ < process.maxTickDepth) {
          var end = queue.length;
          if (index === end) break;
          while (index < end) {
            var callback = queue[index];
            var domain = queue[index + 1];
            index += 2;
            if (domain) {
              if (domain._disposed) continue;
              domain.enter();
            }
            callback();
            if (domain) domain.exit();
          }
        }
      } finally {
        inTick = false;
        depth = 0;
        compact();
        setSpinner(queue.length > 0);
      }
    }

    process._tickCallback = run;

    return {
      run: run,
      pending: function () { return index < queue.length; },
      scheduleRemaining: function () { if (index < queue.length || queue.length) setSpinner(true); }
    };
  }
})
