'use strict';
// fs.createReadStream / fs.ReadStream and fs.createWriteStream / fs.WriteStream: options (start,
// end, fd, encoding, autoClose, flags, mode, highWaterMark), 'open' and 'close' events,
// bytesWritten and pos, piping through a Transform, errors, destroy/close, SyncWriteStream.
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var stream = require('stream');
var util = require('util');
var scratch = require('./scratch');

var dir = scratch.dir('streams');
function p(name) {
  return path.join(dir, name);
}

var alphabet = 'abcdefghijklmnopqrstuvwxyz';
fs.writeFileSync(p('abc'), alphabet);
var big = new Buffer(1024 * 1024 + 17);
for (var i = 0; i < big.length; i++) big[i] = (i * 13) & 0xff;
fs.writeFileSync(p('big'), big);

function collect(s, done) {
  var chunks = [];
  s.on('data', function (c) { chunks.push(c); });
  s.on('end', function () {
    done(typeof chunks[0] === 'string' ? chunks.join('') : Buffer.concat(chunks));
  });
}

assert.ok(fs.ReadStream.prototype instanceof stream.Readable);
assert.ok(fs.WriteStream.prototype instanceof stream.Writable);
assert.strictEqual(fs.FileReadStream, fs.ReadStream);
assert.strictEqual(fs.FileWriteStream, fs.WriteStream);

// A whole file, with 'open', 'end', 'close' in order, in 64 KiB chunks.
(function () {
  var events = [];
  var s = fs.createReadStream(p('big'));
  assert.ok(s instanceof fs.ReadStream);
  assert.strictEqual(s.path, p('big'));
  assert.strictEqual(s.fd, null);
  assert.strictEqual(s.flags, 'r');
  assert.strictEqual(s.mode, 438);
  assert.strictEqual(s.autoClose, true);
  var maxChunk = 0;
  s.on('open', scratch.mustCall(function (fd) {
    assert.strictEqual(typeof fd, 'number');
    assert.strictEqual(s.fd, fd);
    events.push('open');
  }));
  s.on('data', function (c) { maxChunk = Math.max(maxChunk, c.length); });
  collect(s, scratch.mustCall(function (data) {
    events.push('end');
    assert.strictEqual(data.length, big.length);
    assert.ok(data.toString('hex') === big.toString('hex'));
    assert.strictEqual(maxChunk, 64 * 1024);
  }));
  s.on('close', scratch.mustCall(function () {
    events.push('close');
    assert.deepEqual(events, ['open', 'end', 'close']);
    assert.strictEqual(s.fd, null);
    assert.strictEqual(s.closed, true);
    assert.strictEqual(s.destroyed, true);
  }));
})();

// start and end are inclusive; pos advances; encoding gives strings.
collect(fs.createReadStream(p('abc'), { start: 3, end: 6 }), scratch.mustCall(function (data) {
  assert.strictEqual(data.toString(), 'defg');
}));
collect(fs.createReadStream(p('abc'), { start: 20 }), scratch.mustCall(function (data) {
  assert.strictEqual(data.toString(), 'uvwxyz');
}));
collect(fs.createReadStream(p('abc'), { start: 0, end: 0, encoding: 'utf8' }), scratch.mustCall(function (data) {
  assert.strictEqual(data, 'a');
}));
collect(fs.createReadStream(p('abc'), { encoding: 'hex', highWaterMark: 4 }), scratch.mustCall(function (data) {
  assert.strictEqual(data, new Buffer(alphabet).toString('hex'));
}));
(function () {
  var s = fs.createReadStream(p('big'), { start: 1000000, end: 1000000 + 99999 });
  assert.strictEqual(s.pos, 1000000);
  collect(s, scratch.mustCall(function (data) {
    assert.strictEqual(data.length, big.length - 1000000);
    assert.strictEqual(data.toString('hex'), big.slice(1000000).toString('hex'));
    assert.strictEqual(s.pos, 1000000 + 100000);
  }));
})();
assert.throws(function () { fs.createReadStream(p('abc'), { start: 5, end: 2 }); }, /^Error: start must be <= end$/);
assert.throws(function () { fs.createReadStream(p('abc'), { start: '1' }); }, /^TypeError: start must be a Number$/);
assert.throws(function () { fs.createReadStream(p('abc'), { start: 1, end: '2' }); }, /^TypeError: end must be a Number$/);

