'use strict';
// The `events` core module: Node v0.10's EventEmitter. Listeners live in the
// v0.10 storage shape that user code and Node's own tests inspect directly:
// `emitter._events[type]` is a single function for one listener and an array
// once a second listener is added (the array carries `warned` after a leak
// warning), and `emitter._maxListeners` holds the per-emitter limit.
// `require('events')` is the v0.10 exports object ({ usingDomains,
// EventEmitter }), not the constructor itself (that changed in v0.11).

var DEFAULT_MAX_LISTENERS = 10;

// Loaded only when domains are switched on (the domain module sets
// `exports.usingDomains = true` when it is first required).
var domainModule = null;

exports.usingDomains = false;

function EventEmitter() {
  this.domain = null;
  if (exports.usingDomains) {
    domainModule = domainModule || require('domain');
    var active = process.domain;
    // A domain is itself an EventEmitter and must not join the active one.
    if (active && !(this instanceof domainModule.Domain)) {
      this.domain = active;
    }
  }
  // Keep listeners a subclass registered before calling this constructor.
  this._events = this._events || {};
  this._maxListeners = this._maxListeners || DEFAULT_MAX_LISTENERS;
}
exports.EventEmitter = EventEmitter;

// `_events` is a plain object, so an event called e.g. 'toString' must not
// pick up Object.prototype's function as if it were a listener.
var hasOwn = Object.prototype.hasOwnProperty;

function storedListeners(events, type) {
  return hasOwn.call(events, type) ? events[type] : undefined;
}

function storeListeners(events, type, value) {
  if (type === '__proto__') {
    // Plain assignment would replace the object's prototype instead.
    Object.defineProperty(events, type, {
      value: value, writable: true, enumerable: true, configurable: true
    });
  } else {
    events[type] = value;
  }
}

// An emptied entry. Core objects gain and lose listeners for a few events over and over (a
// writer waiting for 'drain', a pipe's handlers, once('end')); deleting the property and adding
// it back changes the layout of `_events` twice, which costs GraalJS ~400 ns on objects it sees
// in many layouts, so those names are emptied to undefined. Any other name is deleted, so that
// many short-lived names (ids, say) do not accumulate.
function dropListeners(events, type) {
  switch (type) {
    case 'data': case 'end': case 'finish': case 'close': case 'error': case 'drain':
    case 'readable': case 'timeout': case 'connect': case 'unpipe': case 'prefinish':
    case 'response': case 'socket': case 'free':
      events[type] = undefined;
      return;
  }
  delete events[type];
}

