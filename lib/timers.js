'use strict';
// Timers (setTimeout/setInterval/setImmediate and the enroll/unenroll protocol net uses for
// socket timeouts), over the loop's timer handles (process.binding('timer_wrap').Timer).
//
// Timeouts with the same duration share one list and one loop timer: since they all last equally
// long, the list is ordered by due time just by appending, so starting or re-arming a timeout is
// O(1) and the loop holds one timer per distinct duration. An unref'd timeout gets a loop timer
// of its own, so it can stop keeping the process alive independently of its list.

var Timer = process.binding('timer_wrap').Timer;
var L = require('_linklist');

// Delays outside 1..2^31-1 ms become 1 ms, as in Node (and browsers).
var TIMEOUT_MAX = 2147483647;

// Lists of enrolled items by duration (ms); each has a loop timer in `_timer`.
var lists = {};

function normalizeDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;
  return after;
}

// Appends `item` to the list for its duration (creating the list and its loop timer if needed),
// stamping it with the current loop time.
function insert(item, msecs) {
  item._idleStart = Timer.now();
  item._idleTimeout = msecs;
  if (!(msecs >= 0)) return;
  var list = lists[msecs];
  if (!list) {
    list = lists[msecs] = new TimerList(msecs);
  }
  L.append(list, item);
}

function TimerList(msecs) {
  L.init(this);
  this.msecs = msecs;
  this._timer = new Timer();
  this._timer.ontimeout = listOnTimeout.bind(null, this);
  this._timer.start(msecs, 0);
}

// Runs every item in the list whose time has come, then re-arms the loop timer for the next one.
function listOnTimeout(list) {
  var msecs = list.msecs;
  var now = Timer.now();
  var first;
  while ((first = L.peek(list))) {
    // A timer added by a callback in this pass started after `now`: re-read the clock so a long
    // callback does not make it look overdue (or, with a stale clock, negative).
    if (now < first._idleStart) now = Timer.now();
    var elapsed = now - first._idleStart;
    if (elapsed < msecs) {
      list._timer.start(msecs - elapsed, 0);
      return;
    }
    L.remove(first);
    if (!first._onTimeout) continue;
    var domain = first.domain;
    if (domain) {
      if (domain._disposed) continue;
      domain.enter();
    }
    var threw = true;
    try {
      first._onTimeout();
      threw = false;
    } finally {
      // An exception goes to 'uncaughtException'; the rest of the list must still run.
      if (threw) list._timer.start(0, 0);
    }
    if (domain) domain.exit();
  }
  // Empty: drop the list, unless a callback just recreated one for this duration.
  if (lists[msecs] === list) delete lists[msecs];
  list._timer.close();
}

exports.enroll = function (item, msecs) {
  if (item._idleNext) exports.unenroll(item);
  // Node v0.10 only checks the upper bound here.
  if (msecs > TIMEOUT_MAX) msecs = TIMEOUT_MAX;
  item._idleTimeout = msecs;
  L.init(item);
};

exports.unenroll = function (item) {
  L.remove(item);
  var list = lists[item._idleTimeout];
  if (list && L.isEmpty(list)) {
    list._timer.close();
    delete lists[item._idleTimeout];
  }
  item._idleTimeout = -1;
};

// (Re)starts an enrolled item's countdown.
exports.active = function (item) {
  var msecs = item._idleTimeout;
  if (msecs >= 0) insert(item, msecs);
};

// ---------------------------------------------------------------------------------------------
// Timeout objects, as returned by setTimeout/setInterval.

function Timeout(after) {
  this._idleTimeout = after;
  this._idlePrev = this;
  this._idleNext = this;
  this._idleStart = null;
  this._onTimeout = null;
  this._repeat = false;
}

// Moves the timeout onto a loop timer of its own that does not keep the process alive.
Timeout.prototype.unref = function () {
  if (this._handle) {
    this._handle.unref();
    return;
  }
  var timer = this;
  var msecs = this._idleTimeout;
  var now = Timer.now();
  var delay = this._idleStart === null ? msecs : this._idleStart + msecs - now;
  exports.unenroll(this);
  this._idleTimeout = msecs;
  this._handle = new Timer();
  this._handle.ontimeout = function () {
    var callback = timer._onTimeout;
    // A one-shot timeout is spent once it fires; its handle goes with it.
    if (!timer._repeat) Timeout.prototype.close.call(timer);
    if (typeof callback !== 'function') return;
    // Run in the timeout's domain, as the shared list would have.
    var domain = timer.domain;
    if (domain) {
      if (domain._disposed) return;
      domain.enter();
    }
    callback.call(timer);
    if (domain) domain.exit();
  };
  this._handle.start(delay > 0 ? delay : 0, 0);
  this._handle.unref();
};

Timeout.prototype.ref = function () {
  if (this._handle) this._handle.ref();
};

Timeout.prototype.close = function () {
  this._onTimeout = null;
  if (this._handle) {
    this._handle.ontimeout = null;
    this._handle.close();
    this._handle = null;
  } else {
    exports.unenroll(this);
  }
};

function boundCallback(timer, callback, args) {
  return function () {
    callback.apply(timer, args);
  };
}

exports.setTimeout = function (callback, after) {
  var timer = new Timeout(normalizeDelay(after));
  if (arguments.length <= 2) {
    timer._onTimeout = callback;
  } else {
    timer._onTimeout = boundCallback(timer, callback, Array.prototype.slice.call(arguments, 2));
  }
  if (process.domain) timer.domain = process.domain;
  exports.active(timer);
  return timer;
};

