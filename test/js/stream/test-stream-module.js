'use strict';
// Shape of the stream modules: require('stream') is the legacy Stream
// constructor with the streams2 classes attached, the _stream_* modules are
// requireable, constructors work with and without `new` and with
// util.inherits, and instances/state objects have v0.10's fields and defaults.
var assert = require('assert');
var util = require('util');
var EventEmitter = require('events').EventEmitter;
var Stream = require('stream');

// Module shape.
assert.strictEqual(typeof Stream, 'function');
assert.strictEqual(Stream.Stream, Stream);
assert.strictEqual(Stream.Readable, require('_stream_readable'));
assert.strictEqual(Stream.Writable, require('_stream_writable'));
assert.strictEqual(Stream.Duplex, require('_stream_duplex'));
assert.strictEqual(Stream.Transform, require('_stream_transform'));
assert.strictEqual(Stream.PassThrough, require('_stream_passthrough'));
assert.deepEqual(Object.keys(Stream).sort(),
                 ['Duplex', 'PassThrough', 'Readable', 'Stream', 'Transform',
                  'Writable', 'super_']);

// Inheritance chain, as util.inherits would build it.
assert.strictEqual(Stream.super_, EventEmitter);
assert.strictEqual(Stream.Readable.super_, Stream);
assert.strictEqual(Stream.Writable.super_, Stream);
assert.strictEqual(Stream.Duplex.super_, Stream.Readable);
assert.strictEqual(Stream.Transform.super_, Stream.Duplex);
assert.strictEqual(Stream.PassThrough.super_, Stream.Transform);
assert.strictEqual(Object.getPrototypeOf(Stream.prototype), EventEmitter.prototype);
assert.strictEqual(Stream.Readable.prototype.constructor, Stream.Readable);
assert.strictEqual(Stream.Transform.prototype.constructor, Stream.Transform);
assert.ok(!Object.prototype.propertyIsEnumerable.call(Stream.Readable.prototype, 'constructor'));

// Enumerable prototype members are exactly v0.10's.
assert.deepEqual(Object.keys(Stream.prototype), ['pipe']);
assert.deepEqual(Object.keys(Stream.Readable.prototype).sort(),
                 ['_read', 'addListener', 'on', 'pause', 'pipe', 'push', 'read',
                  'resume', 'setEncoding', 'unpipe', 'unshift', 'wrap']);
assert.deepEqual(Object.keys(Stream.Writable.prototype).sort(),
                 ['_write', 'end', 'pipe', 'write']);
assert.deepEqual(Object.keys(Stream.Duplex.prototype).sort(),
                 ['_write', 'end', 'write']);
assert.deepEqual(Object.keys(Stream.Transform.prototype).sort(),
                 ['_read', '_transform', '_write', 'push']);
assert.deepEqual(Object.keys(Stream.PassThrough.prototype), ['_transform']);
// Duplex keeps Readable's pipe and borrows Writable's write/end.
assert.strictEqual(Stream.Duplex.prototype.pipe, Stream.Readable.prototype.pipe);
assert.strictEqual(Stream.Duplex.prototype.write, Stream.Writable.prototype.write);
assert.strictEqual(Stream.Duplex.prototype.end, Stream.Writable.prototype.end);
assert.strictEqual(Stream.Readable.prototype.addListener, Stream.Readable.prototype.on);

// Static helpers v0.10 exposes.
assert.strictEqual(typeof Stream.Readable.ReadableState, 'function');
assert.strictEqual(typeof Stream.Writable.WritableState, 'function');
assert.strictEqual(typeof Stream.Readable._fromList, 'function');

// instanceof relations: a Duplex is a Readable but not a Writable.
var r = new Stream.Readable(), w = new Stream.Writable();
var d = new Stream.Duplex(), t = new Stream.Transform();
var p = new Stream.PassThrough(), s = new Stream();
assert.ok(s instanceof EventEmitter);
assert.ok(r instanceof Stream && r instanceof EventEmitter);
assert.ok(w instanceof Stream);
assert.ok(d instanceof Stream.Readable && !(d instanceof Stream.Writable));
assert.ok(t instanceof Stream.Duplex && p instanceof Stream.Transform);

// Callable without `new`.
assert.ok(Stream.Readable() instanceof Stream.Readable);
assert.ok(Stream.Writable() instanceof Stream.Writable);
assert.ok(Stream.Duplex() instanceof Stream.Duplex);
assert.ok(Stream.Transform() instanceof Stream.Transform);
assert.ok(Stream.PassThrough() instanceof Stream.PassThrough);
assert.strictEqual(Stream.Readable({ highWaterMark: 7 })._readableState.highWaterMark, 7);

// Instance fields and their order.
assert.deepEqual(Object.keys(s), ['domain', '_events', '_maxListeners']);
assert.deepEqual(Object.keys(r),
                 ['_readableState', 'readable', 'domain', '_events', '_maxListeners']);
assert.deepEqual(Object.keys(w),
                 ['_writableState', 'writable', 'domain', '_events', '_maxListeners']);
assert.deepEqual(Object.keys(t),
                 ['_readableState', 'readable', 'domain', '_events', '_maxListeners',
                  '_writableState', 'writable', 'allowHalfOpen', '_transformState']);
