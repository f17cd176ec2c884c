'use strict';
// Intrusive circular doubly-linked lists, the structure timers use so that re-arming a timer
// (moving it to the tail of its list) costs O(1). A list head and its items are ordinary objects
// carrying _idleNext/_idlePrev links; an unlinked item points at itself.

function init(list) {
  list._idleNext = list;
  list._idlePrev = list;
}

function peek(list) {
  if (list._idlePrev === list) return null;
  return list._idlePrev;
}

function shift(list) {
  var first = list._idlePrev;
  remove(first);
  return first;
}

function remove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

// Items are appended at the "next" side of the head and taken from its "prev" side, so peek()
// and shift() return the oldest item.
function append(list, item) {
  remove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function isEmpty(list) {
  return list._idleNext === list;
}

exports.init = init;
exports.peek = peek;
exports.shift = shift;
exports.remove = remove;
exports.append = append;
exports.isEmpty = isEmpty;