exports.clearTimeout = function (timer) {
  if (timer && (timer.ontimeout || timer._onTimeout)) {
    timer.ontimeout = timer._onTimeout = null;
    if (timer instanceof Timeout) {
      timer.close();
    } else {
      exports.unenroll(timer);
    }
  }
};

exports.setInterval = function (callback, repeat) {
  repeat = normalizeDelay(repeat);
  var timer = new Timeout(repeat);
  var args = Array.prototype.slice.call(arguments, 2);
  timer._onTimeout = wrapper;
  timer._repeat = true;
  if (process.domain) timer.domain = process.domain;
  exports.active(timer);
  return timer;

  function wrapper() {
    callback.apply(this, args);
    // The callback may have cleared the interval (or unref'd it, moving it to its own handle).
    if (!timer._repeat) return;
    if (timer._handle) {
      timer._handle.start(repeat, 0);
    } else {
      timer._idleTimeout = repeat;
      exports.active(timer);
    }
  }
};

exports.clearInterval = function (timer) {
  if (timer && timer._repeat) {
    timer._repeat = false;
    exports.clearTimeout(timer);
  }
};

// ---------------------------------------------------------------------------------------------
// Unref'd enrolled items (socket timeouts): one list in start order, one unref'd loop timer
// armed for the earliest due item.

var unrefList = null;
var unrefTimer = null;
var unrefTimerDue = -1;

function unrefTimeout() {
  var now = Timer.now();
  // Snapshot what is due first: callbacks may add, re-arm or remove any item of the list.
  var due = [];
  for (var item = unrefList._idlePrev; item !== unrefList; item = item._idlePrev) {
    if (item._idleStart + item._idleTimeout <= now) due.push(item);
  }
  var threw = true;
  try {
    for (var i = 0; i < due.length; i++) {
      item = due[i];
      // Skip items that an earlier callback removed (unenroll) or re-armed.
      if (!item._idleNext || item._idleStart + item._idleTimeout > now) continue;
      L.remove(item);
      if (!item._onTimeout) continue;
      var domain = item.domain;
      if (domain) {
        if (domain._disposed) continue;
        domain.enter();
      }
      item._onTimeout();
      if (domain) domain.exit();
    }
    threw = false;
  } finally {
    // After an exception ('uncaughtException' may handle it), pick up the rest promptly.
    if (threw) rearmUnref(0);
    else rearmForEarliest();
  }
}

function rearmForEarliest() {
  var now = Timer.now();
  var next = Infinity;
  for (var item = unrefList._idleNext; item !== unrefList; item = item._idleNext) {
    var wait = item._idleStart + item._idleTimeout - now;
    if (wait < next) next = wait;
  }
  if (next !== Infinity) rearmUnref(next > 0 ? next : 0);
}

function rearmUnref(delay) {
  unrefTimer.start(delay, 0);
  unrefTimerDue = Timer.now() + delay;
}

exports._unrefActive = function (item) {
  var msecs = item._idleTimeout;
  if (!msecs || msecs < 0) return;
  L.remove(item);
  if (!unrefList) {
    unrefList = {};
    L.init(unrefList);
    unrefTimer = new Timer();
    unrefTimer.unref();
    unrefTimer.ontimeout = unrefTimeout;
  }
  var now = Timer.now();
  item._idleStart = now;
  if (L.isEmpty(unrefList)) {
    L.append(unrefList, item);
    rearmUnref(msecs);
    return;
  }
  L.append(unrefList, item);
  if (now + msecs < unrefTimerDue) rearmUnref(msecs);
};

// ---------------------------------------------------------------------------------------------
// setImmediate: a queue drained in the loop's check phase, right after I/O. Everything queued
// before the phase starts runs in it; immediates queued meanwhile wait for the next turn.

var immediateQueue = {};
L.init(immediateQueue);

// The loop runs its check phase only while process._needImmediateCallback is true.
function setPending(pending) {
  if (process._needImmediateCallback !== pending) process._needImmediateCallback = pending;
}

function processImmediate() {
  var queue = immediateQueue;
  immediateQueue = {};
  L.init(immediateQueue);
  while (!L.isEmpty(queue)) {
    var immediate = L.shift(queue);
    var domain = immediate.domain;
    if (domain) domain.enter();
    var threw = true;
    try {
      immediate._onImmediate();
      threw = false;
    } finally {
      if (threw && !L.isEmpty(queue)) {
        // Keep what has not run yet ahead of what was queued meanwhile.
        while (!L.isEmpty(immediateQueue)) L.append(queue, L.shift(immediateQueue));
        immediateQueue = queue;
      }
      if (threw) setPending(!L.isEmpty(immediateQueue));
    }
    if (domain) domain.exit();
  }
  setPending(!L.isEmpty(immediateQueue));
}

process._immediateCallback = processImmediate;

function Immediate() {}

exports.setImmediate = function (callback, arg1, arg2, arg3) {
  var immediate = new Immediate();
  L.init(immediate);
  if (arguments.length <= 1) {
    immediate._onImmediate = callback;
  } else {
    immediate._onImmediate = boundCallback(immediate, callback, Array.prototype.slice.call(arguments, 1));
  }
  if (process.domain) immediate.domain = process.domain;
  L.append(immediateQueue, immediate);
  setPending(true);
  return immediate;
};

exports.clearImmediate = function (immediate) {
  if (!immediate) return;
  immediate._onImmediate = undefined;
  L.remove(immediate);
  if (L.isEmpty(immediateQueue)) setPending(false);
};
