'use strict';
// require('sys') is the util module itself, loaded silently.
var assert = require('assert');

var origErr = process.stderr.write;
var origConsoleError = console.error;
var noise = [];
process.stderr.write = function(chunk) { noise.push(String(chunk)); return true; };
console.error = function() { noise.push([].slice.call(arguments).join(' ')); };
var sys;
try {
  sys = require('sys');
} finally {
  process.stderr.write = origErr;
  console.error = origConsoleError;
}
assert.deepEqual(noise, []);
assert.strictEqual(sys, require('util'));
assert.strictEqual(sys.inspect({ a: [1, 2] }), '{ a: [ 1, 2 ] }');
assert.strictEqual(sys.format('%s=%d', 'x', 1), 'x=1');

console.log('ok');
