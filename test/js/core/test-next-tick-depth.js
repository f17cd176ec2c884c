// After process.maxTickDepth batches of recursive nextTick, the loop gets a turn and a
// warning is printed; everything still runs.
// expect-stderr-match: \(node\) warning: Recursive process\.nextTick detected
var assert = require('assert');
process.maxTickDepth = 10;
var runs = 0, immediateRanAt = -1;
setImmediate(function () { immediateRanAt = runs; });
process.nextTick(function f() {
  if (++runs < 25) process.nextTick(f);
});
process.on('exit', function () {
  assert.equal(runs, 25);
  // The immediate got its turn before the recursion finished.
  assert.ok(immediateRanAt > 0 && immediateRanAt < 25, 'immediate ran at ' + immediateRanAt);
});
