// Relative, absolute and node_modules resolution, extensions, index files, package.json main.
var assert = require('assert');
var path = require('path');
var fixtures = path.join(__dirname, 'fixtures');

assert.equal(require('./fixtures/node_modules/plain').name, 'plain');
assert.equal(require(path.join(fixtures, 'node_modules', 'plain.js')).name, 'plain');
// From a nested folder, node_modules is found by walking up.
assert.equal(require('./fixtures/a/b/c/deep').name, 'plain');
// package.json "main" without extension, and index.js
assert.equal(require('./fixtures/node_modules/pkg-main').name, 'pkg-main/lib/entry.js');
assert.equal(require('./fixtures/node_modules/pkg-index').name, 'pkg-index/index.js');
assert.equal(require('./fixtures/sub').index, true);
assert.equal(require('./fixtures/sub/').index, true);
// .json
var data = require('./fixtures/data.json');
assert.deepEqual(data, { answer: 42, list: [1, 2] });
assert.strictEqual(require('./fixtures/data'), data, 'same cached object without the extension');
// BOM and #! lines are tolerated
assert.equal(require('./fixtures/bom').bom, true);
assert.equal(require('./fixtures/shebang').shebang, true);

// require.resolve
assert.equal(require.resolve('./fixtures/node_modules/pkg-main'),
             path.join(fixtures, 'node_modules/pkg-main/lib/entry.js'));
assert.equal(require.resolve('path'), 'path');
assert.equal(require.resolve('./fixtures/data'), path.join(fixtures, 'data.json'));

// Missing modules
assert.throws(function () { require('./fixtures/nope'); }, function (e) {
  return e instanceof Error && e.message === "Cannot find module './fixtures/nope'" && e.code === 'MODULE_NOT_FOUND';
});
assert.throws(function () { require('no-such-package-anywhere'); }, /^Error: Cannot find module 'no-such-package-anywhere'$/);
assert.throws(function () { require.resolve('./fixtures/nope'); }, /Cannot find module/);
// A broken package.json is reported with its path.
assert.throws(function () { require('./fixtures/node_modules/pkg-badjson'); }, function (e) {
  return /^Error parsing .*pkg-badjson\/package\.json: /.test(e.message);
});
// Bad arguments
assert.throws(function () { require(42); }, function (e) {
  return e.name === 'AssertionError' && e.message === 'path must be a string';
});
assert.throws(function () { require(''); }, function (e) {
  return e.name === 'AssertionError' && e.message === 'missing path';
});
// Internal core modules are not reachable from user code
assert.throws(function () { require('internal/bootstrap'); }, /Cannot find module 'internal\/bootstrap'/);
console.log('ok');
