// Buffers allocated with little else make jnode provoke young collections by allocating filler
// arrays (jnode.posix.NativePressure), which Graal compiles once it has run a few times, so that
// the filler is no longer zeroed. A child allocates 1 MiB Buffers until the parent, seeing the
// filler compiled (-Djnode.traceHostCompiler=true), tells it to measure: over 1 GiB more, its
// memory must keep coming back (the collections the uncleared filler provokes still come).
var assert = require('assert');
var helper = require('./host-compiler-child');

var MIB = 1024 * 1024;

if (process.argv[2] === 'child') {
  var peak = 0;
  var allocated = 0;
  // 16 rounds of 64 MiB after the parent's word: 1 GiB measured
  helper.childRounds(16, function (told) {
    for (var i = 0; i < 64; i++) {
      var b = new Buffer(MIB);
      b[allocated % MIB] = 1;
      assert.strictEqual(b[allocated % MIB], 1);
      allocated++;
    }
    if (told) peak = Math.max(peak, process.memoryUsage().rss);
  }, function () {
    console.log('peak ' + peak);
  });
  return;
}

helper.tellWhenCompiled(__filename, ['NativePressure.filler()'], function (output) {
  var peak = +/peak (\d+)/.exec(output.stdout)[1];
  assert.ok(peak < 1536 * MIB, 'peak RSS ' + Math.round(peak / MIB) + ' MiB over 1 GiB of garbage Buffers');
});
