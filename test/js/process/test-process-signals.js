// process.on(signal) catches signals sent to the process; removing the last listener restores
// the default action. A signal watcher does not keep the process alive by itself.
var assert = require('assert');
var got = [];
process.on('SIGUSR2', function () {
  got.push('SIGUSR2');
  process.kill(process.pid, 'SIGHUP');
});
function onHup() {
  got.push('SIGHUP');
  process.removeListener('SIGHUP', onHup);
  clearTimeout(guard);
}
process.on('SIGHUP', onHup);
var guard = setTimeout(function () { assert.fail('signals never arrived'); }, 20000);
process.kill(process.pid, 'SIGUSR2');
process.on('exit', function () {
  assert.deepEqual(got, ['SIGUSR2', 'SIGHUP']);
  assert.equal(process.listeners('SIGHUP').length, 0);
});
