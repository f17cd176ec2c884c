// A paused stdin stops reading and no longer keeps the process alive, even when the pause
// comes through the old-mode pause() that a 'data' listener installs (v0.10). The child gets a
// stdin pipe that the parent never closes: it can only exit if pausing released stdin.
var assert = require('assert');
var spawn = require('child_process').spawn;

var child = spawn(process.execPath, ['-e',
  "process.stdin.on('data', function (d) {" +
  "  process.stdin.pause();" +
  "  console.log('got ' + String(d).trim());" +
  "});"], { stdio: ['pipe', 'pipe', 'inherit'] });

var out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', function (d) { out += d; });
child.stdin.write('ping\n');   // and stdin stays open

var guard = setTimeout(function () {
  child.kill('SIGKILL');
  assert.fail('the child with a paused stdin did not exit');
}, 60000);

child.on('exit', function (code, signal) {
  clearTimeout(guard);
  assert.strictEqual(signal, null);
  assert.strictEqual(code, 0);
  child.stdin.destroy();
});
process.on('exit', function () {
  assert.strictEqual(out, 'got ping\n');
});
