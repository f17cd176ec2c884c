'use strict';
// The `console` core module: a Console writes util.format()ted lines to a
// stdout-like and a stderr-like stream via `stream.write(string)`. The module
// exports the process-wide instance (on process.stdout/stderr) with the
// Console constructor attached, as Node v0.10 does. Every method is bound to
// its instance so it can be passed around (`[1, 2].forEach(console.log)`).

var util = require('util');

function Console(stdout, stderr) {
  if (!(this instanceof Console)) return new Console(stdout, stderr);
  if (!stdout || typeof stdout.write !== 'function') {
    throw new TypeError('Console expects a writable stream instance');
  }
  if (!stderr) stderr = stdout;

  // Internal state stays non-enumerable so inspecting a console shows only
  // its methods.
  defineHidden(this, '_stdout', stdout);
  defineHidden(this, '_stderr', stderr);
  // Timers are kept as { label, time } records rather than object keys, so
  // labels like '__proto__' or 'constructor' work (as in v0.10.40).
  defineHidden(this, '_times', []);

  var self = this;
  Object.keys(Console.prototype).forEach(function(name) {
    self[name] = self[name].bind(self);
  });
}

function defineHidden(target, name, value) {
  Object.defineProperty(target, name, {
    value: value,
    writable: true,
    enumerable: false,
    configurable: true
  });
}

Console.prototype.log = function() {
  this._stdout.write(util.format.apply(this, arguments) + '\n');
};

Console.prototype.info = Console.prototype.log;

Console.prototype.warn = function() {
  this._stderr.write(util.format.apply(this, arguments) + '\n');
};

Console.prototype.error = Console.prototype.warn;

// Plain util.inspect(): in v0.10 an object's own inspect() is honoured here
// too (bypassing it came in v0.11).
Console.prototype.dir = function(object) {
  this._stdout.write(util.inspect(object) + '\n');
};

Console.prototype.time = function(label) {
  var timer = findTimer(this._times, label);
  if (timer) {
    timer.time = Date.now();
  } else {
    this._times.push({ label: label, time: Date.now() });
  }
};

Console.prototype.timeEnd = function(label) {
  var timer = findTimer(this._times, label);
  if (!timer) throw new Error('No such label: ' + label);
  var duration = Date.now() - timer.time;
  this.log('%s: %dms', label, duration);
};

function findTimer(times, label) {
  for (var i = 0; i < times.length; i++) {
    if (times[i].label === label) return times[i];
  }
  return null;
}

Console.prototype.trace = function trace() {
  // An Error named 'Trace' gives the familiar 'Trace: message' header
  // followed by the caller's stack (this function's frame omitted).
  var err = new Error();
  err.name = 'Trace';
  err.message = util.format.apply(this, arguments);
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(err, trace);
  } else {
    err.stack = withoutOwnFrame(err);
  }
  this.error(err.stack);
};

// Without Error.captureStackTrace: rebuild the stack from the header and the
// frames, dropping the first frame (this trace function itself).
function withoutOwnFrame(err) {
  var lines = String(err.stack).split('\n');
  var firstFrame = -1;
  for (var i = 0; i < lines.length; i++) {
    if (/^\s+at /.test(lines[i])) {
      firstFrame = i;
      break;
    }
  }
  var header = err.message ? 'Trace: ' + err.message : 'Trace';
  if (firstFrame < 0) return header;
  return [header].concat(lines.slice(firstFrame + 1)).join('\n');
}

Console.prototype.assert = function(expression) {
  if (!expression) {
    var rest = Array.prototype.slice.call(arguments, 1);
    // Loaded lazily: assert itself may use the console.
    require('assert').ok(false, util.format.apply(this, rest));
  }
};


module.exports = new Console(process.stdout, process.stderr);
module.exports.Console = Console;
