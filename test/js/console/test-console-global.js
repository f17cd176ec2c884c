'use strict';
// The console module exports a Console bound to process.stdout and
// process.stderr, with the Console constructor attached; the global console
// is that same object.
var assert = require('assert');
var consoleModule = require('console');

assert.strictEqual(typeof consoleModule.Console, 'function');
assert.ok(consoleModule instanceof consoleModule.Console);
assert.strictEqual(consoleModule._stdout, process.stdout);
assert.strictEqual(consoleModule._stderr, process.stderr);
assert.deepEqual(Object.keys(consoleModule),
                 ['log', 'info', 'warn', 'error', 'dir', 'time', 'timeEnd',
                  'trace', 'assert', 'Console']);
assert.strictEqual(require('util').inspect(consoleModule),
                   '{ log: [Function],\n' +
                   '  info: [Function],\n' +
                   '  warn: [Function],\n' +
                   '  error: [Function],\n' +
                   '  dir: [Function],\n' +
                   '  time: [Function],\n' +
                   '  timeEnd: [Function],\n' +
                   '  trace: [Function],\n' +
                   '  assert: [Function],\n' +
                   '  Console: [Function: Console] }');

var out = [];
var err = [];
var origOut = process.stdout.write;
var origErr = process.stderr.write;
process.stdout.write = function(chunk) { out.push(chunk); return true; };
process.stderr.write = function(chunk) { err.push(chunk); return true; };
try {
  consoleModule.log('foo');
  consoleModule.info('foo', 'bar');
  consoleModule.log('%s %s', 'foo', 'bar', 'hop');
  consoleModule.warn('w');
  consoleModule.error('e %d', 1);
  consoleModule.dir({ d: 1 });
  var detached = consoleModule.log;
  detached('detached');
} finally {
  process.stdout.write = origOut;
  process.stderr.write = origErr;
}
assert.deepEqual(out, ['foo\n', 'foo bar\n', 'foo bar hop\n', '{ d: 1 }\n',
                       'detached\n']);
assert.deepEqual(err, ['w\n', 'e 1\n']);

// Where the runtime installs this module as the global console, the two
// are the same object (checked only there: a host console may differ).
if (global.console instanceof consoleModule.Console) {
  assert.strictEqual(global.console, consoleModule);
}

console.log('ok');
