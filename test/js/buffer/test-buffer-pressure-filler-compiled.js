// Buffers allocated with little else make jnode provoke young collections by allocating filler
// arrays (jnode.posix.NativePressure), which Graal compiles once it has run a few times, so that
// the filler is no longer zeroed. A child allocates 1 MiB Buffers until the parent, seeing the
// filler compiled (-Djnode.traceHostCompiler=true), tells it to measure: over 1 GiB more, its
// memory must keep coming back (the collections the uncleared filler provokes still come).
var assert = require('assert');

var MIB = 1024 * 1024;

if (process.argv[2] === 'child') {
  var measuring = -1;   // allocations left to measure, once told
  var peak = 0;
  var allocated = 0;
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', function () {
    if (measuring < 0) measuring = 1024;
  });
  process.stdin.on('end', function () { process.exit(3); });   // an orphan stops
  (function round() {
    for (var i = 0; i < 64; i++) {
      var b = new Buffer(MIB);
      b[allocated % MIB] = 1;
      assert.strictEqual(b[allocated % MIB], 1);
      allocated++;
    }
    if (measuring >= 0) {
      peak = Math.max(peak, process.memoryUsage().rss);
      measuring -= 64;
      if (measuring <= 0) {
        console.log('peak ' + peak);
        process.exit(0);
      }
    }
    if (allocated < 30000) setImmediate(round);
  })();
  return;
}

var child = require('./host-compiler-child')(__filename);
var told = false;
var timer = setTimeout(function () {
  child.kill();
  assert.fail('child did not finish within 90 s; stderr:\n' + child.output.stderr);
}, 90000);
child.stderr.on('data', function () {
  if (!told && /NativePressure\.filler\(\) compiled in /.test(child.output.stderr)) {
    told = true;
    child.stdin.write('measure\n');
  }
});
child.on('close', function (code, signal) {
  clearTimeout(timer);
  var stderr = child.output.stderr;
  assert.ok(told, 'filler not compiled; stderr:\n' + stderr);
  assert.strictEqual(code, 0, 'child exit ' + code + '/' + signal + '; stderr:\n' + stderr);
  var peak = +/peak (\d+)/.exec(child.output.stdout)[1];
  assert.ok(peak < 1536 * MIB, 'peak RSS ' + Math.round(peak / MIB) + ' MiB over 1 GiB of garbage Buffers');
});
