// A nextTick callback is called as a plain function (Node v0.10): `this` is the global object in
// sloppy code and undefined in strict code, never some record of the queue's; callbacks keep
// their order, and a domain's callback runs inside that domain.
var assert = require('assert');
var order = [];

process.nextTick(function () {
  assert.strictEqual(this, global);
  order.push(1);
});
process.nextTick(function () {
  'use strict';
  assert.strictEqual(this, undefined);
  order.push(2);
});

var domain = require('domain');
var d = domain.create();
d.run(function () {
  process.nextTick(function () {
    assert.strictEqual(process.domain, d);
    order.push(3);
  });
});
process.nextTick(function () {
  // The domain's exit after callback 3 leaves the empty stack's top: undefined, as in v0.10.
  assert.strictEqual(process.domain, undefined);
  order.push(4);
});

process.on('exit', function () {
  assert.deepEqual(order, [1, 2, 3, 4]);
});
