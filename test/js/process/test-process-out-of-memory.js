// An exhausted heap ends the process as in Node v0.10: V8's "FATAL ERROR ... process out of
// memory" on stderr, then abort(), so the parent sees SIGABRT. A try/catch around the allocation
// does not turn it into a JavaScript exception, no Java text appears, and the exit is never a
// success (an OutOfMemoryError escaping the loop thread once ended the process with status 0).
// --max-old-space-size, node's heap limit, keeps the child small.
var assert = require('assert');
var spawn = require('child_process').spawn;

var program =
  'var kept = [];' +
  'try {' +
  '  for (;;) kept.push({ n: kept.length, s: "item " + kept.length });' +
  '} catch (e) {' +
  '  console.log("caught " + e);' +
  '}' +
  'console.log("survived");';

var child = spawn(process.execPath, ['--max-old-space-size=32', '-e', program]);
var out = '';
var err = '';
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');
child.stdout.on('data', function (d) { out += d; });
child.stderr.on('data', function (d) { err += d; });

var guard = setTimeout(function () {
  child.kill('SIGKILL');
  assert.fail('the child that exhausts its heap did not end');
}, 120000);

child.on('close', function (code, signal) {
  clearTimeout(guard);
  assert.strictEqual(signal, 'SIGABRT', 'exit code ' + code + ', stderr: ' + err);
  assert.strictEqual(err, 'FATAL ERROR: JS Allocation failed - process out of memory\n');
  assert.strictEqual(out, '');
});

// The limit applies to the heap, not to what a program of ordinary size needs.
var small = spawn(process.execPath, ['--max-old-space-size=32', '-e',
  'var a = []; for (var i = 0; i < 100000; i++) a.push({ i: i }); console.log(a.length);']);
var smallOut = '';
small.stdout.setEncoding('utf8');
small.stdout.on('data', function (d) { smallOut += d; });
small.on('close', function (code, signal) {
  assert.strictEqual(signal, null);
  assert.strictEqual(code, 0);
  assert.strictEqual(smallOut, '100000\n');
});
