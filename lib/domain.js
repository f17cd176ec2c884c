'use strict';
// Domains (Node v0.10): a group of I/O operations whose errors — thrown in callbacks or
// emitted as 'error' — go to the domain's 'error' event instead of crashing the process.
//
// The active domain is process.domain. Everything created while a domain is active remembers it
// (new EventEmitters, timers, immediates, nextTick callbacks, I/O requests), and the runtime
// re-enters that domain whenever it calls back into such a thing. An uncaught exception thrown
// while a domain is active reaches the domain through process._fatalException, which calls
// the domain's _errorHandler.

var util = require('util');
var events = require('events');
var EventEmitter = events.EventEmitter;

// Requiring this module is what switches domain tracking on for new EventEmitters.
events.usingDomains = true;

var stack = [];
exports._stack = stack;
exports.active = null;

function Domain() {
  EventEmitter.call(this);
  this.members = [];
}
util.inherits(Domain, EventEmitter);
exports.Domain = Domain;

exports.create = exports.createDomain = function () {
  return new Domain();
};

function setActive(domain) {
  exports.active = process.domain = domain;
}

// Called by process._fatalException when an error is thrown while this domain is active.
// Returns whether the error was handled.
Domain.prototype._errorHandler = function (er) {
  if (this._disposed) return true;
  if (er && typeof er === 'object') {
    er.domain = this;
    er.domainThrown = true;
  }
  var caught;
  // The only domain entered: an error its handler throws is not caught here but ends the
  // process as itself (reported by the loop, status 7), not as the error it was handling.
  if (stack.length === 1 && stack[0] === this) {
    caught = this.emit('error', er);
    stack.length = 0;
    setActive(null);
    return caught;
  }
  try {
    caught = this.emit('error', er);
    // The throw ended the current tick: no domain stays entered across ticks.
    stack.length = 0;
    setActive(null);
  } catch (er2) {
    // The 'error' handler threw. An enclosing domain may catch that; otherwise the process dies.
    if (this === exports.active) stack.pop();
    if (stack.length) {
      setActive(stack[stack.length - 1]);
      caught = process._fatalException(er2);
    } else {
      setActive(null);
      caught = false;
    }
  }
  return caught;
};

Domain.prototype.enter = function () {
  if (this._disposed) return;
  setActive(this);
  stack.push(this);
};

// Leaves this domain and any entered after it.
Domain.prototype.exit = function () {
  if (this._disposed) return;
  // A domain that is not on the stack changes nothing (an unmatched exit must not empty it).
  var index = stack.lastIndexOf(this);
  if (index === -1) return;
  stack.splice(index);
  // The stack's new top: undefined once it is empty, as v0.10 leaves it (null only before any
  // domain was entered, or after an error cleared the stack).
  setActive(stack[stack.length - 1]);
};

Domain.prototype.add = function (ee) {
  if (ee.domain === this) return;
  if (ee.domain) ee.domain.remove(ee);
  // A domain must not become a member of one of its own descendants.
  if (this.domain && ee instanceof Domain) {
    for (var d = this.domain; d; d = d.domain) {
      if (ee === d) return;
    }
  }
  ee.domain = this;
  this.members.push(ee);
};

Domain.prototype.remove = function (ee) {
  ee.domain = null;
  var index = this.members.indexOf(ee);
  if (index !== -1) this.members.splice(index, 1);
};

Domain.prototype.run = function (fn) {
  if (this._disposed) return;
  this.enter();
  var ret = fn.apply(this, Array.prototype.slice.call(arguments, 1));
  this.exit();
  return ret;
};

function bound(domain, cb, interceptErrors) {
  var b = function (er) {
    if (domain._disposed) return;
    if (interceptErrors && er instanceof Error) {
      er.domainBound = cb;
      er.domainThrown = false;
      er.domain = domain;
      domain.emit('error', er);
      return;
    }
    var args = interceptErrors ? Array.prototype.slice.call(arguments, 1) : arguments;
    domain.enter();
    var ret = cb.apply(this, args);
    domain.exit();
    return ret;
  };
  b.domain = domain;
  return b;
};

Domain.prototype.bind = function (cb) {
  return bound(this, cb, false);
};

Domain.prototype.intercept = function (cb) {
  return bound(this, cb, true);
};

// Best effort: stop everything that belongs to the domain and ignore what it still reports.
Domain.prototype.dispose = function () {
  if (this._disposed) return;
  this.exit();
  if (this.domain) this.domain.remove(this);
  this.members.forEach(function (m) {
    if (m._idleTimeout !== undefined && m._onTimeout !== undefined) {
      // a timer
      require('timers').clearTimeout(m);
      return;
    }
    if (typeof m.dispose === 'function') m.dispose();
    else if (typeof m.destroy === 'function') m.destroy();
    else if (typeof m.close === 'function') m.close();
  });
  this.members.length = 0;
  this.emit('dispose');
  this.removeAllListeners();
  this.on('error', function () {});
  this._disposed = true;
};
