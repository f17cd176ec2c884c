'use strict';
// Readable.prototype.pipe/unpipe: flow start, backpressure through 'drain',
// several destinations, 'pipe'/'unpipe' events, {end: false}, piping an
// ended stream, errors/close/finish on the destination, listener cleanup.
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;
var Stream = require('stream');
var Readable = Stream.Readable, Writable = Stream.Writable;

var pending = 0;
function done() { pending--; }
process.on('exit', function() { assert.strictEqual(pending, 0, 'all checks ran'); });

function chunkSource(count, size, opts) {
  var r = new Readable(opts);
  var i = 0;
  r._read = function() {
    if (i === count) return r.push(null);
    var b = new Buffer(size);
    b.fill(97 + (i++ % 26));
    r.push(b);
  };
  return r;
}

function sink(opts, delay) {
  var w = new Writable(opts);
  w.chunks = [];
  w._write = function(c, e, cb) {
    w.chunks.push(c.toString());
    if (delay === undefined) cb(); else setTimeout(cb, delay);
  };
  return w;
}

// pipe() returns dest, emits 'pipe' synchronously, starts flowing on the
// next tick, and ends dest at the end.
(function() {
  pending++;
  var r = chunkSource(3, 2);
  var w = sink();
  var pipedFrom = null;
  w.on('pipe', function(src) { pipedFrom = src; });
  assert.strictEqual(r.pipe(w), w);
  assert.strictEqual(pipedFrom, r);
  assert.strictEqual(r._readableState.pipes, w);
  assert.strictEqual(r._readableState.pipesCount, 1);
  assert.strictEqual(r._readableState.flowing, true);
  assert.deepEqual(w.chunks, []);
  var datas = [];
  r.on('data', function(c) { datas.push(c.toString()); });   // observes only
  w.on('finish', function() {
    assert.deepEqual(w.chunks, ['aa', 'bb', 'cc']);
    assert.deepEqual(datas, ['aa', 'bb', 'cc']);
    done();
  });
})();

// Backpressure: a slow destination keeps both buffers near their marks.
(function() {
  pending++;
  var r = chunkSource(200, 100, { highWaterMark: 1000 });
  var w = sink({ highWaterMark: 500 }, 0);
  var maxR = 0, maxW = 0, drains = 0;
  var origRead = r._read;
  r._read = function(n) {
    maxR = Math.max(maxR, r._readableState.length);
    maxW = Math.max(maxW, w._writableState.length);
    origRead.call(this, n);
  };
  w.on('drain', function() { drains++; });
  w.on('finish', function() {
    assert.strictEqual(w.chunks.length, 200);
    assert.ok(maxR <= 1000, 'readable buffer bounded: ' + maxR);
    assert.ok(maxW <= 600, 'writable buffer bounded: ' + maxW);
    assert.ok(drains > 10, 'many drains: ' + drains);
    done();
  });
  r.pipe(w);
})();

// Several destinations: all get everything; the slowest sets the pace.
(function() {
  pending++;
  var r = chunkSource(20, 10, { highWaterMark: 20 });
  var fast = sink({ highWaterMark: 10 });
  var slow = sink({ highWaterMark: 10 }, 1);
  r.pipe(fast);
  r.pipe(slow);
  assert.deepEqual(r._readableState.pipes, [fast, slow]);
  assert.strictEqual(r._readableState.pipesCount, 2);
  var finished = 0;
  function check() {
    if (++finished < 2) return;
    assert.strictEqual(fast.chunks.join(''), slow.chunks.join(''));
    assert.strictEqual(fast.chunks.length, 20);
    done();
  }
  fast.on('finish', check);
  slow.on('finish', check);
})();

// unpipe(dest), unpipe() of all, unpipe of a stranger; 'unpipe' events.
(function() {
  var r = new Readable();
  r._read = function() {};
  var a = sink(), b = sink(), c = sink(), stranger = sink();
  var unpiped = [];
  [a, b, c, stranger].forEach(function(w, i) {
    w.on('unpipe', function(src) { unpiped.push(src === r ? i : 'r2:' + i); });
  });
  r.pipe(a);
  assert.strictEqual(r.unpipe(stranger), r);
  assert.strictEqual(r._readableState.pipes, a);
  r.pipe(b);
  r.pipe(c);
  r.unpipe(stranger);
  r.unpipe(b);
  assert.deepEqual(r._readableState.pipes, [a, c]);
  r.unpipe(a);
  assert.strictEqual(r._readableState.pipes, c);          // back to one
  assert.strictEqual(r._readableState.pipesCount, 1);
  r.pipe(a);
  r.unpipe();                                              // all
  assert.deepEqual(unpiped, [1, 0, 2, 0]);
  assert.strictEqual(r._readableState.pipes, null);
  assert.strictEqual(r._readableState.pipesCount, 0);
  assert.strictEqual(r._readableState.flowing, false);
  assert.strictEqual(r.unpipe(), r);                       // nothing piped
  var r2 = new Readable();
  r2._read = function() {};
  r2.pipe(a);
  r2.unpipe();
  assert.deepEqual(unpiped, [1, 0, 2, 0, 'r2:0']);
})();

