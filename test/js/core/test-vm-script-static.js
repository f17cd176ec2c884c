// vm.Script carries v0.10's one-shot static forms beside the module-level functions.
var assert = require('assert');
var vm = require('vm');
var Script = vm.Script;
var ctx = Script.createContext({ x: 2 });
assert.strictEqual(Script.runInContext('x * 21', ctx), 42);
assert.deepEqual(Script.runInContext('({ foo: ["bar"] })', Script.createContext()), { foo: ['bar'] });
var sandbox = { y: 1 };
assert.strictEqual(Script.runInNewContext('y += 1; y', sandbox), 2);
assert.strictEqual(sandbox.y, 2);
assert.strictEqual(Script.runInThisContext('typeof require'), 'undefined');
assert.strictEqual(Script.runInThisContext('1 + 1', 'file.vm'), 2);
