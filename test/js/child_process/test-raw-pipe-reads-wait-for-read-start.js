// A stream handle that is not reading sees nothing, not even when its peer hangs up: libuv leaves
// the bytes in the kernel until readStart. (Netty drains a socket whose peer closed whether or not
// it is reading; jnode holds those reads until readStart.) Here a child writes to a pipe and exits
// while the parent's end is not reading: the exit comes first, then, after readStart, the bytes
// and the end. The raw bindings report the exit as v0.10's did: (status, '') for an exit.
var assert = require('assert');
var Process = process.binding('process_wrap').Process;
var Pipe = process.binding('pipe_wrap').Pipe;

var pipe = new Pipe();
var child = new Process();
var events = [];
var text = '';

child.onexit = function (status, signal) {
  events.push('exit');
  assert.strictEqual(status, 0);
  assert.strictEqual(signal, '');
  child.close();
  // A read could only have come through a readStart, which has not happened yet.
  assert.deepEqual(events, ['exit']);
  assert.strictEqual(pipe.readStart(), 0);
};

pipe.onread = function (slab, offset, length) {
  if (slab) {
    events.push('data');
    text += slab.toString('utf8', offset, offset + length);
  } else {
    events.push('end');
    assert.strictEqual(process._errno, 'EOF');
    pipe.close();
  }
};

assert.strictEqual(child.spawn({
  file: process.execPath,
  args: [process.execPath, '-e', 'process.stdout.write("held until read\\n")'],
  stdio: [{ type: 'ignore' }, { type: 'pipe', handle: pipe }, { type: 'ignore' }]
}), 0);

process.on('exit', function () {
  assert.strictEqual(text, 'held until read\n');
  assert.strictEqual(events[0], 'exit');
  assert.strictEqual(events[events.length - 1], 'end');
});
