'use strict';
// stream.Duplex (both sides, allowHalfOpen), stream.Transform (_transform
// with push() or cb(null, data), _flush, errors, backpressure between the
// sides, object mode per side) and stream.PassThrough.
var assert = require('assert');
var util = require('util');
var Stream = require('stream');
var Duplex = Stream.Duplex, Transform = Stream.Transform;
var PassThrough = Stream.PassThrough;

var pending = 0;
function done() { pending--; }
process.on('exit', function() { assert.strictEqual(pending, 0, 'all checks ran'); });

// Both sides of a Duplex work independently.
(function() {
  pending++;
  var d = new Duplex();
  var written = [];
  d._write = function(c, e, cb) { written.push(c.toString()); cb(); };
  var n = 0;
  d._read = function() { d.push(n < 2 ? new Buffer('r' + (n++)) : null); };
  d.write('w0');
  d.end('w1');
  assert.deepEqual(written, ['w0', 'w1']);
  var got = [];
  d.on('data', function(c) { got.push(c.toString()); });
  d.on('end', function() {
    assert.strictEqual(got.join(''), 'r0r1');
    done();
  });
})();

// allowHalfOpen (default true): the readable side ending leaves the
// writable side open.
(function() {
  pending++;
  var d = new Duplex();
  d._read = function() { d.push(null); };
  d._write = function(c, e, cb) { cb(); };
  var finished = false;
  d.on('finish', function() { finished = true; });
  d.on('end', function() {
    setImmediate(function() {
      assert.strictEqual(finished, false);
      assert.strictEqual(d._writableState.ended, false);
      assert.strictEqual(d.write('still open'), true);
      done();
    });
  });
  d.read();
})();

// allowHalfOpen: false ends the writable side on the tick after 'end';
// writes made in the 'end' handler still go out.
(function() {
  pending++;
  var d = new Duplex({ allowHalfOpen: false });
  d._read = function() { d.push(null); };
  var written = [];
  d._write = function(c, e, cb) { written.push(c.toString()); cb(); };
  d.on('end', function() {
    assert.strictEqual(d._writableState.ending, false);
    d.write('late');
  });
  d.on('finish', function() {
    assert.deepEqual(written, ['late']);
    done();
  });
  d.read();
})();

// The Duplex's own 'end' listener behaves as a once() listener: one listener
// before 'end', none after, and a second 'end' does not end the writable side
// again (end() after end() would be a write-after-end error).
(function() {
  pending++;
  var d = new Duplex({ allowHalfOpen: false });
  d._read = function() { d.push(null); };
  d._write = function(c, e, cb) { cb(); };
  var errors = 0;
  d.on('error', function() { errors++; });
  assert.strictEqual(d.listeners('end').length, 1);
  var ends = 0;
  d.on('end', function() {
    if (++ends > 1) return;
    assert.strictEqual(d.listeners('end').length, 1, 'only this one is left');
    setImmediate(function() {
      assert.strictEqual(d._writableState.ended, true);
      d.emit('end');
      assert.strictEqual(ends, 2);
      setImmediate(function() {
        assert.strictEqual(errors, 0);
        done();
      });
    });
  });
  d.read();
})();

// The writable side finishing does not end the readable side (v0.10 only
// enforces it in one direction).
(function() {
  pending++;
  var d = new Duplex({ allowHalfOpen: false });
  d._read = function() {};
  d._write = function(c, e, cb) { cb(); };
  d.end();
  setImmediate(function() {
    assert.strictEqual(d._writableState.finished, true);
    assert.strictEqual(d._readableState.ended, false);
    done();
  });
})();

// Transform: push() any number of times per chunk, then cb(); or cb(null,
// data). _flush runs on 'finish', before 'end'.
(function() {
  pending++;
  var log = [];
  var t = new Transform();
  t._transform = function(c, e, cb) {
    log.push('transform ' + c);
    if (c.toString() === 'twice') {
      this.push(c);
      this.push(c);
      cb();
    } else {
      cb(null, new Buffer(c.toString().toUpperCase()));
    }
  };
  t._flush = function(cb) {
    log.push('flush');
    this.push(new Buffer('!'));
    cb();
  };
  t.on('finish', function() { log.push('finish'); });
  var out = '';
  t.on('data', function(c) { out += c; });
  t.on('end', function() {
    log.push('end');
    assert.strictEqual(out, 'ABCtwicetwice!');
    // _flush runs from Transform's own 'finish' listener, which was added in
    // the constructor, before the user's.
    assert.deepEqual(log, ['transform abc', 'transform twice', 'flush', 'finish', 'end']);
    done();
  });
  t.write('abc');
  t.write('twice');
  t.end();
})();

// cb(null, null/undefined) pushes nothing (not EOF).
(function() {
  pending++;
  var t = new Transform();
  var n = 0;
  t._transform = function(c, e, cb) { cb(null, (n++ % 2) ? c : null); };
  var out = '';
  t.on('data', function(c) { out += c; });
  t.on('end', function() { assert.strictEqual(out, 'bd'); done(); });
  ['a', 'b', 'c', 'd'].forEach(function(x) { t.write(x); });
  t.end();
})();

