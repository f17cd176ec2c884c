'use strict';
// stream.Readable's "old mode" (v0.10 compatibility): a 'data' listener,
// pause() or resume() turn the stream into a v0.8-style stream that emits
// 'data' as soon as data is readable; pause() holds data back; resume()
// without listeners drains the stream to 'end'. Also wrap() for old-style
// sources.
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;
var Stream = require('stream');
var Readable = Stream.Readable;
var Writable = Stream.Writable;

var pending = 0;
function done() { pending--; }
process.on('exit', function() { assert.strictEqual(pending, 0, 'all checks ran'); });

function counter(max) {
  var r = new Readable({ highWaterMark: 4 });
  var i = 0;
  r._read = function() {
    i++;
    r.push(i > max ? null : new Buffer('' + i));
  };
  return r;
}

// Adding a 'data' listener starts the flow synchronously (data the source
// pushes synchronously is emitted before on() returns).
(function() {
  pending++;
  var r = counter(3);
  var got = [];
  r.on('data', function(c) { got.push(c.toString()); });
  assert.ok(got.length >= 1, 'first data emitted synchronously');
  assert.strictEqual(got[0], '1');
  // The instance now uses the legacy methods.
  assert.strictEqual(r.on, EventEmitter.prototype.on);
  assert.strictEqual(r.pipe, Stream.prototype.pipe);
  assert.ok(Object.prototype.hasOwnProperty.call(r, 'pause'));
  assert.strictEqual(r._readableState.flowing, false);
  r.on('end', function() {
    assert.deepEqual(got, ['1', '2', '3']);
    done();
  });
})();

// pause() stops 'data'; data stays buffered until resume().
(function() {
  pending++;
  var r = new Readable();
  r._read = function() {};
  var got = [];
  var events = [];
  r.on('pause', function() { events.push('pause'); });
  r.on('resume', function() { events.push('resume'); });
  r.on('data', function(c) {
    got.push(c.toString());
    r.pause();
  });
  r.push(new Buffer('a'));
  r.push(new Buffer('b'));
  assert.deepEqual(got, ['a']);
  assert.deepEqual(events, ['pause']);
  setTimeout(function() {
    assert.deepEqual(got, ['a']);            // still paused
    assert.strictEqual(r._readableState.length, 1);
    r.resume();
    assert.deepEqual(events, ['pause', 'resume']);
    // Buffered data is delivered on the next tick.
    assert.deepEqual(got, ['a']);
    process.nextTick(function() {
      assert.deepEqual(got, ['a', 'b']);
      done();
    });
  }, 1);
})();

// pause() on a fresh stream switches to old mode without flowing.
(function() {
  pending++;
  var r = counter(2);
  var got = [];
  r.pause();
  r.on('data', function(c) { got.push(c.toString()); });
  setTimeout(function() {
    assert.deepEqual(got, []);
    r.resume();
    r.on('end', function() {
      assert.deepEqual(got, ['1', '2']);
      done();
    });
  }, 1);
})();

// resume() alone drains the stream, so 'end' is reached without reading.
(function() {
  pending++;
  var r = counter(5);
  var resumed = 0;
  r.on('resume', function() { resumed++; });
  r.resume();
  assert.strictEqual(resumed, 1);
  r.on('end', function() {
    assert.strictEqual(r.readable, false);
    done();
  });
})();

// Old mode cannot be entered while pipe() drives the stream.
(function() {
  var r = new Readable();
  r._read = function() {};
  var w = new Writable();
  w._write = function(c, e, cb) { cb(); };
  r.pipe(w);
  assert.throws(function() { r.pause(); },
                function(e) { return e.message === 'Cannot switch to old mode now.'; });
  assert.throws(function() { r.resume(); }, /Cannot switch to old mode now\./);
  // 'data' listeners while piping just observe.
  var seen = [];
  r.on('data', function(c) { seen.push(c.toString()); });
  assert.strictEqual(r._readableState.flowing, true);
  r.unpipe(w);
})();

