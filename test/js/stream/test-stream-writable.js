'use strict';
// stream.Writable: write() return values against the high-water mark,
// 'drain', queueing and callback order, end()/'finish' in all its call forms,
// decodeStrings, defaultEncoding, objectMode, and errors (write after end,
// invalid chunks, errors from _write, piping from a Writable).
var assert = require('assert');
var Stream = require('stream');
var Writable = Stream.Writable;

var pending = 0;
function done() { pending--; }
process.on('exit', function() { assert.strictEqual(pending, 0, 'all checks ran'); });

// A Writable whose _write completes on a later turn, logging what happens.
function slowWriter(opts, log) {
  var w = new Writable(opts);
  w._write = function(chunk, enc, cb) {
    log.push('_write ' + chunk);
    setImmediate(cb);
  };
  w.on('drain', function() { log.push('drain'); });
  w.on('finish', function() { log.push('finish'); });
  return w;
}

function cbLogger(log, name) {
  return function(er) { log.push(name + (er ? ' ' + er.message : '')); };
}

// write() returns false once queued+in-flight data reaches the mark; 'drain'
// comes when it has all been written, before that last write's callback.
(function() {
  pending++;
  var log = [];
  var w = slowWriter({ highWaterMark: 10 }, log);
  assert.strictEqual(w.write(new Buffer('aaaaa'), cbLogger(log, 'cb1')), true);
  assert.strictEqual(w._writableState.writing, true);
  assert.strictEqual(w._writableState.length, 5);
  assert.strictEqual(w.write(new Buffer('bbbbb'), cbLogger(log, 'cb2')), false);
  assert.strictEqual(w._writableState.needDrain, true);
  assert.strictEqual(w._writableState.buffer.length, 1);
  var req = w._writableState.buffer[0];
  assert.deepEqual(Object.keys(req), ['chunk', 'encoding', 'callback']);
  assert.strictEqual(req.chunk.toString(), 'bbbbb');
  assert.strictEqual(req.encoding, 'buffer');
  // A write that keeps it full still returns false.
  assert.strictEqual(w.write(new Buffer('c'), cbLogger(log, 'cb3')), false);
  w.once('drain', function() {
    // The next queued chunk starts before the previous callback runs.
    assert.deepEqual(log, ['_write aaaaa', '_write bbbbb', 'cb1', '_write c',
                           'cb2', 'drain']);
    assert.strictEqual(w._writableState.length, 0);
    assert.strictEqual(w._writableState.needDrain, false);
    process.nextTick(function() {
      assert.deepEqual(log.slice(-1), ['cb3']);
      w.end();
      assert.strictEqual(log[log.length - 1], 'finish');   // nothing pending: at once
      done();
    });
  });
})();

// A _write that calls back synchronously: write() still returns false at
// the mark, and 'drain' and the callback come on the next tick.
(function() {
  pending++;
  var log = [];
  var w = new Writable({ highWaterMark: 4 });
  w._write = function(c, e, cb) { log.push('_write'); cb(); };
  w.on('drain', function() { log.push('drain'); });
  assert.strictEqual(w.write(new Buffer('abcd'), cbLogger(log, 'cb')), false);
  assert.deepEqual(log, ['_write']);
  assert.strictEqual(w._writableState.length, 0);
  process.nextTick(function() {
    assert.deepEqual(log, ['_write', 'drain', 'cb']);
    done();
  });
})();

// Queued writes are flushed in order; synchronous completions are drained in
// one loop.
(function() {
  pending++;
  var order = [];
  var first = true;
  var w = new Writable();
  w._write = function(c, e, cb) {
    order.push(c.toString());
    if (first) { first = false; setImmediate(cb); } else cb();
  };
  ['1', '2', '3', '4'].forEach(function(x) { w.write(x, cbLogger(order, 'cb' + x)); });
  assert.deepEqual(order, ['1']);
  assert.strictEqual(w._writableState.buffer.length, 3);
  w.end(function() {
    assert.deepEqual(order, ['1', '2', '3', '4', 'cb1', 'cb2', 'cb3', 'cb4']);
    assert.strictEqual(w._writableState.buffer.length, 0);
    done();
  });
})();

