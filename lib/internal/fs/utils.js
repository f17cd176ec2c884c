'use strict';
// Shared by lib/fs.js and its helper modules (lib/internal/fs/*): what happens when a callback
// is missing, and the argument checks with Node v0.10's exact errors.

var Buffer = require('buffer').Buffer;
var hostMemory = require('internal/host_memory');

var DEBUG = !!process.env.NODE_DEBUG && /fs/.test(process.env.NODE_DEBUG);

// ---------------------------------------------------------------------------------------------
// Callbacks and argument checks

var warnedMissingCallback = false;

// The callback used when the caller passed none: v0.10 reports the error as a deprecation
// (thrown under --throw-deprecation, otherwise printed once). With NODE_DEBUG=fs the error's
// stack is the caller's, so the forgotten callback can be found.
function missingCallback() {
  var backtrace = DEBUG ? new Error() : null;
  return function (err) {
    if (!err) return;
    if (backtrace) {
      backtrace.message = err.message;
      backtrace.stack = err.name + ': ' + err.message +
        backtrace.stack.slice(backtrace.stack.indexOf('\n'));
      err = backtrace;
    }
    if (process.throwDeprecation) throw err;
    if (process.noDeprecation || warnedMissingCallback) return;
    warnedMissingCallback = true;
    var msg = 'fs: missing callback ' + (err.stack || err.message);
    if (process.traceDeprecation) console.trace(msg);
    else console.error(msg);
  };
}

// The callback for an asynchronous call: the caller's (run in the domain that was active when
// the call was made, as Node v0.10's requests do), or the missing-callback reporter.
function maybeCallback(cb) {
  return typeof cb === 'function' ? inDomain(cb) : missingCallback();
}

function inDomain(cb) {
  var domain = process.domain;
  return domain && typeof domain.bind === 'function' ? domain.bind(cb) : cb;
}

// A path with a NUL byte never reaches the kernel: the error is thrown, or handed to the
// callback on the next tick.
function nullCheck(path, callback) {
  if (('' + path).indexOf('\u0000') !== -1) {
    var er = new Error('Path must be a string without null bytes.');
    if (!callback) throw er;
    process.nextTick(function () {
      callback(er);
    });
    return false;
  }
  return true;
}

function checkPath(path, what) {
  if (typeof path !== 'string') throw new TypeError((what || 'path') + ' must be a string');
}

function isInt32(n) {
  return typeof n === 'number' && (n | 0) === n;
}

function isUint32(n) {
  return typeof n === 'number' && n >>> 0 === n;
}

function checkFd(fd) {
  if (!isInt32(fd)) throw new TypeError('Bad argument');
}

function checkInt(value) {
  if (!isInt32(value)) throw new TypeError('Bad argument');
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) throw new Error('Unknown encoding: ' + encoding);
}

// Modes may be numbers or octal strings ('0644').
function modeNum(m, def) {
  switch (typeof m) {
    case 'number': return m;
    case 'string': return parseInt(m, 8);
    default: return def === undefined ? undefined : modeNum(def);
  }
}

// A file position: a number, or -1 for "the current position" (null, undefined...).
function positionOf(position) {
  return typeof position === 'number' && position >= 0 ? Math.floor(position) : -1;
}

function memoryOf(buffer) {
  var memory = hostMemory.memoryOf(buffer);
  if (memory === null) throw new TypeError('Buffer has no host memory');
  return memory;
}

module.exports = {
  maybeCallback: maybeCallback,
  inDomain: inDomain,
  nullCheck: nullCheck,
  checkPath: checkPath,
  isInt32: isInt32,
  isUint32: isUint32,
  checkFd: checkFd,
  checkInt: checkInt,
  assertEncoding: assertEncoding,
  modeNum: modeNum,
  positionOf: positionOf,
  memoryOf: memoryOf
};
