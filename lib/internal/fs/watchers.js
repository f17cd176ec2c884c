'use strict';
// fs.watch (FSWatcher, over the kernel's change notifications: process.binding('fs_event_wrap'))
// and fs.watchFile / fs.unwatchFile (StatWatcher, which stats the file every `interval` ms), as
// Node v0.10 defines them.
//
// StatWatcher follows libuv's fs_poll: the first successful stat only records the file; after
// that, 'change' (current, previous) is emitted whenever the stat differs (size, times to the
// nanosecond, mode, owner, inode, device), and once when the file disappears (current then has
// every field 0). A file missing from the start is not reported until it appears.

var util = require('util');
var pathModule = require('path');
var EventEmitter = require('events').EventEmitter;
var FSEvent = process.binding('fs_event_wrap').FSEvent;
var Timer = process.binding('timer_wrap').Timer;
var binding = process.binding('fs');
var stats = require('internal/fs/stats');
var nullCheck = require('internal/fs/utils').nullCheck;

function errnoException(code, syscall) {
  var e = new Error(syscall + ' ' + code);
  e.errno = e.code = code;
  e.syscall = syscall;
  return e;
}

// ---------------------------------------------------------------------------------------------
// fs.watch

function FSWatcher() {
  EventEmitter.call(this);
  var self = this;
  this._handle = new FSEvent();
  this._handle.owner = this;
  this._handle.onchange = function (status, event, filename) {
    if (status) {
      self._handle.close();
      self.emit('error', errnoException(status, 'watch'));
    } else {
      self.emit('change', event, filename);
    }
  };
}
util.inherits(FSWatcher, EventEmitter);

FSWatcher.prototype.start = function (filename, persistent) {
  nullCheck(filename);
  if (typeof filename !== 'string') throw new TypeError('Bad arguments');
  var err = this._handle.start(filename, !!persistent);
  if (err) {
    this._handle.close();
    throw errnoException(err, 'watch');
  }
};

FSWatcher.prototype.close = function () {
  this._handle.close();
};

function watch(filename) {
  nullCheck(filename);
  var options;
  var listener;
  if (arguments[1] !== null && typeof arguments[1] === 'object') {
    options = arguments[1];
    listener = arguments[2];
  } else {
    options = {};
    listener = arguments[1];
  }
  if (options.persistent === undefined) options.persistent = true;

  var watcher = new FSWatcher();
  watcher.start(filename, options.persistent);
  if (listener) watcher.addListener('change', listener);
  return watcher;
}

// ---------------------------------------------------------------------------------------------
// fs.watchFile

// The fields that tell a change (libuv's statbuf_eq): everything but nlink, blksize, blocks
// and atime. Indexes into the binding's stat values.
var COMPARED = [0, 1, 2, 4, 5, 6, 7, 11, 12, 14, 15];

function sameFile(a, b) {
  for (var i = 0; i < COMPARED.length; i++) {
    if (a[COMPARED[i]] !== b[COMPARED[i]]) return false;
  }
  return true;
}

var ZERO_VALUES = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

function StatWatcher() {
  EventEmitter.call(this);
  this._filename = null;
  this._interval = 0;
  this._timer = null;
  this._startTime = 0;
  // The values of the last successful stat (zeros until there is one), and what the last
  // poll found: 0 nothing yet, 1 the file, or the error code of a failed stat.
  this._values = ZERO_VALUES;
  this._polled = 0;
  // Node's view: -1 until a poll succeeds, then the status of the latest report.
  this._status = -1;
}
util.inherits(StatWatcher, EventEmitter);

StatWatcher.prototype.start = function (filename, persistent, interval) {
  nullCheck(filename);
  if (this._timer) return;
  var self = this;
  this._filename = filename;
  this._interval = interval >= 1 ? Math.floor(interval) : 1;
  this._timer = new Timer();
  this._timer.ontimeout = function () {
    self._poll();
  };
  if (!persistent) this._timer.unref();
  this._poll();
};

StatWatcher.prototype._poll = function () {
  var self = this;
  var timer = this._timer;
  this._startTime = Timer.now();
  binding.stat(this._filename, function (err) {
    // stop() while the stat was under way: nothing more to report.
    if (self._timer !== timer) return;
    if (err) {
      self._failed(err.code);
    } else {
      self._succeeded(stats.lastValues());
    }
    if (self._timer !== timer) return;
    // The next poll starts a whole number of intervals after this one started.
    var elapsed = Timer.now() - self._startTime;
    timer.start(self._interval - (elapsed % self._interval), 0);
  });
};

StatWatcher.prototype._failed = function (code) {
  if (this._polled === code) return;
  this._polled = code;
  this._report(ZERO_VALUES, -1);
};

StatWatcher.prototype._succeeded = function (values) {
  var previous = this._values;
  var report = this._polled !== 0 && !sameFile(previous, values);
  this._values = values;
  this._polled = 1;
  if (report) this._report(values, 0, previous);
};

StatWatcher.prototype._report = function (current, status, previous) {
  previous = previous || this._values;
  // A file that is missing, and was missing before, is no news.
  if (this._status === -1 && status === -1 && current[3] === previous[3]) return;
  this._status = status;
  this.emit('change', stats.fromValues(current), stats.fromValues(previous));
};

StatWatcher.prototype.stop = function () {
  if (!this._timer) return;
  this._timer.close();
  this._timer = null;
  var self = this;
  process.nextTick(function () {
    self.emit('stop');
  });
};

var statWatchers = Object.create(null);

function watchFile(filename) {
  nullCheck(filename);
  filename = pathModule.resolve(filename);
  var options = { interval: 5007, persistent: true };
  var listener;
  if (arguments[1] !== null && typeof arguments[1] === 'object') {
    options = util._extend(options, arguments[1]);
    listener = arguments[2];
  } else {
    listener = arguments[1];
  }
  if (!listener) throw new Error('watchFile requires a listener function');

  var watcher = statWatchers[filename];
  if (!watcher) {
    watcher = statWatchers[filename] = new StatWatcher();
    watcher.start(filename, options.persistent, options.interval);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  nullCheck(filename);
  filename = pathModule.resolve(filename);
  var watcher = statWatchers[filename];
  if (!watcher) return;

  if (typeof listener === 'function') {
    watcher.removeListener('change', listener);
  } else {
    watcher.removeAllListeners('change');
  }
  if (EventEmitter.listenerCount(watcher, 'change') === 0) {
    watcher.stop();
    delete statWatchers[filename];
  }
}

module.exports = {
  FSWatcher: FSWatcher,
  StatWatcher: StatWatcher,
  watch: watch,
  watchFile: watchFile,
  unwatchFile: unwatchFile
};
