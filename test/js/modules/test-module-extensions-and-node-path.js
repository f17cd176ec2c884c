// require.extensions adds file types; NODE_PATH adds search folders.
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var Module = require('module');

require.extensions['.txt'] = function (module, filename) {
  module.exports = fs.readFileSync(filename, 'utf8').trim();
};
assert.equal(require('./fixtures/custom.txt'), 'hello from a text module');
assert.equal(require('./fixtures/custom'), 'hello from a text module', 'extension tried automatically');
assert.strictEqual(require.extensions, Module._extensions);

assert.throws(function () { require('np-module'); }, /Cannot find module 'np-module'/);
process.env.NODE_PATH = path.join(__dirname, 'fixtures', 'nodepath-dir') + ':/nonexistent';
Module._initPaths();
assert.equal(require('np-module').fromNodePath, true);
assert.ok(Module.globalPaths.indexOf(path.join(__dirname, 'fixtures', 'nodepath-dir')) === 0);
console.log('ok');
