'use strict';
// Subclassing EventEmitter the v0.10 way (util.inherits + EventEmitter.call)
// and the domain hook of the constructor.
var assert = require('assert');
var util = require('util');
var events = require('events');
var EventEmitter = events.EventEmitter;

function MyStream() {
  EventEmitter.call(this);
}
util.inherits(MyStream, EventEmitter);
MyStream.prototype.write = function(data) {
  this.emit('data', data);
};

var stream = new MyStream();
assert.ok(stream instanceof EventEmitter);
assert.strictEqual(MyStream.super_, EventEmitter);
var received = null;
stream.on('data', function(data) { received = data; });
stream.write('It works!');
assert.strictEqual(received, 'It works!');

// Listeners registered before the constructor call survive it.
function Early(cb) {
  this.on('ready', cb);
  EventEmitter.call(this);
}
util.inherits(Early, EventEmitter);
var ready = 0;
var early = new Early(function() { ready++; });
early.emit('ready');
assert.strictEqual(ready, 1);

// once + emit + removeAllListeners before the constructor.
function MyEE(cb) {
  this.once(1, cb);
  this.emit(1);
  this.removeAllListeners();
  EventEmitter.call(this);
}
util.inherits(MyEE, EventEmitter);
var called = false;
var myee = new MyEE(function() { called = true; });
assert.ok(called);
assert.deepEqual(myee._events, {});

// The constructor works on any object (mixin style).
var mixin = {};
EventEmitter.call(mixin);
assert.deepEqual(Object.keys(mixin), ['domain', '_events', '_maxListeners']);
var viaMixin = 0;
EventEmitter.prototype.on.call(mixin, 'x', function() { viaMixin++; });
EventEmitter.prototype.emit.call(mixin, 'x');
assert.strictEqual(viaMixin, 1);

// Domains are off by default: no domain even when one is active.
assert.strictEqual(events.usingDomains, false);
var savedDomain = process.domain;
process.domain = { fake: true };
try {
  assert.strictEqual(new EventEmitter().domain, null);
} finally {
  process.domain = savedDomain;
}

// With domains switched on (the domain module sets events.usingDomains when
// loaded), new emitters join the active domain, except domains themselves.
// The hook needs the domain module for its Domain class.
var domain = null;
try {
  domain = require('domain');
} catch (e) {
  console.log('domain module not available; domain hook not exercised');
}
if (domain) {
  var savedUsing = events.usingDomains;
  var active = { name: 'active domain' };
  events.usingDomains = true;
  process.domain = active;
  try {
    assert.strictEqual(new EventEmitter().domain, active);
    assert.strictEqual(new MyStream().domain, active);
    var aDomain = Object.create(domain.Domain.prototype);
    EventEmitter.call(aDomain);
    assert.strictEqual(aDomain.domain, null);
    process.domain = null;
    assert.strictEqual(new EventEmitter().domain, null);
  } finally {
    events.usingDomains = savedUsing;
    process.domain = savedDomain;
  }
}

console.log('ok');
