'use strict';
// stdio 'inherit' and process streams as stdio: the child writes straight to our stdout and
// stderr descriptors (checked by the runner's expectations below), in order with our own output.
// expect-stdout: first\nfrom sh\nfrom stream slots\nlast\n
// expect-stderr-match: ^to stderr\n$
var assert = require('assert');
var spawn = require('child_process').spawn;

console.log('first');
var a = spawn('sh', ['-c', 'echo from sh; echo to stderr >&2'], { stdio: 'inherit' });
assert.strictEqual(a.stdin, null);
assert.strictEqual(a.stdout, null);
assert.strictEqual(a.stderr, null);
a.on('close', function (code) {
  assert.strictEqual(code, 0);
  var b = spawn('echo', ['from stream slots'], { stdio: [process.stdin, process.stdout, process.stderr] });
  b.on('close', function (code) {
    assert.strictEqual(code, 0);
    console.log('last');
  });
});
