// The os module's surface: v0.10's functions and EOL, the deprecated getNetworkInterfaces
// alias (warns once on stderr), and the types of every answer.
var assert = require('assert');
var util = require('util');
var os = require('os');

['endianness', 'hostname', 'type', 'platform', 'arch', 'release', 'uptime', 'loadavg',
 'totalmem', 'freemem', 'cpus', 'networkInterfaces', 'tmpdir', 'tmpDir',
 'getNetworkInterfaces'].forEach(function(name) {
  assert.strictEqual(typeof os[name], 'function', name);
});
assert.deepEqual(Object.keys(os).sort(), [
  'EOL', 'arch', 'cpus', 'endianness', 'freemem', 'getNetworkInterfaces', 'hostname', 'loadavg',
  'networkInterfaces', 'platform', 'release', 'tmpDir', 'tmpdir', 'totalmem', 'type', 'uptime']);
assert.strictEqual(require('os'), os);

['hostname', 'type', 'release', 'platform', 'arch', 'endianness', 'tmpdir'].forEach(function(name) {
  var value = os[name]();
  assert.strictEqual(typeof value, 'string', name);
  assert.ok(value.length > 0, name);
});
['uptime', 'totalmem', 'freemem'].forEach(function(name) {
  var value = os[name]();
  assert.strictEqual(typeof value, 'number', name);
  assert.ok(value > 0, name);
});

// Arguments are ignored.
assert.strictEqual(os.hostname('ignored'), os.hostname());

// getNetworkInterfaces: the same answer, with one deprecation message the first time only.
var messages = [];
var realError = console.error;
console.error = function() { messages.push(util.format.apply(null, arguments)); };
try {
  var viaOld = os.getNetworkInterfaces();
  os.getNetworkInterfaces();
} finally {
  console.error = realError;
}
assert.deepEqual(messages, ['getNetworkInterfaces is now called `os.networkInterfaces`.']);
assert.deepEqual(viaOld, os.networkInterfaces());
