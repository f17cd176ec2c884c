'use strict';
// readFile/readFileSync, writeFile/writeFileSync and appendFile/appendFileSync: encodings,
// flag and mode options, Buffers and other data, empty files, files whose size stat does not
// know (procfs), directories, binary round trips, and the sync forms' use of the exported
// openSync/readSync/writeSync/closeSync (so patches see every call and no fd leaks).
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var scratch = require('./scratch');

var dir = scratch.dir('whole');
function p(name) {
  return path.join(dir, name);
}
var oldMask = process.umask(0);
process.on('exit', function () { process.umask(oldMask); });

var text = 'Grüße, 世界! \u{1F600}\n';

// writeFileSync: strings (encodings), Buffers, numbers; mode and flag options.
fs.writeFileSync(p('a'), text);
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), text);
assert.ok(Buffer.isBuffer(fs.readFileSync(p('a'))));
assert.strictEqual(fs.readFileSync(p('a')).toString(), text);
assert.strictEqual(fs.readFileSync(p('a'), { encoding: 'utf8' }), text);
assert.strictEqual(fs.readFileSync(p('a'), { encoding: 'base64' }), new Buffer(text).toString('base64'));
fs.writeFileSync(p('b'), '68656c6c6f', 'hex');
assert.strictEqual(fs.readFileSync(p('b'), 'ascii'), 'hello');
fs.writeFileSync(p('c'), 'aGk=', { encoding: 'base64' });
assert.strictEqual(fs.readFileSync(p('c'), 'utf8'), 'hi');
fs.writeFileSync(p('d'), 220);
assert.strictEqual(fs.readFileSync(p('d'), 'utf8'), '220');
fs.writeFileSync(p('mode'), 'x', { mode: parseInt('640', 8) });
assert.strictEqual(fs.statSync(p('mode')).mode & 511, parseInt('640', 8));
fs.writeFileSync(p('mode'), 'y', { mode: '0600' }); // only applies when creating
assert.strictEqual(fs.statSync(p('mode')).mode & 511, parseInt('640', 8));
fs.writeFileSync(p('a'), 'tail', { flag: 'a' });
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), text + 'tail');
assert.throws(function () { fs.writeFileSync(p('a'), 'x', { flag: 'wx' }); }, function (e) {
  scratch.assertUvError(e, 'EEXIST', 'open', p('a'));
  return true;
});
assert.throws(function () { fs.writeFileSync(p('a'), 'x', 'bogus'); }, /Unknown encoding: bogus/);
assert.throws(function () { fs.readFileSync(p('a'), 'bogus'); }, /Unknown encoding: bogus/);
assert.throws(function () { fs.readFileSync(p('a'), 42); }, /^TypeError: Bad arguments$/);

// appendFileSync creates, appends, takes mode and flag.
fs.appendFileSync(p('log'), 'one\n', { mode: parseInt('600', 8) });
fs.appendFileSync(p('log'), new Buffer('two\n'));
fs.appendFileSync(p('log'), 3);
assert.strictEqual(fs.readFileSync(p('log'), 'utf8'), 'one\ntwo\n3');
assert.strictEqual(fs.statSync(p('log')).mode & 511, parseInt('600', 8));
fs.appendFileSync(p('log'), 'X', { flag: 'w' });
assert.strictEqual(fs.readFileSync(p('log'), 'utf8'), 'X');

// Every byte value round-trips through Buffers.
var bytes = new Buffer(256 * 1024 + 3);
for (var i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 10)) & 0xff;
fs.writeFileSync(p('bin'), bytes);
var again = fs.readFileSync(p('bin'));
assert.strictEqual(again.length, bytes.length);
assert.ok(again.equals ? again.equals(bytes) : again.toString('hex') === bytes.toString('hex'));
assert.strictEqual(fs.readFileSync(p('bin'), 'binary'), bytes.toString('binary'));

// Empty files and files whose size stat reports as 0 (procfs).
fs.writeFileSync(p('empty'), '');
assert.strictEqual(fs.readFileSync(p('empty')).length, 0);
assert.strictEqual(fs.readFileSync(p('empty'), 'utf8'), '');
var status = fs.readFileSync('/proc/self/status', 'utf8');
assert.ok(/^Name:/.test(status) && status.length > 100, 'procfs content read although size is 0');

// Errors.
assert.throws(function () { fs.readFileSync(p('missing')); }, function (e) {
  scratch.assertUvError(e, 'ENOENT', 'open', p('missing'));
  return true;
});
assert.throws(function () { fs.readFileSync(dir); }, function (e) {
  scratch.assertUvError(e, 'EISDIR', 'read');
  return true;
});
assert.throws(function () { fs.writeFileSync(dir, 'x'); }, function (e) {
  scratch.assertUvError(e, 'EISDIR', 'open', dir);
  return true;
});

