'use strict';
// The per-chunk stream events ('data', 'readable', 'drain') are emitted by a shortcut around
// EventEmitter.prototype.emit (lib/internal/chunk_events.js). Whatever the shortcut does must be
// what emit() would have done: listeners see `this` and the same arguments (count included),
// arrays of listeners are copied before the calls, an emit() override sees every event, a
// domain is entered, and a property of Object.prototype is never taken for a listener.
var assert = require('assert');
var domain = require('domain');
var stream = require('stream');
var util = require('util');

// Cases run concurrently, except those in `afterTheOthers`, which start one at a time once
// everything before them has completed (they change Object.prototype).
var pending = 0;
var afterTheOthers = [];
function expect(name) {
  pending++;
  var called = false;
  return function() {
    assert(!called, name + ' completed twice');
    called = true;
    pending--;
    if (pending === 0 && afterTheOthers.length) afterTheOthers.shift()();
  };
}
process.on('exit', function() {
  assert.strictEqual(pending, 0, 'every case completed');
  assert.strictEqual(afterTheOthers.length, 0, 'every case started');
});

// A writable whose _write completes on the next tick, so that a big write owes a 'drain'.
function slowSink(hwm) {
  var w = new stream.Writable({ highWaterMark: hwm });
  w.got = [];
  w._write = function(chunk, encoding, cb) {
    w.got.push(chunk.toString());
    process.nextTick(cb);
  };
  return w;
}

function source(chunks) {
  var r = new stream.Readable();
  var i = 0;
  r._read = function() {
    r.push(i < chunks.length ? new Buffer(chunks[i++]) : null);
  };
  return r;
}

// 'data' listeners get the stream as `this` and exactly one argument; 'readable' and 'drain'
// listeners get none.
(function() {
  var done = expect('arguments');
  var r = source(['ab', 'cd']);
  var seen = [];
  r.on('data', function() {
    assert.strictEqual(this, r);
    assert.strictEqual(arguments.length, 1);
    seen.push(arguments[0].toString());
  });
  r.on('end', function() {
    assert.deepEqual(seen, ['ab', 'cd']);
    var w = slowSink(2);
    w.on('drain', function() {
      assert.strictEqual(this, w);
      assert.strictEqual(arguments.length, 0);
      var p = new stream.PassThrough();
      p.on('readable', function() {
        assert.strictEqual(this, p);
        assert.strictEqual(arguments.length, 0);
        assert.strictEqual(p.read().toString(), 'xyz');
        done();
      });
      p.write('xyz');
    });
    assert.strictEqual(w.write('long'), false);
  });
})();

// Several listeners: all are called in order; one added during the event waits for the next
// event, one removed during the event is still called for this one.
(function() {
  var done = expect('listener arrays');
  var w = slowSink(1);
  var calls = [];
  function late() { calls.push('late'); }
  function second() { calls.push('second'); }
  w.on('drain', function first() {
    calls.push('first');
    w.on('drain', late);
    w.removeListener('drain', second);
  });
  w.on('drain', second);
  w.write('a');
  w.once('drain', function() {
    process.nextTick(function() {
      assert.deepEqual(calls, ['first', 'second']);
      w.write('b');
      w.once('drain', function() {
        process.nextTick(function() {
          assert.deepEqual(calls, ['first', 'second', 'first', 'late']);
          done();
        });
      });
    });
  });
})();

// An emit() override, on the prototype of a subclass or on one instance, sees the per-chunk
// events of a pipe.
(function() {
  var done = expect('emit overrides');
  function Counting() {
    stream.Writable.call(this, { highWaterMark: 2 });
    this.events = {};
  }
  util.inherits(Counting, stream.Writable);
  Counting.prototype._write = function(chunk, encoding, cb) { process.nextTick(cb); };
  Counting.prototype.emit = function(type) {
    this.events[type] = (this.events[type] || 0) + 1;
    return stream.Writable.prototype.emit.apply(this, arguments);
  };

  var r = source(['one', 'two', 'three']);
  var readerEvents = {};
  var plainEmit = r.emit;
  r.emit = function(type) {
    readerEvents[type] = (readerEvents[type] || 0) + 1;
    return plainEmit.apply(this, arguments);
  };
  var w = new Counting();
  w.on('finish', function() {
    assert.strictEqual(readerEvents.data, 3);
    assert(w.events.drain >= 1, 'the override saw drain: ' + JSON.stringify(w.events));
    done();
  });
  r.pipe(w);
})();

// A stream created inside a domain: its 'drain' listeners run inside the domain even when the
// write happened outside it, and an error they throw goes to the domain's 'error' handler.
(function() {
  var done = expect('domain');
  var d = domain.create();
  var w;
  d.on('error', function(er) {
    assert.strictEqual(er.message, 'thrown by a drain listener');
    d.exit();
    done();
  });
  d.run(function() {
    w = slowSink(1);
  });
  assert.strictEqual(w.domain, d);
  assert(!process.domain, "the write happens outside the domain");
  w.on('drain', function() {
    assert.strictEqual(process.domain, d);
    throw new Error('thrown by a drain listener');
  });
  w.write('a');
})();

// A property of Object.prototype named like the event is not a listener; an own one still is.
afterTheOthers.push(function() {
  var done = expect('Object.prototype');
  var inheritedCalls = 0;
  Object.defineProperty(Object.prototype, 'drain', {
    value: function() { inheritedCalls++; },
    configurable: true, writable: true, enumerable: false
  });
  var w = slowSink(1);
  var withoutListener = slowSink(1);
  withoutListener.write('a');
  w.write('a');
  w.on('drain', function() {
    process.nextTick(function() {
      delete Object.prototype.drain;
      assert.strictEqual(inheritedCalls, 0);
      done();
    });
  });
});

// A stream whose `_events` was dropped gets a fresh one, as emit() gives it.
(function() {
  var done = expect('missing _events');
  var w = slowSink(1);
  w.write('a');
  w._events = null;
  process.nextTick(function() {
    process.nextTick(function() {
      assert.deepEqual(w._events, {});
      assert.deepEqual(w.got, ['a']);
      done();
    });
  });
})();