function listenerMustBeFunction(listener) {
  if (typeof listener !== 'function') {
    throw new TypeError('listener must be a function');
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  if (typeof n !== 'number' || n < 0 || isNaN(n)) {
    throw new TypeError('n must be a positive number');
  }
  this._maxListeners = n;
};

EventEmitter.prototype.emit = function emit(type) {
  if (!this._events) this._events = {};
  var handler = storedListeners(this._events, type);

  if (type === 'error' && (!handler ||
      (typeof handler === 'object' && handler.length === 0))) {
    return unhandledError(this, arguments[1]);
  }
  if (handler === undefined || handler === null) return false;

  var domain = this.domain;
  var useDomain = domain && this !== process;
  if (useDomain) domain.enter();

  if (typeof handler === 'function') {
    // Calling with the exact argument count keeps `arguments.length` right.
    switch (arguments.length) {
      case 1: handler.call(this); break;
      case 2: handler.call(this, arguments[1]); break;
      case 3: handler.call(this, arguments[1], arguments[2]); break;
      default: handler.apply(this, sliceArgs(arguments, 1));
    }
  } else if (typeof handler === 'object') {
    var args = sliceArgs(arguments, 1);
    // Copy first: listeners added or removed while emitting do not change
    // which listeners this emit calls.
    var listeners = handler.slice();
    for (var i = 0; i < listeners.length; i++) {
      listeners[i].apply(this, args);
    }
  }

  if (useDomain) domain.exit();
  return true;
};

function unhandledError(emitter, er) {
  if (emitter.domain) {
    if (!er) er = new TypeError('Uncaught, unspecified "error" event.');
    er.domainEmitter = emitter;
    er.domain = emitter.domain;
    er.domainThrown = false;
    emitter.domain.emit('error', er);
    return false;
  }
  if (er instanceof Error) throw er;
  throw new TypeError('Uncaught, unspecified "error" event.');
}

function sliceArgs(args, from) {
  var out = new Array(Math.max(args.length - from, 0));
  for (var i = from; i < args.length; i++) out[i - from] = args[i];
  return out;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  listenerMustBeFunction(listener);
  if (!this._events) this._events = {};

  // Announce before adding, so a 'newListener' listener being added does not
  // hear about itself. once() wrappers are announced as the user's function.
  if (storedListeners(this._events, 'newListener')) {
    this.emit('newListener', type,
              typeof listener.listener === 'function' ?
                  listener.listener : listener);
  }

  var existing = storedListeners(this._events, type);
  if (!existing) {
    storeListeners(this._events, type, listener);
    return this;
  }
  if (typeof existing === 'object') {
    existing.push(listener);
  } else {
    existing = [existing, listener];
    storeListeners(this._events, type, existing);
  }

  if (!existing.warned) {
    var max = this._maxListeners !== undefined ?
        this._maxListeners : DEFAULT_MAX_LISTENERS;
    if (max && max > 0 && existing.length > max) {
      existing.warned = true;
      console.error('(node) warning: possible EventEmitter memory ' +
                    'leak detected. %d listeners added. ' +
                    'Use emitter.setMaxListeners() to increase limit.',
                    existing.length);
      console.trace();
    }
  }
  return this;
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.once = function once(type, listener) {
  listenerMustBeFunction(listener);
  // `called` guards against a listener that re-emits the same event before
  // the wrapper has been removed.
  var called = false;
  function onceWrapper() {
    this.removeListener(type, onceWrapper);
    if (!called) {
      called = true;
      listener.apply(this, arguments);
    }
  }
  onceWrapper.listener = listener;
  this.on(type, onceWrapper);
  return this;
};

EventEmitter.prototype.removeListener =
    function removeListener(type, listener) {
  listenerMustBeFunction(listener);
  if (!this._events) return this;
  var list = storedListeners(this._events, type);
  if (!list) return this;

  if (list === listener ||
      (typeof list.listener === 'function' && list.listener === listener)) {
    dropListeners(this._events, type);
  } else if (typeof list === 'object') {
    // Search from the end: the most recently added copy goes first.
    var position = -1;
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener ||
          (list[i].listener && list[i].listener === listener)) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (list.length === 1) {
      list.length = 0;
      dropListeners(this._events, type);
    } else {
      list.splice(position, 1);
    }
  } else {
    return this;
  }

  // Reported after the removal, with the function the caller passed.
  if (storedListeners(this._events, 'removeListener')) {
    this.emit('removeListener', type, listener);
  }
  return this;
};

EventEmitter.prototype.removeAllListeners =
    function removeAllListeners(type) {
  if (!this._events) return this;

  // Nobody listens for 'removeListener': just drop the entries.
  if (!storedListeners(this._events, 'removeListener')) {
    if (arguments.length === 0) {
      this._events = {};
    } else if (storedListeners(this._events, type)) {
      delete this._events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    // 'removeListener' listeners go last so they hear about all the others.
    for (var key in this._events) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = {};
    return this;
  }

  var listeners = storedListeners(this._events, type);
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (Array.isArray(listeners)) {
    // Last in, first out.
    while (listeners.length) {
      this.removeListener(type, listeners[listeners.length - 1]);
    }
  }
  delete this._events[type];
  return this;
};

EventEmitter.prototype.listeners = function listeners(type) {
  var stored = this._events ? storedListeners(this._events, type) : undefined;
  if (!stored) return [];
  if (typeof stored === 'function') return [stored];
  return stored.slice();
};

EventEmitter.listenerCount = function(emitter, type) {
  var stored = emitter._events ?
      storedListeners(emitter._events, type) : undefined;
  if (!stored) return 0;
  if (typeof stored === 'function') return 1;
  return stored.length;
};
