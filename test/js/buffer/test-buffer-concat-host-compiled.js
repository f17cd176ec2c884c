// Buffer.concat's chunks are copied by a Java loop that Graal compiles once it has copied enough
// of them (jnode.posix.MemoryCopy through jnode.runtime.HostCompiler). A child concatenates the
// same mix of chunks round after round, checking every byte; once -Djnode.traceHostCompiler=true
// reports the loop compiled, the parent tells the child (a line on its stdin) to check 300 more
// rounds, now in Graal's code, and exit.
var assert = require('assert');

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
  var rounds = 0;
  var last = -1;
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', function () {
    if (last < 0) last = rounds + 300;
  });
  (function round() {
    var out = Buffer.concat(list);
    assert.strictEqual(out.length, expected.length);
    for (var j = 0; j < expected.length; j++) {
      if (out[j] !== expected[j]) throw new Error('round ' + rounds + ': byte ' + j + ' is ' + out[j] + ', not ' + expected[j]);
    }
    rounds++;
    if (rounds === last) {
      console.log('checked ' + rounds + ' rounds');
      process.exit(0);
    }
    // the parent stops an orphan: stdin's end
    setImmediate(round);
  })();
  process.stdin.on('end', function () { process.exit(3); });
  return;
}

var child = require('./host-compiler-child')(__filename);
var told = false;
var timer = setTimeout(function () {
  child.kill();
  assert.fail('not compiled and checked within 90 s; stderr:\n' + child.output.stderr);
}, 90000);
child.stderr.on('data', function () {
  if (!told && /MemoryCopy\.copyAll\(.* compiled in /.test(child.output.stderr)) {
    told = true;
    child.stdin.write('compiled\n');
  }
});
child.on('close', function (code, signal) {
  clearTimeout(timer);
  var stderr = child.output.stderr;
  assert.ok(told, 'copyAll not compiled; stderr:\n' + stderr);
  assert.strictEqual(code, 0, 'child exit ' + code + '/' + signal + '; stderr:\n' + stderr);
  assert.ok(/checked \d+ rounds/.test(child.output.stdout), child.output.stdout);
  assert.ok(!/failed|unavailable/.test(stderr), stderr);
});
