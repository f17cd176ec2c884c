'use strict';
// util.pump() over the old stream interface: data/pause/resume/drain/end,
// callback once on close or error; plus its one-time deprecation notice.
var assert = require('assert');
var util = require('util');
var EventEmitter = require('events').EventEmitter;

function FakeReader() {
  EventEmitter.call(this);
  this.log = [];
}
util.inherits(FakeReader, EventEmitter);
FakeReader.prototype.pause = function() { this.log.push('pause'); };
FakeReader.prototype.resume = function() { this.log.push('resume'); };
FakeReader.prototype.destroy = function() { this.log.push('destroy'); };

function FakeWriter(acceptUpTo) {
  EventEmitter.call(this);
  this.chunks = [];
  this.ended = 0;
  this.acceptUpTo = acceptUpTo;
}
util.inherits(FakeWriter, EventEmitter);
FakeWriter.prototype.write = function(chunk) {
  this.chunks.push(chunk);
  return this.chunks.length < this.acceptUpTo;
};
FakeWriter.prototype.end = function() { this.ended++; };

var deprecations = [];
var origConsoleError = console.error;
console.error = function(msg) { deprecations.push(msg); };
try {
  // Normal flow with back-pressure.
  var r = new FakeReader();
  var w = new FakeWriter(2);
  var results = [];
  assert.strictEqual(util.pump(r, w, function() {
    results.push([].slice.call(arguments));
  }), undefined);
  r.emit('data', 'a');
  assert.deepEqual(r.log, []);
  r.emit('data', 'b');            // writer full: reader paused
  assert.deepEqual(r.log, ['pause']);
  w.emit('drain');
  assert.deepEqual(r.log, ['pause', 'resume']);
  r.emit('end');
  assert.strictEqual(w.ended, 1);
  assert.deepEqual(w.chunks, ['a', 'b']);
  assert.deepEqual(results, []);
  r.emit('close');
  assert.strictEqual(results.length, 1);
  assert.strictEqual(results[0][0], undefined);
  r.emit('close');
  assert.strictEqual(results.length, 1);  // only once

  // Reader error: writer ended, callback gets the error once.
  var r2 = new FakeReader();
  var w2 = new FakeWriter(10);
  var errs = [];
  util.pump(r2, w2, function(er) { errs.push(er); });
  var boom = new Error('read failed');
  r2.emit('error', boom);
  r2.emit('close');
  assert.deepEqual(errs, [boom]);
  assert.strictEqual(w2.ended, 1);

  // Writer error: reader destroyed.
  var r3 = new FakeReader();
  var w3 = new FakeWriter(10);
  var errs3 = [];
  util.pump(r3, w3, function(er) { errs3.push(er); });
  var wboom = new Error('write failed');
  w3.emit('error', wboom);
  assert.deepEqual(errs3, [wboom]);
  assert.deepEqual(r3.log, ['destroy']);

  // No callback at all is fine.
  var r4 = new FakeReader();
  util.pump(r4, new FakeWriter(10));
  r4.emit('data', 'x');
  r4.emit('end');
  r4.emit('close');
} finally {
  console.error = origConsoleError;
}

if (!process.noDeprecation) {
  assert.deepEqual(deprecations,
                   ['util.pump() is deprecated. Use readableStream.pipe() instead.']);
}

console.log('ok');
