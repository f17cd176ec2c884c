'use strict';
// emit('error'): thrown when nobody listens (the Error itself, or v0.10's
// TypeError for anything else), delivered normally otherwise, and routed to
// the emitter's domain when it has one.
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var UNSPECIFIED = 'Uncaught, unspecified "error" event.';

var e = new EventEmitter();
var err = new Error('blerg');
assert.throws(function() { e.emit('error', err); },
              function(thrown) { return thrown === err; });

// Error subclasses are thrown as they are.
var typeErr = new RangeError('range');
assert.throws(function() { e.emit('error', typeErr); },
              function(thrown) { return thrown === typeErr; });

// Non-Error values (and no value) become a TypeError.
[undefined, null, 'a string', 42, { message: 'not an error' }].forEach(
    function(value) {
      assert.throws(function() { e.emit('error', value); },
                    function(thrown) {
                      return thrown instanceof TypeError &&
                          thrown.message === UNSPECIFIED;
                    });
    });
assert.throws(function() { e.emit('error'); },
              /^TypeError: Uncaught, unspecified "error" event\.$/);

// With a listener it is an ordinary event.
var got = null;
e.on('error', function(er) { got = er; });
assert.strictEqual(e.emit('error', err), true);
assert.strictEqual(got, err);
e.removeAllListeners('error');
assert.throws(function() { e.emit('error', err); }, /blerg/);

// An emptied listener array counts as no listener.
var emptied = new EventEmitter();
emptied._events.error = [];
assert.throws(function() { emptied.emit('error', err); }, /blerg/);

// emit('error') before the constructor ran (subclass calling emit early).
function Early() {
  this.emit('error', new Error('early'));
  EventEmitter.call(this);
}
require('util').inherits(Early, EventEmitter);
assert.throws(function() { new Early(); }, /early/);

// An emitter with a domain hands the error to the domain instead.
function FakeDomain() {
  EventEmitter.call(this);
}
require('util').inherits(FakeDomain, EventEmitter);
var d = new FakeDomain();
var routed = [];
d.on('error', function(er) { routed.push(er); });
var withDomain = new EventEmitter();
withDomain.domain = d;
assert.strictEqual(withDomain.emit('error', err), false);
assert.strictEqual(routed.length, 1);
assert.strictEqual(routed[0], err);
assert.strictEqual(err.domainEmitter, withDomain);
assert.strictEqual(err.domain, d);
assert.strictEqual(err.domainThrown, false);
// No error object: the domain gets a TypeError.
withDomain.emit('error');
assert.ok(routed[1] instanceof TypeError);
assert.strictEqual(routed[1].message, UNSPECIFIED);
assert.strictEqual(routed[1].domainEmitter, withDomain);

// Ordinary events on an emitter with a domain enter and exit it around the
// listeners.
var trail = [];
var fakeDomain = {
  enter: function() { trail.push('enter'); },
  exit: function() { trail.push('exit'); }
};
var entered = new EventEmitter();
entered.domain = fakeDomain;
entered.on('x', function() { trail.push('listener'); });
entered.emit('x');
assert.deepEqual(trail, ['enter', 'listener', 'exit']);
trail = [];
assert.strictEqual(entered.emit('nobody'), false);
assert.deepEqual(trail, []);

console.log('ok');
