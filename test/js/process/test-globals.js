// Exactly Node v0.10's enumerable globals; the engine's own (print, Java, Graal...) are hidden.
var assert = require('assert');
var allowed = [setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate,
               console, Buffer, process, global];
var names = [];
for (var name in global) {
  names.push(name);
  assert.ok(allowed.indexOf(global[name]) !== -1, 'unexpected enumerable global: ' + name);
}
['global', 'GLOBAL', 'root', 'process', 'console', 'setTimeout', 'setInterval', 'setImmediate',
 'clearTimeout', 'clearInterval', 'clearImmediate'].forEach(function (n) {
  assert.ok(names.indexOf(n) !== -1, n + ' should be an enumerable global');
});
assert.strictEqual(global.global, global);
assert.strictEqual(GLOBAL, global);
assert.strictEqual(root, global);
assert.strictEqual(this, module.exports, 'module scope this is exports');
['print', 'printErr', 'Java', 'Packages', 'java', 'javax', 'Graal', 'Polyglot', 'load',
 'loadWithNewGlobal', 'quit', 'arguments'].forEach(function (n) {
  assert.equal(typeof global[n], 'undefined', n + ' must be hidden');
});
// A leaked global is visible to later code, as in Node.
leaked = 1;
assert.equal(global.leaked, 1);
delete global.leaked;
console.log('ok');
