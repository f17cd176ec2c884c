'use strict';
// Emits the stream events that fire once per chunk ('data', 'readable', 'drain') with the same
// effect as `emitter.emit(name, ...)`, but cheaper under GraalJS. EventEmitter's emit() reads
// `_events[type]` at one call site shared by every event name and every emitter, which GraalJS
// cannot cache: it searches the object's property map and compares the name's characters each
// time (~10% of a Readable -> Transform -> Writable pipeline). Each function here reads its
// event's entry under a literal name, a load the engine caches per object layout.
//
// The shortcut is taken only when it cannot differ from emit(): the emitter uses
// EventEmitter.prototype.emit (an override must see every event), has no domain (emit() enters
// it), already has `_events`, and Object.prototype has no property of that name (emit() ignores
// inherited entries). Otherwise emit() itself runs.

var EventEmitter = require('events').EventEmitter;
var protoEmit = EventEmitter.prototype.emit;
var objectProto = Object.prototype;

function plainEmitter(emitter) {
  return emitter.emit === protoEmit && !emitter.domain && !!emitter._events;
}

// emit()'s dispatch for a stored entry: a function, or an array copied before the calls (so
// listeners added or removed meanwhile do not change who is called). `withArg` keeps
// `arguments.length` in the listeners what emit(name) / emit(name, arg) would give them.
function callStored(emitter, handler, withArg, arg) {
  if (handler === undefined || handler === null) return false;
  if (typeof handler === 'function') {
    if (withArg) handler.call(emitter, arg);
    else handler.call(emitter);
  } else if (typeof handler === 'object') {
    var listeners = handler.slice();
    for (var i = 0; i < listeners.length; i++) {
      if (withArg) listeners[i].call(emitter, arg);
      else listeners[i].call(emitter);
    }
  }
  return true;
}

exports.data = function emitData(emitter, chunk) {
  if (!plainEmitter(emitter) || objectProto.data !== undefined) {
    return emitter.emit('data', chunk);
  }
  return callStored(emitter, emitter._events.data, true, chunk);
};

exports.readable = function emitReadable(emitter) {
  if (!plainEmitter(emitter) || objectProto.readable !== undefined) {
    return emitter.emit('readable');
  }
  return callStored(emitter, emitter._events.readable, false);
};

exports.drain = function emitDrain(emitter) {
  if (!plainEmitter(emitter) || objectProto.drain !== undefined) {
    return emitter.emit('drain');
  }
  return callStored(emitter, emitter._events.drain, false);
};
