// Buffer memory lives outside the JavaScript heap; a program that allocates Buffers and little
// else must still get it back. 3 GiB of 1 MiB Buffers, each dropped at once, must not make the
// process grow anywhere near that (node stays around 100 MB; jnode once kept every byte until
// the JVM's own limit, several GB, because nothing made the garbage collector run).
var assert = require('assert');

var MIB = 1024 * 1024;
var peak = 0;
var checksum = 0;
for (var i = 0; i < 3072; i++) {
  var b = new Buffer(MIB);
  b[i % MIB] = 1;
  checksum += b[i % MIB];
  if (i % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
peak = Math.max(peak, process.memoryUsage().rss);
assert.strictEqual(checksum, 3072);
assert.ok(peak < 1536 * MIB, 'peak RSS ' + Math.round(peak / MIB) + ' MiB after allocating 3 GiB of garbage Buffers');