// Legacy pipe() from an old-mode stream pauses it on backpressure.
(function() {
  pending++;
  var r = counter(4);
  r.pause();                        // old mode, paused until piped
  var dest = new Stream();
  dest.writable = true;
  var writes = [];
  var pauses = 0;
  r.on('pause', function() { pauses++; });
  dest.write = function(c) {
    writes.push(c.toString());
    setTimeout(function() { dest.emit('drain'); }, 1);
    return false;
  };
  dest.end = function() {
    // read() hands out everything buffered by the read-ahead at once.
    assert.strictEqual(writes.join(''), '1234');
    assert.strictEqual(pauses, writes.length);   // paused after every write
    done();
  };
  assert.strictEqual(r.pipe(dest), dest);
  r.resume();
})();

// wrap(): an old-style source behind a streams2 interface.
(function() {
  pending++;
  var old = new EventEmitter();
  var pauses = 0, resumes = 0;
  old.pause = function() { pauses++; };
  old.resume = function() { resumes++; };
  old.extra = function(x) { return 'extra:' + x; };
  var r = new Readable({ highWaterMark: 3 });
  assert.strictEqual(r.wrap(old), r);
  // Methods the Readable lacks are forwarded.
  assert.strictEqual(r.extra(1), 'extra:1');
  assert.notStrictEqual(r.pause, old.pause);

  // Events proxied from the old stream.
  var proxied = [];
  ['error', 'close', 'destroy', 'pause', 'resume'].forEach(function(ev) {
    r.on(ev, function(x) { proxied.push(ev + ':' + x); });
  });
  old.emit('close', 1);
  old.emit('destroy', 2);
  old.emit('error', 3);
  assert.deepEqual(proxied, ['close:1', 'destroy:2', 'error:3']);

  // Empty chunks are skipped; a full buffer pauses the source.
  old.emit('data', new Buffer(0));
  old.emit('data', '');
  assert.strictEqual(r._readableState.length, 0);
  old.emit('data', new Buffer('abcd'));
  assert.strictEqual(pauses, 1);
  assert.strictEqual(r.read().toString(), 'abcd');   // asks for more: resume
  assert.strictEqual(resumes, 1);
  r.read();
  assert.strictEqual(resumes, 1);                      // only when paused
  old.emit('data', new Buffer('ef'));
  old.emit('end');
  var got = [];
  r.on('readable', function() {
    var c;
    while ((c = r.read()) !== null) got.push(c.toString());
  });
  r.on('end', function() {
    assert.deepEqual(got, ['ef']);
    done();
  });
})();

// wrap() in object mode keeps falsy values but drops null/undefined.
(function() {
  pending++;
  var old = new EventEmitter();
  old.pause = old.resume = function() {};
  var r = new Readable({ objectMode: true }).wrap(old);
  var got = [];
  r.on('data', function(x) { got.push(x); });
  [0, false, '', null, undefined, 'x'].forEach(function(x) { old.emit('data', x); });
  old.emit('end');
  r.on('end', function() {
    assert.deepEqual(got, [0, false, '', 'x']);
    done();
  });
})();

// wrap() with a decoding Readable decodes the old stream's Buffers.
(function() {
  pending++;
  var old = new EventEmitter();
  old.pause = old.resume = function() {};
  var r = new Readable({ encoding: 'utf8' }).wrap(old);
  var got = '';
  r.on('data', function(s) { assert.strictEqual(typeof s, 'string'); got += s; });
  r.on('end', function() {
    assert.strictEqual(got, '\u00e9\u00e9');
    done();
  });
  var b = new Buffer('\u00e9\u00e9', 'utf8');
  old.emit('data', b.slice(0, 1));
  old.emit('data', b.slice(1, 3));
  old.emit('data', b.slice(3));
  old.emit('end');
})();

console.log('ok');
