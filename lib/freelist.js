'use strict';
// The `freelist` core module of Node v0.10: a bounded pool of reusable objects. http keeps its
// HTTP parsers in one, so a new connection takes a parser that an old one gave back instead of
// building a fresh one.

function FreeList(name, max, constructor) {
  this.name = name;
  this.constructor = constructor;
  this.max = max;
  this.list = [];
}

// An object from the pool, or a new one made by the constructor (called with alloc's arguments).
FreeList.prototype.alloc = function () {
  return this.list.length ? this.list.pop() : this.constructor.apply(this, arguments);
};

// Gives an object back; beyond `max` pooled objects it is left to the garbage collector.
FreeList.prototype.free = function (obj) {
  if (this.list.length < this.max) this.list.push(obj);
};

exports.FreeList = FreeList;
