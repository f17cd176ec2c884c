'use strict';
// The Console constructor: argument checks, which stream each method writes
// to, bound methods, dir/time/timeEnd/trace/assert.
var assert = require('assert');
var Console = require('console').Console;

assert.strictEqual(typeof Console, 'function');

// A stdout with a write() function is required.
[undefined, null, {}, { write: 'no' }, 'stream'].forEach(function(bad) {
  assert.throws(function() { new Console(bad); },
                function(e) {
                  return e instanceof TypeError &&
                      e.message === 'Console expects a writable stream instance';
                });
});

function FakeStream() {
  this.chunks = [];
  var self = this;
  this.write = function(chunk) { self.chunks.push(chunk); return true; };
}

var out = new FakeStream();
var err = new FakeStream();
var c = new Console(out, err);
assert.ok(c instanceof Console);

// Without new, and stderr defaulting to stdout.
var solo = new FakeStream();
var c2 = Console(solo);
assert.ok(c2 instanceof Console);
c2.error('to stdout');
assert.deepEqual(solo.chunks, ['to stdout\n']);

// Own enumerable properties: just the bound methods.
assert.deepEqual(Object.keys(c),
                 ['log', 'info', 'warn', 'error', 'dir', 'time', 'timeEnd',
                  'trace', 'assert']);
assert.deepEqual(Object.keys(Console.prototype), Object.keys(c));
assert.strictEqual(c._stdout, out);
assert.strictEqual(c._stderr, err);
assert.strictEqual(Console.prototype.info, Console.prototype.log);
assert.strictEqual(Console.prototype.error, Console.prototype.warn);

// log/info -> stdout, warn/error -> stderr, util.format()ted, one write each.
c.log('test');
c.info('%s=%d', 'n', 5, 'extra');
c.log();
c.log({ slashes: '\\\\' });
c.log('obj', { a: [1, 2] }, 'str');
assert.deepEqual(out.chunks, ['test\n', 'n=5 extra\n', '\n',
                              '{ slashes: \'\\\\\\\\\' }\n',
                              'obj { a: [ 1, 2 ] } str\n']);
assert.deepEqual(err.chunks, []);
out.chunks = [];
c.warn('warned %j', { w: 1 });
c.error('failed', 42);
assert.deepEqual(err.chunks, ['warned {"w":1}\n', 'failed 42\n']);
assert.deepEqual(out.chunks, []);
err.chunks = [];

// Streams are looked up per call: replacing them redirects output.
var other = new FakeStream();
c._stderr = other;
c.error('elsewhere');
assert.deepEqual(other.chunks, ['elsewhere\n']);
c._stderr = err;

// Methods are bound: usable detached and as callbacks.
var log = c.log;
log('detached');
assert.deepEqual(out.chunks, ['detached\n']);
out.chunks = [];
[1, 2, 3].forEach(c.log);
assert.deepEqual(out.chunks, ['1 0 [ 1, 2, 3 ]\n', '2 1 [ 1, 2, 3 ]\n',
                              '3 2 [ 1, 2, 3 ]\n']);
out.chunks = [];

// dir: plain util.inspect() to stdout; v0.10 honours custom inspect().
c.dir({ foo: 1 });
c.dir({ inspect: function() { return 'CUSTOM'; } });
c.dir('str');
c.dir({ a: { b: { c: { d: 1 } } } });
assert.deepEqual(out.chunks, ['{ foo: 1 }\n', 'CUSTOM\n',
                              '\'str\'\n', '{ a: { b: { c: [Object] } } }\n']);
out.chunks = [];

// time / timeEnd: '<label>: <n>ms' through log(); unknown label throws.
assert.throws(function() { c.timeEnd('no such label'); },
              function(e) {
                return e instanceof Error && e.message === 'No such label: no such label';
              });
['label', '__proto__', 'constructor', 'hasOwnProperty', 'toString', ''].forEach(
    function(label) {
      c.time(label);
      c.timeEnd(label);
    });
assert.strictEqual(out.chunks.length, 6);
assert.ok(/^label: \d+ms\n$/.test(out.chunks[0]), out.chunks[0]);
assert.ok(/^__proto__: \d+ms\n$/.test(out.chunks[1]), out.chunks[1]);
assert.ok(/^constructor: \d+ms\n$/.test(out.chunks[2]), out.chunks[2]);
assert.ok(/^hasOwnProperty: \d+ms\n$/.test(out.chunks[3]), out.chunks[3]);
assert.ok(/^toString: \d+ms\n$/.test(out.chunks[4]), out.chunks[4]);
assert.ok(/^: \d+ms\n$/.test(out.chunks[5]), out.chunks[5]);
out.chunks = [];
// A label stays usable after timeEnd, and time() restarts it.
c.timeEnd('label');
assert.ok(/^label: \d+ms\n$/.test(out.chunks[0]));
out.chunks = [];
// The elapsed time is measured.
c.time('wait');
var until = Date.now() + 25;
while (Date.now() < until) { /* busy wait, bounded */ }
c.timeEnd('wait');
var ms = Number(/^wait: (\d+)ms\n$/.exec(out.chunks[0])[1]);
assert.ok(ms >= 25 && ms < 10000, out.chunks[0]);
out.chunks = [];
// Timers are per instance.
var c3 = new Console(new FakeStream());
assert.throws(function() { c3.timeEnd('label'); }, /No such label: label/);

// trace: 'Trace: <formatted>' and the caller's stack, to stderr.
function callerOfTrace() {
  c.trace('This is a %j %d', { formatted: 'trace' }, 10, 'foo');
}
callerOfTrace();
assert.strictEqual(err.chunks.length, 1);
var lines = err.chunks[0].split('\n');
assert.strictEqual(lines[0], 'Trace: This is a {"formatted":"trace"} 10 foo');
assert.ok(/^\s+at /.test(lines[1]), lines[1]);
assert.ok(lines[1].indexOf('callerOfTrace') !== -1, lines[1]);
assert.strictEqual(lines[lines.length - 1], '');
assert.strictEqual(lines[lines.length - 2].length > 0, true);
assert.deepEqual(out.chunks, []);
err.chunks = [];
c.trace();
assert.strictEqual(err.chunks[0].split('\n')[0], 'Trace');
err.chunks = [];

// assert: AssertionError with the formatted message when falsy.
c.assert(true, 'never');
c.assert(1);
c.assert('non-empty', 'never %s', 'shown');
[false, 0, '', null, undefined, NaN].forEach(function(falsy) {
  assert.throws(function() { c.assert(falsy, 'failed %s #%d', 'check', 2); },
                function(e) {
                  return e instanceof assert.AssertionError &&
                      e.message === 'failed check #2';
                });
});
var detachedAssert = c.assert;
assert.throws(function() { detachedAssert(false, 'x', { y: 1 }); },
              function(e) { return e.message === 'x { y: 1 }'; });
assert.deepEqual(out.chunks, []);
assert.deepEqual(err.chunks, []);

console.log('ok');
