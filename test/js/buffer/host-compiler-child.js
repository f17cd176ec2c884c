// For the host-compiler tests: spawns this test file again as a child ('child' argument) with
// -Djnode.traceHostCompiler=true added to the JVM options, so that the child reports on stderr
// each Java method Graal compiles for it (jnode.runtime.HostCompiler). The child's output so far
// is kept in child.output.stdout and child.output.stderr (strings).
var spawn = require('child_process').spawn;

module.exports = function spawnTraced(testFile) {
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
};
