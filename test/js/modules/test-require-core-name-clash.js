// './path' is a file, 'path' is the core module: a relative request never means a core module.
var assert = require('assert');
assert.equal(require('./fixtures/clash/path').local, true);
assert.equal(require('./fixtures/clash/events').local, true);
assert.equal(typeof require('path').join, 'function');
assert.equal(require.resolve('./fixtures/clash/path'), __dirname + '/fixtures/clash/path.js');
console.log('ok');