// An fd of our own, autoClose false: the fd stays open and usable.
(function () {
  var fd = fs.openSync(p('abc'), 'r');
  var s = fs.createReadStream(null, { fd: fd, autoClose: false, start: 10, end: 12 });
  s.on('open', function () { assert.fail('no open event with an fd'); });
  collect(s, scratch.mustCall(function (data) {
    assert.strictEqual(data.toString(), 'klm');
    setImmediate(scratch.mustCall(function () {
      assert.ok(!s.closed && !s.destroyed);
      assert.strictEqual(fs.readSync(fd, 2, 0, 'utf8')[0], 'ab');
      fs.closeSync(fd);
    }));
  }));
})();

// Errors: a missing file, a bad fd.
(function () {
  var s = fs.createReadStream(p('missing'));
  s.on('error', scratch.mustCall(function (err) {
    scratch.assertUvError(err, 'ENOENT', 'open', p('missing'));
    assert.ok(s.destroyed);
    assert.ok(!s.closed);
  }));
  s.on('data', function () {});
  var bad = fs.createReadStream(null, { fd: 98765, autoClose: false });
  bad.on('error', scratch.mustCall(function (err) {
    scratch.assertUvError(err, 'EBADF', 'read');
    assert.ok(!bad.destroyed);
  }));
  bad.resume();
})();

// destroy() and close(cb).
(function () {
  var s = fs.createReadStream(p('abc'));
  s.on('open', scratch.mustCall(function () {
    s.close(scratch.mustCall(function () {
      assert.strictEqual(s.fd, null);
    }));
  }));
  var d = fs.createReadStream(p('abc'));
  d.destroy();
  d.destroy();
  d.on('close', scratch.mustCall());
})();

// Piping through a Transform into a WriteStream.
(function () {
  function Upper() {
    stream.Transform.call(this);
  }
  util.inherits(Upper, stream.Transform);
  Upper.prototype._transform = function (chunk, enc, cb) {
    cb(null, new Buffer(chunk.toString('binary').toUpperCase(), 'binary'));
  };
  var out = fs.createWriteStream(p('upper'));
  fs.createReadStream(p('abc'), { highWaterMark: 5 }).pipe(new Upper()).pipe(out);
  out.on('close', scratch.mustCall(function () {
    assert.strictEqual(fs.readFileSync(p('upper'), 'utf8'), alphabet.toUpperCase());
    assert.strictEqual(out.bytesWritten, 26);
  }));
  // A big file through a PassThrough: bytes preserved.
  var copy = fs.createWriteStream(p('big-copy'));
  fs.createReadStream(p('big')).pipe(new stream.PassThrough()).pipe(copy);
  copy.on('close', scratch.mustCall(function () {
    assert.strictEqual(fs.readFileSync(p('big-copy')).toString('hex'), big.toString('hex'));
    assert.strictEqual(copy.bytesWritten, big.length);
  }));
})();

