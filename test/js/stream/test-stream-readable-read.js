'use strict';
// stream.Readable consumed with read()/'readable': read(n) sizes, read(0),
// the high-water mark and its growth, push() return values, when _read() is
// called, the same-tick vs next-tick timing of 'readable', and 'end'.
var assert = require('assert');
var Readable = require('stream').Readable;

var pending = 0;
function done() { pending--; }
process.on('exit', function() { assert.strictEqual(pending, 0, 'all checks ran'); });

function str(b) { return b === null ? null : b.toString(); }

// read(n): partial reads, reads past the buffered amount, read() for all.
(function() {
  var r = new Readable({ highWaterMark: 100 });
  r._read = function() {};
  assert.strictEqual(r.push(new Buffer('abc')), true);
  assert.strictEqual(r.push(new Buffer('defg')), true);
  assert.strictEqual(r._readableState.length, 7);
  assert.strictEqual(r._readableState.buffer.length, 2);

  assert.strictEqual(str(r.read(2)), 'ab');          // part of the first chunk
  assert.strictEqual(str(r.read(1)), 'c');           // exactly the rest of it
  assert.strictEqual(str(r.read(3)), 'def');
  assert.strictEqual(r.read(5), null);               // only 1 byte buffered
  assert.strictEqual(r._readableState.needReadable, true);
  assert.strictEqual(r._readableState.length, 1);
  r.push(new Buffer('hij'));
  assert.strictEqual(str(r.read(3)), 'ghi');          // spans two chunks
  assert.strictEqual(str(r.read()), 'j');             // everything
  assert.strictEqual(r.read(), null);
  assert.strictEqual(r.read(0), null);
})();

// Non-numeric sizes mean "everything"; negative sizes return nothing.
(function() {
  var r = new Readable();
  r._read = function() {};
  r.push(new Buffer('abcdef'));
  assert.strictEqual(r.read(-1), null);
  assert.strictEqual(r.read(NaN) + '', 'abcdef');
  r.push(new Buffer('xy'));
  assert.strictEqual(r.read(null) + '', 'xy');
})();

// After EOF, read(n) larger than what is left returns the rest, then 'end'.
(function() {
  pending++;
  var r = new Readable();
  r._read = function() {};
  r.push(new Buffer('hello'));
  r.push(null);
  assert.strictEqual(r._readableState.ended, true);
  assert.strictEqual(str(r.read(100)), 'hello');
  assert.strictEqual(r._readableState.endEmitted, false);  // next tick
  var ended = false;
  r.on('end', function() {
    ended = true;
    assert.strictEqual(r.readable, false);
    assert.strictEqual(r._readableState.endEmitted, true);
    done();
  });
  assert.strictEqual(ended, false);
})();

// 'end' waits until read() has been called at least once.
(function() {
  pending++;
  var r = new Readable();
  var reads = 0;
  r._read = function() { reads++; };
  r.push(null);                               // EOF before anybody read
  assert.strictEqual(r._readableState.ended, true);
  var ended = false;
  r.on('end', function() { ended = true; });
  setTimeout(function() {
    assert.strictEqual(ended, false);
    assert.strictEqual(r._readableState.calledRead, false);
    assert.strictEqual(r.read(), null);
    assert.strictEqual(reads, 0);             // no _read() after EOF
    assert.strictEqual(ended, false);         // 'end' comes on the next tick
    process.nextTick(function() {
      assert.strictEqual(ended, true);
      done();
    });
  }, 1);
})();

// A _read() that pushes EOF synchronously ends the stream on the next tick.
(function() {
  pending++;
  var r = new Readable();
  r._read = function() { r.push(null); };
  var ended = false;
  r.on('end', function() { ended = true; done(); });
  assert.strictEqual(r.read(), null);
  assert.strictEqual(ended, false);
})();