// The sync forms go through the exported fd calls, closing the fd whatever happens.
(function () {
  var saved = {};
  ['openSync', 'closeSync', 'readSync', 'writeSync', 'fstatSync'].forEach(function (k) { saved[k] = fs[k]; });
  var log = [];
  ['openSync', 'closeSync', 'readSync', 'writeSync', 'fstatSync'].forEach(function (k) {
    fs[k] = function () {
      log.push(k);
      return saved[k].apply(fs, arguments);
    };
  });
  try {
    assert.strictEqual(fs.readFileSync(p('b'), 'utf8'), 'hello');
    assert.deepEqual(log, ['openSync', 'fstatSync', 'readSync', 'closeSync']);
    log.length = 0;
    fs.writeFileSync(p('b'), 'bye');
    assert.deepEqual(log, ['openSync', 'writeSync', 'closeSync']);
    log.length = 0;
    fs.readSync = function () { throw new Error('BAM'); };
    assert.throws(function () { fs.readFileSync(p('b')); }, /BAM/);
    assert.deepEqual(log, ['openSync', 'fstatSync', 'closeSync']);
    log.length = 0;
    fs.writeSync = function () { throw new Error('BOOM'); };
    assert.throws(function () { fs.appendFileSync(p('b'), 'x'); }, /BOOM/);
    assert.deepEqual(log, ['openSync', 'closeSync']);
    // A stat that says 0 bytes: read until end of file anyway.
    fs.readSync = saved.readSync;
    fs.fstatSync = function () { return { size: 0 }; };
    assert.strictEqual(fs.readFileSync(p('bin')).length, bytes.length);
  } finally {
    Object.keys(saved).forEach(function (k) { fs[k] = saved[k]; });
  }
})();

// The asynchronous forms.
fs.writeFile(p('async'), text, scratch.mustCall(function (err) {
  assert.strictEqual(err, null);
  assert.strictEqual(arguments.length, 1);
  fs.readFile(p('async'), scratch.mustCall(function (err, data) {
    assert.strictEqual(err, null);
    assert.ok(Buffer.isBuffer(data));
    assert.strictEqual(data.toString(), text);
    fs.readFile(p('async'), 'utf8', scratch.mustCall(function (err, data) {
      assert.strictEqual(data, text);
      fs.readFile(p('async'), { encoding: 'hex', flag: 'r+' }, scratch.mustCall(function (err, data) {
        assert.ifError(err);
        assert.strictEqual(data, new Buffer(text).toString('hex'));
      }));
    }));
  }));
}));
fs.writeFile(p('async-mode'), new Buffer([1, 2, 3]), { mode: 384, flag: 'wx' }, scratch.mustCall(function (err) {
  assert.ifError(err);
  assert.strictEqual(fs.statSync(p('async-mode')).mode & 511, 384);
  assert.deepEqual(Array.prototype.slice.call(fs.readFileSync(p('async-mode'))), [1, 2, 3]);
  fs.writeFile(p('async-mode'), 'x', { flag: 'wx' }, scratch.mustCall(function (err) {
    scratch.assertUvError(err, 'EEXIST', 'open', p('async-mode'));
  }));
}));
fs.appendFile(p('async-log'), 'a', scratch.mustCall(function (err) {
  assert.ifError(err);
  fs.appendFile(p('async-log'), new Buffer('b'), { mode: 384 }, scratch.mustCall(function (err) {
    assert.ifError(err);
    fs.appendFile(p('async-log'), 'Yw==', 'base64', scratch.mustCall(function (err) {
      assert.ifError(err);
      assert.strictEqual(fs.readFileSync(p('async-log'), 'utf8'), 'abc');
    }));
  }));
}));
fs.readFile(p('bin'), scratch.mustCall(function (err, data) {
  assert.ifError(err);
  assert.strictEqual(data.toString('hex'), bytes.toString('hex'));
}));
fs.readFile(p('empty'), scratch.mustCall(function (err, data) {
  assert.ifError(err);
  assert.ok(Buffer.isBuffer(data));
  assert.strictEqual(data.length, 0);
}));
fs.readFile('/proc/self/status', 'utf8', scratch.mustCall(function (err, data) {
  assert.ifError(err);
  assert.ok(/^Name:/.test(data));
}));
fs.readFile(p('missing'), scratch.mustCall(function (err, data) {
  scratch.assertUvError(err, 'ENOENT', 'open', p('missing'));
  assert.strictEqual(data, undefined);
}));
fs.readFile(dir, scratch.mustCall(function (err) {
  scratch.assertUvError(err, 'EISDIR', 'read');
}));
fs.writeFile(dir, 'x', scratch.mustCall(function (err) {
  scratch.assertUvError(err, 'EISDIR', 'open', dir);
}));

// A file bigger than the largest Buffer (0x3FFFFFFF bytes) is refused, before reading it
// (a sparse file: no disk space is used).
var huge = p('huge');
var hfd = fs.openSync(huge, 'w');
fs.ftruncateSync(hfd, 0x40000000);
fs.closeSync(hfd);
assert.throws(function () { fs.readFileSync(huge); }, function (e) {
  return e instanceof RangeError && e.message === 'File size is greater than possible Buffer: 0x3FFFFFFF bytes';
});
fs.readFile(huge, scratch.mustCall(function (err, data) {
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'File size is greater than possible Buffer: 0x3FFFFFFF bytes');
  assert.strictEqual(data, undefined);
  fs.unlinkSync(huge);
}));