// Errors from _transform and _flush are emitted as 'error'.
(function() {
  pending += 2;
  var t = new Transform();
  t._transform = function(c, e, cb) { cb(new Error('bad chunk')); };
  t.on('error', function(er) {
    assert.strictEqual(er.message, 'bad chunk');
    done();
  });
  t.write('x');

  var f = new Transform();
  f._transform = function(c, e, cb) { cb(); };
  f._flush = function(cb) { cb(new Error('bad flush')); };
  var ended = false;
  f.on('end', function() { ended = true; });
  f.on('error', function(er) {
    assert.strictEqual(er.message, 'bad flush');
    setImmediate(function() { assert.strictEqual(ended, false); done(); });
  });
  f.end();
  f.resume();
})();

// Calling the transform callback twice is an error.
(function() {
  var t = new Transform();
  var saved;
  t._transform = function(c, e, cb) { saved = cb; cb(); };
  var errors = [];
  t.on('error', function(er) { errors.push(er.message); });
  t.write('x');
  saved();
  assert.deepEqual(errors, ['no writecb in Transform class']);
})();

// Backpressure: with nobody reading, only what fits the readable side is
// transformed; the rest queues on the writable side until write() says no.
(function() {
  pending++;
  var t = new Transform({ highWaterMark: 2 });
  var transformed = 0;
  t._transform = function(c, e, cb) { transformed++; this.push(c); cb(); };
  var results = [];
  for (var i = 0; i < 6; i++) results.push(t.write(new Buffer('' + i)));
  assert.deepEqual(results, [true, true, true, false, false, false]);
  assert.strictEqual(transformed, 2);
  assert.strictEqual(t._readableState.length, 2);
  assert.strictEqual(t._transformState.writechunk.toString(), '2');
  assert.deepEqual(t._writableState.buffer.map(function(r) { return r.chunk.toString(); }),
                   ['3', '4', '5']);
  var drained = false;
  t.on('drain', function() { drained = true; });
  var out = '';
  t.on('readable', function() {
    var c;
    while ((c = t.read()) !== null) out += c;
  });
  t.on('end', function() {
    assert.strictEqual(out, '012345');
    assert.ok(drained);
    assert.strictEqual(transformed, 6);
    done();
  });
  t.end();
})();

// Object mode on one side only, set on the state objects in the constructor
// (the manual's JSON-lines parser pattern).
(function() {
  pending++;
  function LineParser() {
    Transform.call(this);
    this._writableState.objectMode = false;
    this._readableState.objectMode = true;
    this._rest = '';
  }
  util.inherits(LineParser, Transform);
  LineParser.prototype._transform = function(c, e, cb) {
    var lines = (this._rest + c).split('\n');
    this._rest = lines.pop();
    for (var i = 0; i < lines.length; i++) this.push(JSON.parse(lines[i]));
    cb();
  };
  LineParser.prototype._flush = function(cb) {
    if (this._rest) this.push(JSON.parse(this._rest));
    cb();
  };
  var p = new LineParser();
  var objs = [];
  p.on('data', function(o) { objs.push(o); });
  p.on('end', function() {
    assert.deepEqual(objs, [{ a: 1 }, [2], 3, 'four']);
    done();
  });
  p.write('{"a":1}\n[');
  p.write('2]\n3\n"fo');
  p.end('ur"');
})();

// Object-mode transform, including falsy values.
(function() {
  pending++;
  var t = new Transform({ objectMode: true });
  t._transform = function(x, e, cb) { cb(null, { v: x }); };
  var out = [];
  t.on('data', function(o) { out.push(o.v); });
  t.on('end', function() {
    assert.deepEqual(out, [0, false, '', 'x']);
    done();
  });
  [0, false, '', 'x'].forEach(function(x) { t.write(x); });
  t.end();
})();

// PassThrough: output equals input, read(n) regroups bytes.
(function() {
  var pt = new PassThrough();
  pt.write(new Buffer('foog'));
  pt.write(new Buffer('bark'));
  pt.end(new Buffer('baz'));
  assert.strictEqual(pt.read(5).toString(), 'foogb');
  assert.strictEqual(pt.read(5).toString(), 'arkba');
  assert.strictEqual(pt.read(5).toString(), 'z');
  assert.strictEqual(pt.read(5), null);
})();

// PassThrough with decodeStrings: false keeps strings (and their encoding).
(function() {
  var pt = new PassThrough({ decodeStrings: false, encoding: 'utf8' });
  var encs = [];
  var orig = pt._transform;
  pt._transform = function(c, e, cb) { encs.push(typeof c + ':' + e); orig.call(this, c, e, cb); };
  pt.write('abc');
  pt.write(new Buffer('def'));
  assert.deepEqual(encs, ['string:utf8', 'object:buffer']);
  assert.strictEqual(pt.read(), 'abcdef');
})();

// Transform subclass through util.inherits, used in a pipe chain.
(function() {
  pending++;
  function Upper() { Transform.call(this); }
  util.inherits(Upper, Transform);
  Upper.prototype._transform = function(c, e, cb) { cb(null, c.toString().toUpperCase()); };
  var src = new PassThrough();
  var sink = new PassThrough();
  var out = '';
  src.pipe(new Upper()).pipe(sink);
  sink.on('data', function(c) { out += c; });
  sink.on('end', function() { assert.strictEqual(out, 'HELLO WORLD'); done(); });
  src.write('hello ');
  src.end('world');
})();

console.log('ok');