// end() forms: end(), end(cb), end(chunk), end(chunk, cb), end(chunk, enc, cb).
(function() {
  var w = new Writable();
  var finished = 0;
  w._write = function(c, e, cb) { cb(); };
  w.on('finish', function() { finished++; });
  w.end();
  assert.strictEqual(finished, 1);              // synchronous when idle
  assert.strictEqual(w._writableState.ended, true);
  assert.strictEqual(w._writableState.finished, true);
  w.end();                                      // ignored
  assert.strictEqual(finished, 1);
})();
(function() {
  pending += 4;
  var written = [];
  function make() {
    var w = new Writable();
    w._write = function(c, e, cb) {
      written.push(c.toString() + '/' + e);
      setImmediate(cb);
    };
    return w;
  }
  var a = make(), calledA = false;
  a.end(function() { calledA = true; done(); });
  assert.strictEqual(calledA, false);           // callback on the next tick
  make().end(new Buffer('buf'), done);
  make().end('str', function() { done(); });
  var d = make();
  d.end('6869', 'hex', function(x) {
    assert.strictEqual(x, undefined);
    assert.deepEqual(written.sort(), ['buf/buffer', 'hi/buffer', 'str/buffer']);
    done();
  });
})();

// 'finish' waits for the callback of the last write.
(function() {
  pending++;
  var w = new Writable();
  var cbCalled = false;
  w._write = function(c, e, cb) {
    setTimeout(function() { cbCalled = true; cb(); }, 5);
  };
  w.on('finish', function() {
    assert.ok(cbCalled);
    done();
  });
  w.write(new Buffer(0));
  w.end();
  assert.strictEqual(w._writableState.ending, true);
  assert.strictEqual(w._writableState.finished, false);
})();

// Writing after end() emits 'write after end' and calls back with it.
(function() {
  pending++;
  var w = new Writable();
  w._write = function(c, e, cb) { cb(); };
  var errors = [];
  w.on('error', function(er) { errors.push(er); });
  w.end('last');
  var ret = w.write('more', function(er) {
    assert.strictEqual(er, errors[0]);
    done();
  });
  assert.strictEqual(ret, false);
  assert.strictEqual(errors.length, 1);
  assert.strictEqual(errors[0].constructor, Error);
  assert.strictEqual(errors[0].message, 'write after end');
  // end(chunk) again is a write after end too.
  w.end('again');
  assert.strictEqual(errors.length, 2);
  // Without a listener it throws.
  var w2 = new Writable();
  w2._write = function(c, e, cb) { cb(); };
  w2.end();
  assert.throws(function() { w2.write('x'); }, /^Error: write after end$/);
})();

// Non-Buffer/non-string chunks are TypeErrors outside object mode.
(function() {
  pending++;
  var w = new Writable();
  var writes = 0;
  w._write = function(c, e, cb) { writes++; cb(); };
  var errors = [];
  w.on('error', function(er) { errors.push(er); });
  assert.strictEqual(w.write(123, function(er) {
    assert.strictEqual(er, errors[0]);
    done();
  }), false);
  w.write({});
  assert.strictEqual(errors.length, 2);
  assert.ok(errors[0] instanceof TypeError);
  assert.strictEqual(errors[0].message, 'Invalid non-string/buffer chunk');
  assert.strictEqual(writes, 0);
  // null passes the check but has no length.
  assert.throws(function() { w.write(null); }, TypeError);
})();

// Errors passed to _write's callback: 'error' event and the write callback.
(function() {
  pending += 2;
  var asyncW = new Writable();
  asyncW._write = function(c, e, cb) { setImmediate(function() { cb(new Error('late')); }); };
  var log = [];
  asyncW.on('error', function(er) {
    log.push('error ' + er.message);
    assert.strictEqual(asyncW._writableState.errorEmitted, true);
    assert.deepEqual(log, ['cb late', 'error late']);
    done();
  });
  asyncW.write('x', cbLogger(log, 'cb'));

  var syncW = new Writable();
  syncW._write = function(c, e, cb) { cb(new Error('now')); };
  var log2 = [];
  syncW.on('error', function(er) { log2.push('error ' + er.message); });
  syncW.write('x', function(er) {
    log2.push('cb ' + er.message);
    assert.deepEqual(log2, ['error now', 'cb now']);
    done();
  });
  assert.deepEqual(log2, ['error now']);
})();

