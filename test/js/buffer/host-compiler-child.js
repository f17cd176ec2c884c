// For the host-compiler tests, which check jnode's Java loops after Graal has compiled them
// (jnode.runtime.HostCompiler). The test file runs twice: as the parent, and as a child spawned
// with -Djnode.traceHostCompiler=true added to the JVM options, so that the child reports on
// stderr each Java method Graal compiles for it.
var assert = require('assert');
var spawn = require('child_process').spawn;

// Spawns testFile again with the 'child' argument. The child's output so far is kept in
// child.output.stdout and child.output.stderr (strings).
function spawnTraced(testFile) {
  var env = {};
  Object.keys(process.env).forEach(function (k) { env[k] = process.env[k]; });
  env.JNODE_JAVA_OPTS = ((env.JNODE_JAVA_OPTS || '') + ' -Djnode.traceHostCompiler=true').trim();
  var child = spawn(process.execPath, [testFile, 'child'], { env: env });
  child.output = { stdout: '', stderr: '' };
  ['stdout', 'stderr'].forEach(function (name) {
    child[name].setEncoding('utf8');
    child[name].on('data', function (s) { child.output[name] += s; });
  });
  return child;
}
module.exports = spawnTraced;

// Parent side: spawns the child, tells it (a line on its stdin) once every method named in
// `methods` (strings such as 'MemoryCopy.copyAll(') is reported compiled, and when the child has
// closed, asserts that it was told, exited with 0 and saw no failed compilation, then calls
// check(child.output).
module.exports.tellWhenCompiled = function (testFile, methods, check) {
  var child = spawnTraced(testFile);
  var told = false;
  var timer = setTimeout(function () {
    child.kill();
    assert.fail('not compiled and checked within 90 s; stderr:\n' + child.output.stderr);
  }, 90000);
  child.stderr.on('data', function () {
    var stderr = child.output.stderr;
    var compiled = methods.every(function (m) {
      return stderr.split('\n').some(function (line) { return line.indexOf(m) >= 0 && / compiled in /.test(line); });
    });
    if (!told && compiled) {
      told = true;
      child.stdin.write('compiled\n');
    }
  });
  child.on('close', function (code, signal) {
    clearTimeout(timer);
    var stderr = child.output.stderr;
    assert.ok(told, methods.join(', ') + ' not compiled; stderr:\n' + stderr);
    assert.strictEqual(code, 0, 'child exit ' + code + '/' + signal + '; stderr:\n' + stderr);
    assert.ok(!/failed|unavailable/.test(stderr), stderr);
    check(child.output);
  });
};

// Child side: calls step(told, round) round after round (each on its own turn of the loop) until
// `roundsAfterTold` rounds after the parent's line, then done(rounds) and exits with 0. The end
// of stdin (the parent gone) stops an orphan.
module.exports.childRounds = function (roundsAfterTold, step, done) {
  var round = 0;
  var last = -1;
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', function () {
    if (last < 0) last = round + roundsAfterTold;
  });
  process.stdin.on('end', function () { process.exit(3); });
  (function next() {
    step(last >= 0, round);
    round++;
    if (round === last) {
      done(round);
      process.exit(0);
    }
    setImmediate(next);
  })();
};
