// A .node file is loaded with the system's dynamic linker; a file that is not a shared library
// fails with the linker's message, as in Node.
var assert = require('assert');
assert.throws(function () { require('./fixtures/bogus.node'); }, function (e) {
  return e instanceof Error && /bogus\.node: (file too short|invalid ELF header)/.test(e.message);
});
console.log('ok');