// The default _write reports "not implemented".
(function() {
  var w = new Writable();
  var msg = null;
  w.on('error', function(er) { msg = er.message; });
  w.write('x');
  assert.strictEqual(msg, 'not implemented');
})();

// decodeStrings (default true) turns strings into Buffers using the write
// encoding; Buffers always arrive with encoding 'buffer'.
(function() {
  var seen = [];
  var w = new Writable();
  w._write = function(c, e, cb) { seen.push([Buffer.isBuffer(c), c.toString(), e]); cb(); };
  w.write('caf\u00e9');
  w.write('68656c6c6f', 'hex');
  w.write(new Buffer('raw'), 'hex');
  w.write('aGk=', 'base64');
  assert.deepEqual(seen, [[true, 'caf\u00e9', 'buffer'], [true, 'hello', 'buffer'],
                          [true, 'raw', 'buffer'], [true, 'hi', 'buffer']]);
  assert.strictEqual(w._writableState.length, 0);
})();

// decodeStrings: false passes strings through with their encoding; the
// length counts string characters.
(function() {
  var seen = [];
  var w = new Writable({ decodeStrings: false, highWaterMark: 5 });
  w._write = function(c, e, cb) { seen.push([typeof c, c, e]); };
  assert.strictEqual(w.write('abc', 'ascii'), true);
  assert.strictEqual(w.write('de'), false);              // 5 characters
  assert.strictEqual(w._writableState.length, 5);
  assert.deepEqual(seen, [['string', 'abc', 'ascii']]);
  assert.strictEqual(w._writableState.buffer[0].encoding, 'utf8');
})();

// defaultEncoding applies to strings written without an encoding.
(function() {
  var seen = [];
  var w = new Writable({ defaultEncoding: 'hex' });
  w._write = function(c, e, cb) { seen.push(c.toString()); cb(); };
  w.write('6869');
  assert.deepEqual(seen, ['hi']);
  assert.strictEqual(w._writableState.defaultEncoding, 'hex');
})();

// Object mode: any value is one unit; strings are not decoded; the encoding
// argument is passed along (defaulting to utf8).
(function() {
  pending++;
  var seen = [];
  var w = new Writable({ objectMode: true, highWaterMark: 2 });
  w._write = function(c, e, cb) { seen.push([c, e]); setImmediate(cb); };
  assert.strictEqual(w.write({ a: 1 }), true);
  assert.strictEqual(w.write(0), false);                  // 2 objects
  assert.strictEqual(w.write('s', 'hex'), false);
  assert.strictEqual(w._writableState.length, 3);
  w.end(false);
  w.on('finish', function() {
    assert.deepEqual(seen, [[{ a: 1 }, 'utf8'], [0, 'utf8'], ['s', 'hex'],
                            [false, 'utf8']]);
    done();
  });
})();

// A plain Writable cannot be piped from.
(function() {
  var w = new Writable();
  var er = null;
  w.on('error', function(e) { er = e; });
  assert.strictEqual(w.pipe(new Writable()), undefined);
  assert.strictEqual(er.message, 'Cannot pipe. Not readable.');
})();

// Subclassing with util.inherits.
(function() {
  pending++;
  var util = require('util');
  function Collector() {
    Writable.call(this, { decodeStrings: false });
    this.text = '';
  }
  util.inherits(Collector, Writable);
  Collector.prototype._write = function(c, e, cb) { this.text += c; cb(); };
  var c = new Collector();
  c.write('a');
  c.end('b', function() {
    assert.strictEqual(c.text, 'ab');
    done();
  });
})();

console.log('ok');