assert.strictEqual(r.readable, true);
assert.strictEqual(w.writable, true);
assert.strictEqual(d.readable, true);
assert.strictEqual(d.writable, true);
assert.strictEqual(d.allowHalfOpen, true);

// ReadableState defaults.
var rs = r._readableState;
assert.ok(rs instanceof Stream.Readable.ReadableState);
assert.deepEqual(Object.keys(rs),
                 ['highWaterMark', 'buffer', 'length', 'pipes', 'pipesCount',
                  'flowing', 'ended', 'endEmitted', 'reading', 'calledRead',
                  'sync', 'needReadable', 'emittedReadable', 'readableListening',
                  'objectMode', 'defaultEncoding', 'ranOut', 'awaitDrain',
                  'readingMore', 'decoder', 'encoding']);
assert.strictEqual(rs.highWaterMark, 16 * 1024);
assert.deepEqual(rs.buffer, []);
assert.strictEqual(rs.length, 0);
assert.strictEqual(rs.pipes, null);
assert.strictEqual(rs.pipesCount, 0);
assert.strictEqual(rs.flowing, false);
assert.strictEqual(rs.sync, true);
assert.strictEqual(rs.objectMode, false);
assert.strictEqual(rs.defaultEncoding, 'utf8');
assert.strictEqual(rs.decoder, null);
assert.strictEqual(rs.encoding, null);

// WritableState defaults.
var ws = w._writableState;
assert.ok(ws instanceof Stream.Writable.WritableState);
assert.deepEqual(Object.keys(ws),
                 ['highWaterMark', 'objectMode', 'needDrain', 'ending', 'ended',
                  'finished', 'decodeStrings', 'defaultEncoding', 'length',
                  'writing', 'sync', 'bufferProcessing', 'onwrite', 'writecb',
                  'writelen', 'buffer', 'errorEmitted']);
assert.strictEqual(ws.highWaterMark, 16 * 1024);
assert.strictEqual(ws.decodeStrings, true);
assert.strictEqual(ws.defaultEncoding, 'utf8');
assert.strictEqual(typeof ws.onwrite, 'function');
assert.deepEqual(ws.buffer, []);

// TransformState, and the flags Transform sets on its readable side.
var ts = t._transformState;
assert.strictEqual(typeof ts.afterTransform, 'function');
assert.strictEqual(ts.needTransform, false);
assert.strictEqual(ts.transforming, false);
assert.strictEqual(ts.writecb, null);
assert.strictEqual(ts.writechunk, null);
assert.strictEqual(t._readableState.needReadable, true);
assert.strictEqual(t._readableState.sync, false);

// highWaterMark option: 0 is kept, fractions truncate, junk falls back.
function rhwm(v) { return new Stream.Readable({ highWaterMark: v })._readableState.highWaterMark; }
function whwm(v) { return new Stream.Writable({ highWaterMark: v })._writableState.highWaterMark; }
assert.strictEqual(rhwm(0), 0);
assert.strictEqual(rhwm(10.9), 10);
assert.strictEqual(rhwm(null), 16384);
assert.strictEqual(rhwm(undefined), 16384);
assert.strictEqual(rhwm('12'), 12);
assert.strictEqual(whwm(0), 0);
assert.strictEqual(whwm(3.5), 3);
assert.strictEqual(whwm(false), 16384);

// Options reach both sides of a Duplex.
var od = new Stream.Duplex({ objectMode: true, highWaterMark: 3, decodeStrings: false,
                             readable: false, writable: false, allowHalfOpen: false });
assert.strictEqual(od._readableState.objectMode, true);
assert.strictEqual(od._writableState.objectMode, true);
assert.strictEqual(od._readableState.highWaterMark, 3);
assert.strictEqual(od._writableState.highWaterMark, 3);
assert.strictEqual(od._writableState.decodeStrings, false);
assert.strictEqual(od.readable, false);
assert.strictEqual(od.writable, false);
assert.strictEqual(od.allowHalfOpen, false);

// User subclasses via util.inherits and Parent.call(this).
function MyReadable(opts) { Stream.Readable.call(this, opts); this.mine = true; }
util.inherits(MyReadable, Stream.Readable);
var mr = new MyReadable({ objectMode: true });
assert.ok(mr instanceof Stream.Readable && mr.mine);
assert.strictEqual(mr._readableState.objectMode, true);

function MyDuplex(opts) { Stream.Duplex.call(this, opts); }
util.inherits(MyDuplex, Stream.Duplex);
var md = new MyDuplex();
assert.ok(md._readableState && md._writableState);

// The legacy constructor takes no options and only sets up the emitter.
function Old() { Stream.call(this); this.readable = true; }
util.inherits(Old, Stream);
var old = new Old();
assert.strictEqual(typeof old.pipe, 'function');
assert.strictEqual(old.pipe, Stream.prototype.pipe);

// Default _read/_write/_transform report "not implemented".
var errs = [];
var nr = new Stream.Readable();
nr.on('error', function(e) { errs.push(e.message); });
nr.read(0);
var nw = new Stream.Writable();
nw.on('error', function(e) { errs.push(e.message); });
nw.write('x');
assert.throws(function() {
  new Stream.Transform().write('x');
}, /^Error: not implemented$/);
assert.deepEqual(errs, ['not implemented', 'not implemented']);

console.log('ok');
