// Core modules are built in, cached, and win over files of the same name.
var assert = require('assert');
['events', 'util', 'assert', 'path', 'timers', 'module', 'fs', 'vm', 'console', 'sys', 'url',
 'querystring', 'punycode'].forEach(function (name) {
  var m = require(name);
  assert.ok(m && (typeof m === 'object' || typeof m === 'function'), name);
  assert.strictEqual(require(name), m, name + ' is cached');
});
assert.strictEqual(require('sys'), require('util'));
assert.strictEqual(require('timers').setTimeout, setTimeout);
assert.strictEqual(require('module'), require('module').Module);
console.log('ok');
