'use strict';
// The legacy Stream base (require('stream') itself) and its v0.8-style
// pipe(): 'data' is written to dest, the source is paused when write()
// returns false and resumed on 'drain'; 'end' ends dest and 'close' destroys
// it (once); errors break the pipe and throw when unhandled; every listener
// is removed afterwards.
var assert = require('assert');
var util = require('util');
var EventEmitter = require('events').EventEmitter;
var Stream = require('stream');

function Source() {
  Stream.call(this);
  this.readable = true;
  this.paused = 0;
  this.resumed = 0;
}
util.inherits(Source, Stream);
Source.prototype.pause = function() { this.paused++; };
Source.prototype.resume = function() { this.resumed++; };

function Dest(full) {
  Stream.call(this);
  this.writable = true;
  this.full = !!full;
  this.written = [];
  this.ends = 0;
  this.destroys = 0;
}
util.inherits(Dest, Stream);
Dest.prototype.write = function(c) { this.written.push(c); return !this.full; };
Dest.prototype.end = function() { this.ends++; };
Dest.prototype.destroy = function() { this.destroys++; };

function listenerCounts(s, events) {
  return events.map(function(ev) { return EventEmitter.listenerCount(s, ev); });
}
var ALL = ['data', 'end', 'close', 'error', 'drain'];

// The constructor is a plain EventEmitter.
assert.ok(new Stream() instanceof EventEmitter);
assert.strictEqual(Stream.length, 0);

// 'data' is forwarded; 'pipe' is emitted on dest; pipe() returns dest.
(function() {
  var s = new Source(), d = new Dest();
  var pipedFrom = null;
  d.on('pipe', function(src) { pipedFrom = src; });
  assert.strictEqual(s.pipe(d), d);
  assert.strictEqual(pipedFrom, s);
  s.emit('data', 'a');
  s.emit('data', 'b');
  assert.deepEqual(d.written, ['a', 'b']);
  // A non-writable dest is skipped.
  d.writable = false;
  s.emit('data', 'c');
  assert.deepEqual(d.written, ['a', 'b']);
})();

// write() === false pauses the source; 'drain' resumes a readable source.
(function() {
  var s = new Source(), d = new Dest(true);
  s.pipe(d);
  s.emit('data', 'x');
  assert.strictEqual(s.paused, 1);
  d.emit('drain');
  assert.strictEqual(s.resumed, 1);
  s.readable = false;
  d.emit('drain');
  assert.strictEqual(s.resumed, 1);
  // Sources without pause()/resume() are fine.
  var bare = new Stream();
  bare.readable = true;
  bare.pipe(new Dest(true));
  bare.emit('data', 'y');
})();

// 'end' ends dest once; a following 'close' does not destroy it.
(function() {
  var s = new Source(), d = new Dest();
  s.pipe(d);
  assert.deepEqual(listenerCounts(s, ALL), [1, 2, 2, 1, 0]);
  assert.deepEqual(listenerCounts(d, ALL), [0, 0, 1, 1, 1]);
  s.emit('end');
  s.emit('close');
  assert.strictEqual(d.ends, 1);
  assert.strictEqual(d.destroys, 0);
  assert.deepEqual(listenerCounts(s, ALL), [0, 0, 0, 0, 0]);
  assert.deepEqual(listenerCounts(d, ALL), [0, 0, 0, 0, 0]);
})();

// 'close' destroys dest (when it can be destroyed).
(function() {
  var s = new Source(), d = new Dest();
  s.pipe(d);
  s.emit('close');
  assert.strictEqual(d.destroys, 1);
  assert.strictEqual(d.ends, 0);
  var s2 = new Source(), d2 = new Dest();
  d2.destroy = undefined;
  s2.pipe(d2);
  s2.emit('close');                     // nothing to call
  assert.deepEqual(listenerCounts(s2, ALL), [0, 0, 0, 0, 0]);
})();

// {end: false} and stdio destinations are never ended.
(function() {
  var s = new Source(), d = new Dest();
  s.pipe(d, { end: false });
  assert.deepEqual(listenerCounts(s, ['end', 'close']), [1, 1]);   // cleanup only
  s.emit('end');
  assert.strictEqual(d.ends, 0);
  var s2 = new Source(), d2 = new Dest();
  d2._isStdio = true;
  s2.pipe(d2);
  s2.emit('end');
  assert.strictEqual(d2.ends, 0);
})();

// Dest closing breaks the pipe.
(function() {
  var s = new Source(), d = new Dest();
  s.pipe(d);
  d.emit('close');
  assert.deepEqual(listenerCounts(s, ALL), [0, 0, 0, 0, 0]);
  assert.deepEqual(listenerCounts(d, ALL), [0, 0, 0, 0, 0]);
  s.emit('data', 'ignored');
  assert.deepEqual(d.written, []);
})();

// Errors: with another listener the pipe is just cleaned up; as the only
// listener the error is thrown.
(function() {
  var s = new Source(), d = new Dest();
  s.pipe(d);
  var got = null;
  s.on('error', function(er) { got = er; });
  var er = new Error('source failed');
  s.emit('error', er);
  assert.strictEqual(got, er);
  assert.deepEqual(listenerCounts(d, ALL), [0, 0, 0, 0, 0]);

  var s2 = new Source(), d2 = new Dest();
  s2.pipe(d2);
  var er2 = new Error('dest failed');
  assert.throws(function() { d2.emit('error', er2); },
                function(e) { return e === er2; });
  assert.deepEqual(listenerCounts(s2, ALL), [0, 0, 0, 0, 0]);
})();

// The legacy pipe() into a streams2 Writable.
(function() {
  var s = new Source();
  var w = new Stream.Writable({ highWaterMark: 2 });
  var got = [];
  var finished = false;
  w._write = function(c, e, cb) { got.push(c.toString()); cb(); };
  w.on('finish', function() { finished = true; });
  s.pipe(w);
  s.emit('data', new Buffer('ab'));
  assert.strictEqual(s.paused, 1);           // 2 bytes reach the mark
  s.emit('data', 'c');
  s.emit('end');
  assert.deepEqual(got, ['ab', 'c']);
  assert.strictEqual(finished, true);
})();

// Chains: a.pipe(b).pipe(c) with a duplex-like middle stream.
(function() {
  var a = new Source();
  var b = new Dest();
  b.readable = true;
  b.write = function(c) { this.emit('data', c.toUpperCase()); return true; };
  b.end = function() { this.emit('end'); };
  var c = new Dest();
  assert.strictEqual(a.pipe(b).pipe(c), c);
  a.emit('data', 'hi');
  a.emit('end');
  assert.deepEqual(c.written, ['HI']);
  assert.strictEqual(c.ends, 1);
})();

console.log('ok');
