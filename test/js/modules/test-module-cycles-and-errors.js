var assert = require('assert');
var a = require('./fixtures/cycle-a');
var b = require('./fixtures/cycle-b');
assert.equal(a.loaded, true);
assert.equal(b.sawA, 'a:false');
assert.equal(a.sawB, 'b:true');

// A module that throws is not cached: requiring it again runs it again (and throws again).
var path = require('path');
var throwsPath = path.join(__dirname, 'fixtures', 'throws.js');
assert.throws(function () { require('./fixtures/throws'); }, /module body failed/);
assert.equal(require.cache[throwsPath], undefined);
assert.throws(function () { require('./fixtures/throws'); }, /module body failed/);
console.log('ok');