// _read(size) gets the high-water mark, and is not called again while a
// read is pending (no push yet).
(function() {
  var sizes = [];
  var r = new Readable({ highWaterMark: 37 });
  r._read = function(n) { sizes.push(n); };
  assert.strictEqual(r.read(0), null);
  assert.strictEqual(r._readableState.reading, true);
  r.read(0);
  r.read();
  assert.deepEqual(sizes, [37]);
  r.push(new Buffer('x'));                     // ends the pending read
  assert.strictEqual(r._readableState.reading, false);
  r.read(0);
  assert.deepEqual(sizes, [37, 37]);
})();

// An empty push ends the pending read without adding data or ending.
(function() {
  var calls = 0;
  var r = new Readable();
  r._read = function() { calls++; };
  r.read(0);
  assert.strictEqual(r.push(''), true);
  assert.strictEqual(r._readableState.reading, false);
  assert.strictEqual(r._readableState.length, 0);
  assert.strictEqual(r._readableState.ended, false);
  r.push(new Buffer(0));
  assert.strictEqual(r._readableState.buffer.length, 0);
  r.read(0);
  assert.strictEqual(calls, 2);
})();

// push() returns false once the buffer reaches the high-water mark.
(function() {
  var r = new Readable({ highWaterMark: 5 });
  r._read = function() {};
  assert.strictEqual(r.push(new Buffer('ab')), true);
  assert.strictEqual(r.push(new Buffer('cd')), true);
  assert.strictEqual(r.push(new Buffer('e')), false);      // length 5
  assert.strictEqual(r.push(new Buffer('f')), false);
  r.read();
  // Buffer empty again: room for more.
  assert.strictEqual(r.push(new Buffer('g')), true);
  r.push(null);
  assert.strictEqual(r.push(null), false);                 // after EOF
})();

// A high-water mark of 0: every push reports "full", yet a waiting reader
// is still told about the data.
(function() {
  pending++;
  var r = new Readable({ highWaterMark: 0 });
  r._read = function() {};
  assert.strictEqual(r.push(new Buffer('a')), false);
  assert.strictEqual(r.read() + '', 'a');
  assert.strictEqual(r._readableState.needReadable, true);
  r.on('readable', function() {
    assert.strictEqual(r.read() + '', 'b');
    done();
  });
  setTimeout(function() {
    // The listener read 'b' synchronously, so there is room again.
    assert.strictEqual(r.push(new Buffer('b')), true);
  }, 1);
})();

// read(n) above the high-water mark raises it to a power of two (max 8 MiB).
(function() {
  var r = new Readable({ highWaterMark: 2 });
  r._read = function() {};
  assert.strictEqual(r.read(5000), null);
  assert.strictEqual(r._readableState.highWaterMark, 8192);
  r.read(8192);
  assert.strictEqual(r._readableState.highWaterMark, 8192);
  r.read(8193);
  assert.strictEqual(r._readableState.highWaterMark, 16384);
  r.read(100 * 1024 * 1024);
  assert.strictEqual(r._readableState.highWaterMark, 0x800000);
  var r2 = new Readable({ highWaterMark: 0 });
  r2._read = function() {};
  r2.read(1);
  assert.strictEqual(r2._readableState.highWaterMark, 1);
})();

// read() refills synchronously: when _read() pushes at once, read() returns
// that data too (the read would take the buffer below the mark).
(function() {
  var r = new Readable({ highWaterMark: 4 });
  var n = 0;
  r._read = function() { r.push(new Buffer('' + (n++))); };
  r.push(new Buffer('ab'));
  assert.strictEqual(str(r.read()), 'ab0');
  assert.strictEqual(n, 1);
})();

// 'readable' for data pushed inside _read() (called from read()) comes on the
// next tick; the read-ahead then fills the buffer up to the mark.
(function() {
  pending++;
  var events = [];
  var r = new Readable({ highWaterMark: 10 });
  r._read = function(n) {
    events.push('_read');
    r.push(new Buffer('abc'));
  };
  r.on('readable', function() { events.push('readable'); });
  assert.deepEqual(events, ['_read']);
  assert.strictEqual(r._readableState.length, 3);
  setImmediate(function() {
    assert.deepEqual(events, ['_read', 'readable', '_read', '_read', '_read']);
    assert.strictEqual(r._readableState.length, 12);
    assert.strictEqual(r._readableState.readingMore, false);
    // Taking everything calls _read() again, whose data is returned as well.
    assert.strictEqual(str(r.read()), 'abcabcabcabcabc');
    done();
  });
})();

