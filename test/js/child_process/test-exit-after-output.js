'use strict';
// A child's last output is still in its stdout pipe when it exits. Node reads it in the same
// poll that reports the exit, so by 'exit' a reading parent has every byte: programs end an
// HTTP response or close a file in their 'exit' listener (Node's test-http-curl-chunk-problem).
var assert = require('assert');
var spawn = require('child_process').spawn;
var fs = require('fs');
var path = require('path');
var os = require('os');

var SIZE = 4 * 1024 * 1024;
var file = path.join(os.tmpdir(), 'jnode-exit-after-output-' + process.pid);
var data = new Buffer(SIZE);
data.fill(0x5a);
fs.writeFileSync(file, data);

var rounds = 3;
var done = 0;

function round() {
  var child = spawn('cat', [file]);
  var received = 0;
  var atExit = -1;
  child.stdout.on('data', function (d) { received += d.length; });
  child.on('exit', function (code) {
    assert.strictEqual(code, 0);
    atExit = received;
  });
  child.on('close', function () {
    assert.strictEqual(received, SIZE);
    assert.strictEqual(atExit, SIZE, 'bytes read when exit fired: ' + atExit);
    if (++done < rounds) round();
  });
}
round();

process.on('exit', function () {
  fs.unlinkSync(file);
  assert.strictEqual(done, rounds);
});