// WriteStream: defaults, 'open'/'finish'/'close', bytesWritten, string encodings, start + r+.
(function () {
  var w = fs.createWriteStream(p('w1'));
  assert.ok(w instanceof fs.WriteStream);
  assert.strictEqual(w.flags, 'w');
  assert.strictEqual(w.mode, 438);
  assert.strictEqual(w.bytesWritten, 0);
  assert.strictEqual(w.pos, undefined);
  var events = [];
  w.on('open', scratch.mustCall(function (fd) {
    assert.strictEqual(typeof fd, 'number');
    events.push('open');
  }));
  w.on('finish', function () { events.push('finish'); });
  w.on('close', scratch.mustCall(function () {
    events.push('close');
    assert.deepEqual(events, ['open', 'finish', 'close']);
    assert.strictEqual(w.bytesWritten, 3 + 2 + 3);
    assert.strictEqual(fs.readFileSync(p('w1'), 'utf8'), 'abcé123');
    assert.throws(function () { w.write('late'); });
  }));
  assert.strictEqual(w.write('abc'), true);
  w.write('é', 'utf8');
  w.end('313233', 'hex');
})();
(function () {
  fs.writeFileSync(p('w2'), '0123456789');
  var w = fs.createWriteStream(p('w2'), { flags: 'r+', start: 4 });
  assert.strictEqual(w.start, 4);
  assert.strictEqual(w.pos, 4);
  w.write('ab');
  w.end(new Buffer('cd'));
  w.on('close', scratch.mustCall(function () {
    assert.strictEqual(fs.readFileSync(p('w2'), 'utf8'), '0123abcd89');
    assert.strictEqual(w.pos, 8);
    assert.strictEqual(w.bytesWritten, 4);
  }));
  var a = fs.createWriteStream(p('w2'), { flags: 'a', mode: 384 });
  w.on('close', function () {
    a.end('!');
  });
  a.on('close', scratch.mustCall(function () {
    assert.strictEqual(fs.readFileSync(p('w2'), 'utf8'), '0123abcd89!');
  }));
  var m = fs.createWriteStream(p('w3'), { mode: 384 });
  m.end('x');
  m.on('close', scratch.mustCall(function () {
    assert.strictEqual(fs.statSync(p('w3')).mode & 511, 384 & ~process.umask());
  }));
})();
assert.throws(function () { fs.createWriteStream(p('w4'), { start: -1 }); }, /^Error: start must be >= zero$/);
assert.throws(function () { fs.createWriteStream(p('w4'), { start: '1' }); }, /^TypeError: start must be a Number$/);

// Backpressure: write() returns false past the high-water mark, then 'drain'.
(function () {
  var w = fs.createWriteStream(p('w5'), { highWaterMark: 10 });
  for (var i = 0; i < 9; i++) assert.strictEqual(w.write('x'), true);
  assert.strictEqual(w.write('x'), false);
  w.once('drain', scratch.mustCall(function () {
    assert.strictEqual(fs.readFileSync(p('w5'), 'utf8'), 'xxxxxxxxxx');
    w.end();
  }));
})();

// Write errors: the open fails; a write fails (the fd is closed first).
(function () {
  var w = fs.createWriteStream(p('no/such/dir/file'));
  w.on('error', scratch.mustCall(function (err) {
    scratch.assertUvError(err, 'ENOENT', 'open', p('no/such/dir/file'));
    assert.ok(w.destroyed);
  }));
  var ro = fs.openSync(p('abc'), 'r');
  var bad = fs.createWriteStream(null, { fd: ro });
  bad.write('x', scratch.mustCall(function (err) {
    scratch.assertUvError(err, 'EBADF', 'write');
  }));
  bad.on('error', scratch.mustCall(function (err) {
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(bad.fd, null);
  }));
})();

// An fd of our own for writing, and destroy before open.
(function () {
  var fd = fs.openSync(p('w6'), 'w');
  var w = fs.createWriteStream(null, { fd: fd });
  w.end('fd!');
  w.on('close', scratch.mustCall(function () {
    assert.strictEqual(fs.readFileSync(p('w6'), 'utf8'), 'fd!');
    assert.throws(function () { fs.fstatSync(fd); }, /EBADF/);
  }));
  var early = fs.createWriteStream(p('w7'));
  early.destroy();
  early.on('open', scratch.mustCall());
  early.on('close', scratch.mustCall());
})();

// SyncWriteStream writes at once.
(function () {
  var fd = fs.openSync(p('sync'), 'w');
  var s = new fs.SyncWriteStream(fd);
  assert.strictEqual(s.writable, true);
  assert.strictEqual(s.write('one '), true);
  s.write('74776f', 'hex', scratch.mustCall());
  assert.strictEqual(fs.readFileSync(p('sync'), 'utf8'), 'one two');
  s.on('close', scratch.mustCall());
  s.end();
  assert.strictEqual(s.fd, null);
  assert.throws(function () { fs.fstatSync(fd); }, /EBADF/);
})();
