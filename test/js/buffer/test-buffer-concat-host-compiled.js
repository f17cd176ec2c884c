// Buffer.concat's chunks are copied by a Java loop that Graal compiles once it has copied enough
// of them (jnode.posix.MemoryCopy through jnode.runtime.HostCompiler). A child concatenates the
// same mix of chunks round after round, checking every byte; once -Djnode.traceHostCompiler=true
// reports the loop compiled, the parent tells the child (a line on its stdin) to check 300 more
// rounds, now in Graal's code, and exit.
var assert = require('assert');
var helper = require('./host-compiler-child');

if (process.argv[2] === 'child') {
  var seed = 99;
  var random = function (n) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  // Chunk lengths around the 8-byte steps and the bulk size, from slabs, big Buffers and slices.
  var lengths = [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 255, 256, 257, 1000, 9000];
  var list = [];
  var expected = [];
  for (var i = 0; i < 1000; i++) {
    var n = lengths[random(lengths.length)];
    var b = new Buffer(n + 3);
    for (var k = 0; k < b.length; k++) b[k] = random(256);
    if (random(3) === 0) b = b.slice(random(4), b.length - random(3));
    else b = b.slice(0, n);
    list.push(b);
    for (k = 0; k < b.length; k++) expected.push(b[k]);
  }
  helper.childRounds(300, function (told, round) {
    var out = Buffer.concat(list);
    assert.strictEqual(out.length, expected.length);
    for (var j = 0; j < expected.length; j++) {
      if (out[j] !== expected[j]) throw new Error('round ' + round + ': byte ' + j + ' is ' + out[j] + ', not ' + expected[j]);
    }
  }, function (rounds) {
    console.log('checked ' + rounds + ' rounds');
  });
  return;
}

helper.tellWhenCompiled(__filename, ['MemoryCopy.copyAll('], function (output) {
  assert.ok(/checked \d+ rounds/.test(output.stdout), output.stdout);
});