// pipe/unpipe cycles leave no listeners behind on either side.
(function() {
  var r = new Readable({ highWaterMark: 0x10000 });
  r._read = function() { r.push(new Buffer('hallo')); };
  var w = sink();
  for (var i = 0; i < 10; i++) {
    r.pipe(w);
    r.unpipe(w);
  }
  ['end', 'readable'].forEach(function(ev) {
    assert.strictEqual(r.listeners(ev).length, 0, 'src ' + ev);
  });
  ['unpipe', 'drain', 'error', 'close', 'finish'].forEach(function(ev) {
    assert.strictEqual(w.listeners(ev).length, 0, 'dest ' + ev);
  });
})();

// {end: false} leaves the destination open.
(function() {
  pending++;
  var r = chunkSource(2, 1);
  var w = sink();
  r.pipe(w, { end: false });
  r.on('end', function() {
    setImmediate(function() {
      assert.strictEqual(w._writableState.ending, false);
      assert.deepEqual(w.chunks, ['a', 'b']);
      w.end('z', function() {
        assert.deepEqual(w.chunks, ['a', 'b', 'z']);
        done();
      });
    });
  });
})();

// Piping a stream that has already ended still ends the destination.
(function() {
  pending++;
  var r = new Readable();
  r._read = function() { r.push(null); };
  r.read();
  r.on('end', function() {
    var w = sink();
    w.on('finish', done);
    r.pipe(w);
  });
})();

// stdout/stderr are never ended by pipe().
(function() {
  pending++;
  var r = new Readable();
  r._read = function() { r.push(null); };
  r.pipe(process.stdout);
  r.on('end', function() { setImmediate(done); });
})();

// An error on the destination unpipes it; the pipe's own error handler runs
// before listeners added earlier, and the error still throws when nobody
// else listens.
(function() {
  var r = chunkSource(100, 10);
  var w = sink();
  var order = [];
  w.on('error', function(er) {
    order.push('user ' + er.message + ' pipes=' + r._readableState.pipesCount);
  });
  var unpipedBy = null;
  w.on('unpipe', function(src) { unpipedBy = src; });
  r.pipe(w);
  assert.strictEqual(w.listeners('error').length, 2);
  w.emit('error', new Error('boom'));
  assert.deepEqual(order, ['user boom pipes=0']);
  assert.strictEqual(unpipedBy, r);
  assert.strictEqual(w.listeners('error').length, 1);

  var r2 = chunkSource(100, 10);
  var w2 = sink();
  r2.pipe(w2);
  assert.throws(function() { w2.emit('error', new Error('unheard')); }, /unheard/);
  assert.strictEqual(r2._readableState.pipesCount, 0);

  // A single earlier listener (not an array) gets the same treatment.
  var r3 = chunkSource(1, 1);
  var w3 = sink();
  function mine() {}
  w3.on('error', mine);
  r3.pipe(w3);
  assert.strictEqual(w3.listeners('error')[1], mine);
  r3.unpipe(w3);
  assert.deepEqual(w3.listeners('error'), [mine]);
})();

// 'close' or 'finish' on the destination unpipes it.
(function() {
  var r = new Readable();
  r._read = function() {};
  var a = sink(), b = sink();
  r.pipe(a);
  r.pipe(b);
  a.emit('close');
  assert.strictEqual(r._readableState.pipes, b);
  b.emit('finish');
  assert.strictEqual(r._readableState.pipesCount, 0);
  assert.strictEqual(a.listeners('finish').length, 0);
  assert.strictEqual(b.listeners('close').length, 0);
})();

// Destinations that are legacy streams (no _writableState) work too, with
// 'drain' as their only flow control.
(function() {
  pending++;
  var r = chunkSource(5, 3);
  var dest = new Stream();
  dest.writable = true;
  var got = [];
  var waiting = false;
  dest.write = function(c) {
    assert.ok(!waiting, 'no write while waiting for drain');
    got.push(c.toString());
    waiting = true;
    setImmediate(function() { waiting = false; dest.emit('drain'); });
    return false;
  };
  dest.end = function() {
    assert.deepEqual(got, ['aaa', 'bbb', 'ccc', 'ddd', 'eee']);
    done();
  };
  r.pipe(dest);
})();

// Removing every destination mid-flow hands over to old mode when someone
// listens for 'data'.
(function() {
  pending++;
  var r = chunkSource(6, 1, { highWaterMark: 1 });
  var w = new Writable({ highWaterMark: 1 });
  var seen = [];
  w._write = function(c, e, cb) {
    r.unpipe(w);
    cb();
  };
  r.pipe(w);
  r.on('data', function(c) { seen.push(c.toString()); });
  r.on('end', function() {
    assert.strictEqual(seen.join(''), 'abcdef');
    done();
  });
})();

// Objects can be piped between object-mode streams.
(function() {
  pending++;
  var r = new Readable({ objectMode: true });
  var items = [{ n: 1 }, 0, 'two', false];
  r._read = function() { r.push(items.length ? items.shift() : null); };
  var w = new Writable({ objectMode: true, highWaterMark: 1 });
  var got = [];
  w._write = function(x, e, cb) { got.push(x); setImmediate(cb); };
  w.on('finish', function() {
    assert.deepEqual(got, [{ n: 1 }, 0, 'two', false]);
    done();
  });
  r.pipe(w);
})();

console.log('ok');
