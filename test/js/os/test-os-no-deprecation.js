// With --no-deprecation the old getNetworkInterfaces name works silently.
// flags: --no-deprecation
var assert = require('assert');
var os = require('os');

assert.strictEqual(process.noDeprecation, true);
var messages = [];
var realError = console.error;
console.error = function(msg) { messages.push(msg); };
try {
  var viaOld = os.getNetworkInterfaces();
} finally {
  console.error = realError;
}
assert.deepEqual(messages, []);
assert.deepEqual(viaOld, os.networkInterfaces());