// A push made outside _read() (later, asynchronously) to a waiting reader
// emits 'readable' synchronously, once per read cycle.
(function() {
  pending++;
  var r = new Readable();
  var emits = 0;
  r._read = function() {};
  r.on('readable', function() { emits++; });
  setTimeout(function() {
    assert.strictEqual(emits, 0);
    r.push(new Buffer('a'));
    assert.strictEqual(emits, 1);
    r.push(new Buffer('b'));
    assert.strictEqual(emits, 1);         // not again until data is read
    assert.strictEqual(str(r.read()), 'ab');
    r.push(new Buffer('c'));
    assert.strictEqual(emits, 2);
    // read(0) does not re-arm 'readable'.
    r.read(0);
    r.push(new Buffer('d'));
    assert.strictEqual(emits, 2);
    done();
  }, 1);
})();

// A 'readable' listener added while data is buffered gets an event even if
// the first 'readable' happened before anyone listened.
(function() {
  pending++;
  var r = new Readable({ highWaterMark: 3 });
  var readCalled = false;
  r._read = function() { readCalled = true; };
  r.push(new Buffer('blerg'));
  setTimeout(function() {
    r.on('readable', function() {
      assert.strictEqual(readCalled, false);
      assert.strictEqual(str(r.read()), 'blerg');
      done();
    });
  }, 1);
})();

// read(0) with a full buffer just re-announces 'readable'.
(function() {
  pending++;
  var r = new Readable({ highWaterMark: 2 });
  var reads = 0;
  r._read = function() { reads++; };
  r.push(new Buffer('abc'));
  assert.strictEqual(r.read(0), null);   // full: no _read(), needReadable
  var emitted = 0;
  r.once('readable', function() { emitted++; });
  process.nextTick(function() {
    assert.strictEqual(emitted, 1);
    assert.strictEqual(reads, 0);
    done();
  });
})();

// EOF with data still buffered emits 'readable' so the rest is read.
(function() {
  pending++;
  var r = new Readable();
  var got = [];
  var started = false;
  r._read = function() {
    if (started) return;
    started = true;
    process.nextTick(function() {
      r.push(new Buffer('last'));
      r.push(null);
    });
  };
  r.on('readable', function() {
    var c;
    while ((c = r.read()) !== null) got.push(c.toString());
  });
  r.on('end', function() {
    assert.deepEqual(got, ['last']);
    done();
  });
})();

// A Readable that is never consumed never ends, and _read runs only once
// a consumer asks.
(function() {
  pending++;
  var r = new Readable();
  var reads = 0;
  r._read = function() { reads++; r.push(null); };
  r.on('end', function() { assert.fail('should not end'); });
  setTimeout(function() {
    assert.strictEqual(reads, 0);
    r.removeAllListeners('end');
    done();
  }, 5);
})();

// Strings pushed without an encoding on the stream become Buffers; the
// push(chunk, encoding) argument decodes them.
(function() {
  var r = new Readable();
  r._read = function() {};
  r.push('hi');
  r.push('414243', 'hex');
  r.push('REVG', 'base64');
  var b = r.read();
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.toString(), 'hiABCDEF');
  var r2 = new Readable({ defaultEncoding: 'hex' });
  r2._read = function() {};
  r2.push('6869');
  assert.strictEqual(r2.read().toString(), 'hi');
})();

// Buffers pushed in flowing pipe mode are handed out one chunk at a time
// (read() with no size returns only the first chunk while flowing).
(function() {
  pending++;
  var r = new Readable();
  r._read = function() {};
  r.push(new Buffer('one'));
  r.push(new Buffer('two'));
  r.push(null);
  var w = new (require('stream').Writable)();
  var chunks = [];
  w._write = function(c, e, cb) { chunks.push(c.toString()); cb(); };
  w.on('finish', function() {
    assert.deepEqual(chunks, ['one', 'two']);
    done();
  });
  r.pipe(w);
})();

console.log('ok');
