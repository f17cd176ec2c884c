// module.id/filename/loaded/parent/children, __filename/__dirname, require.main, caching.
var assert = require('assert');
var path = require('path');
var info = require('./fixtures/info');

assert.equal(info.filename, path.join(__dirname, 'fixtures', 'info.js'));
assert.equal(info.dirname, path.join(__dirname, 'fixtures'));
assert.equal(info.id, info.filename);
assert.equal(info.parentId, '.');
assert.equal(info.loadedDuringBody, false);
assert.equal(info.module.loaded, true);
assert.equal(info.isThisMain, false);

assert.equal(module.id, '.');
assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
assert.equal(module.filename, __filename);
assert.equal(__filename, process.argv[1]);
assert.ok(module.children.indexOf(info.module) !== -1);
assert.strictEqual(info.module.parent, module);
assert.ok(Array.isArray(module.paths) && module.paths[0] === path.join(__dirname, 'node_modules'));

// The cache: same object until deleted from require.cache.
assert.strictEqual(require('./fixtures/info'), info);
assert.strictEqual(require.cache[info.filename], info.module);
delete require.cache[info.filename];
var again = require('./fixtures/info');
assert.notStrictEqual(again, info);
assert.deepEqual(Object.keys(again), Object.keys(info));

// exports vs module.exports
assert.strictEqual(exports, module.exports);
// require.paths is gone, registerExtension too.
assert.throws(function () { return require.paths; }, /require\.paths is removed/);
assert.throws(function () { require.registerExtension('.x', function () {}); }, /registerExtension\(\) removed/);
console.log('ok');
