'use strict';
// util's synchronous output helpers (print, puts, debug, error, log, p) and
// deprecate() with its process flags.
var assert = require('assert');
var util = require('util');

var out = [];
var err = [];
var origOut = process.stdout.write;
var origErr = process.stderr.write;
function capture() {
  out = [];
  err = [];
  process.stdout.write = function(chunk) { out.push(String(chunk)); return true; };
  process.stderr.write = function(chunk) { err.push(String(chunk)); return true; };
}
function release() {
  process.stdout.write = origOut;
  process.stderr.write = origErr;
}

try {
  capture();
  util.print('a', 1, null, undefined, { b: 1 });
  assert.deepEqual(out, ['a', '1', 'null', 'undefined', '[object Object]']);
  assert.deepEqual(err, []);

  capture();
  util.print();
  util.puts();
  util.error();
  assert.deepEqual(out, []);
  assert.deepEqual(err, []);

  capture();
  util.puts('a', 2, [3, 4]);
  assert.deepEqual(out, ['a\n', '2\n', '3,4\n']);

  capture();
  util.debug('message');
  util.debug({ x: 1 });
  assert.deepEqual(err, ['DEBUG: message\n', 'DEBUG: [object Object]\n']);
  assert.deepEqual(out, []);

  capture();
  util.error('x', 'y', 3);
  assert.deepEqual(err, ['x\n', 'y\n', '3\n']);
  assert.deepEqual(out, []);

  // log: '<day> <Mon> HH:MM:SS - <message>' on stdout, in one write. The
  // message is toString()ed, not format()ted, and extra arguments ignored.
  capture();
  var before = new Date();
  util.log('Timestamped %s message', 'ignored');
  var after = new Date();
  release();
  assert.strictEqual(out.length, 1);
  var m = /^(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d\d):(\d\d):(\d\d) - Timestamped %s message\n$/
      .exec(out.join(''));
  assert.ok(m, JSON.stringify(out));
  var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var matchesDate = [before, after].some(function(d) {
    return Number(m[1]) === d.getDate() && m[2] === months[d.getMonth()] &&
        Number(m[3]) === d.getHours() && Number(m[4]) === d.getMinutes() &&
        Number(m[5]) === d.getSeconds();
  });
  assert.ok(matchesDate, out.join(''));
  capture();
  util.log({ a: 1 });
  util.log(5);
  util.log({ toString: function() { return 'custom'; } });
  release();
  assert.strictEqual(out.length, 3);
  assert.ok(/ - \[object Object\]\n$/.test(out[0]), out[0]);
  assert.ok(/ - 5\n$/.test(out[1]), out[1]);
  assert.ok(/ - custom\n$/.test(out[2]), out[2]);
  assert.throws(function() { util.log(); }, TypeError);
  assert.throws(function() { util.log(null); }, TypeError);
} finally {
  release();
}

// deprecate(): warns once on first use, via console.error by default,
// console.trace with traceDeprecation, throws with throwDeprecation, and
// does nothing when noDeprecation was set when the function was wrapped.
var consoleCalls = [];
var origConsoleError = console.error;
var origConsoleTrace = console.trace;
console.error = function() { consoleCalls.push(['error'].concat([].slice.call(arguments))); };
console.trace = function() { consoleCalls.push(['trace'].concat([].slice.call(arguments))); };
var saved = {
  no: process.noDeprecation,
  trace: process.traceDeprecation,
  throws: process.throwDeprecation
};
try {
  process.noDeprecation = process.traceDeprecation = process.throwDeprecation =
      undefined;
  var receivers = [];
  function original(a, b) { receivers.push(this); return a + b; }
  var wrapped = util.deprecate(original, 'original() is deprecated');
  assert.notStrictEqual(wrapped, original);
  var receiver = { r: 1 };
  assert.strictEqual(wrapped.call(receiver, 1, 2), 3);
  assert.strictEqual(wrapped(3, 4), 7);
  assert.strictEqual(receivers[0], receiver);
  assert.deepEqual(consoleCalls, [['error', 'original() is deprecated']]);

  consoleCalls = [];
  process.traceDeprecation = true;
  var traced = util.deprecate(original, 'traced');
  traced(1, 1);
  traced(1, 1);
  assert.deepEqual(consoleCalls, [['trace', 'traced']]);

  consoleCalls = [];
  process.traceDeprecation = false;
  process.throwDeprecation = true;
  var thrower = util.deprecate(original, 'throws now');
  assert.throws(function() { thrower(1, 2); },
                function(e) { return e instanceof Error && e.message === 'throws now'; });
  assert.deepEqual(consoleCalls, []);

  process.throwDeprecation = false;
  process.noDeprecation = true;
  assert.strictEqual(util.deprecate(original, 'silent'), original);
} finally {
  process.noDeprecation = saved.no;
  process.traceDeprecation = saved.trace;
  process.throwDeprecation = saved.throws;
  console.error = origConsoleError;
  console.trace = origConsoleTrace;
}

// util.p: deprecated alias printing inspect()ed arguments to stderr.
consoleCalls = [];
console.error = function() { consoleCalls.push([].slice.call(arguments)); };
try {
  capture();
  util.p('This is deprecated', { a: 1 });
  util.p(2);
  release();
  assert.deepEqual(err, ['\'This is deprecated\'\n', '{ a: 1 }\n', '2\n']);
  if (!process.noDeprecation) {
    assert.deepEqual(consoleCalls, [['util.p: Use console.error() instead.']]);
  }
} finally {
  release();
  console.error = origConsoleError;
}

// The deprecated leftovers exist as functions.
assert.strictEqual(typeof util.exec, 'function');
assert.strictEqual(typeof util.pump, 'function');

console.log('ok');
