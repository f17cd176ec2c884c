'use strict';
// util.isArray/isRegExp/isDate/isError (the only is* functions v0.10 has),
// util.inherits and util._extend.
var assert = require('assert');
var util = require('util');

// v0.10 has exactly these type checks.
Object.keys(util).filter(function(k) { return /^is/.test(k); }).sort()
    .forEach(function(k, i, all) {
      assert.deepEqual(all, ['isArray', 'isDate', 'isError', 'isRegExp']);
    });

var vm = null;
try { vm = require('vm'); } catch (e) { /* not available yet */ }
if (vm && typeof vm.runInNewContext !== 'function') vm = null;
if (!vm) console.log('vm.runInNewContext not available; cross-context part skipped');
function foreign(src) {
  return vm ? vm.runInNewContext(src) : null;
}

// isArray
assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray(Array()), true);
assert.strictEqual(util.isArray(new Array(5)), true);
assert.strictEqual(util.isArray(new Array('with', 'some', 'entries')), true);
assert.strictEqual(util.isArray({}), false);
assert.strictEqual(util.isArray({ push: function() {} }), false);
assert.strictEqual(util.isArray(/regexp/), false);
assert.strictEqual(util.isArray(new Error()), false);
assert.strictEqual(util.isArray(Object.create(Array.prototype)), false);
assert.strictEqual(util.isArray('abc'), false);
assert.strictEqual(util.isArray(null), false);
assert.strictEqual(util.isArray(), false);
if (vm) assert.strictEqual(util.isArray(foreign('[]')), true);

// isRegExp
assert.strictEqual(util.isRegExp(/regexp/), true);
assert.strictEqual(util.isRegExp(RegExp()), true);
assert.strictEqual(util.isRegExp(new RegExp('x')), true);
assert.strictEqual(util.isRegExp({}), false);
assert.strictEqual(util.isRegExp([]), false);
assert.strictEqual(util.isRegExp(new Date()), false);
assert.strictEqual(util.isRegExp(Object.create(RegExp.prototype)), false);
assert.strictEqual(util.isRegExp('/x/'), false);
assert.strictEqual(util.isRegExp(null), false);
if (vm) assert.strictEqual(util.isRegExp(foreign('/x/')), true);

// isDate
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isDate(new Date(0)), true);
assert.strictEqual(util.isDate(new Date(NaN)), true);
assert.strictEqual(util.isDate(Date()), false);
assert.strictEqual(util.isDate({}), false);
assert.strictEqual(util.isDate([]), false);
assert.strictEqual(util.isDate(new Error()), false);
assert.strictEqual(util.isDate(Object.create(Date.prototype)), false);
assert.strictEqual(util.isDate(0), false);
assert.strictEqual(util.isDate(null), false);
if (vm) assert.strictEqual(util.isDate(foreign('new Date()')), true);

// isError: internal class or instanceof Error.
assert.strictEqual(util.isError(new Error()), true);
assert.strictEqual(util.isError(new TypeError()), true);
assert.strictEqual(util.isError(new SyntaxError()), true);
assert.strictEqual(util.isError(Object.create(Error.prototype)), true);
assert.strictEqual(util.isError({}), false);
assert.strictEqual(util.isError({ name: 'Error', message: '' }), false);
assert.strictEqual(util.isError([]), false);
assert.strictEqual(util.isError(null), false);
assert.strictEqual(util.isError('Error'), false);
assert.strictEqual(util.isError(Error), false);
if (vm) {
  assert.strictEqual(util.isError(foreign('new Error()')), true);
  assert.strictEqual(util.isError(foreign('new TypeError()')), true);
}

// inherits
function Base() { this.base = true; }
Base.prototype.hello = function() { return 'hello ' + this.name; };
function Derived(name) { Base.call(this); this.name = name; }
assert.strictEqual(util.inherits(Derived, Base), undefined);
assert.strictEqual(Derived.super_, Base);
var derived = new Derived('x');
assert.ok(derived instanceof Derived);
assert.ok(derived instanceof Base);
assert.strictEqual(derived.hello(), 'hello x');
assert.strictEqual(derived.base, true);
assert.strictEqual(Derived.prototype.constructor, Derived);
var ctorDesc = Object.getOwnPropertyDescriptor(Derived.prototype, 'constructor');
assert.strictEqual(ctorDesc.enumerable, false);
assert.strictEqual(ctorDesc.writable, true);
assert.strictEqual(ctorDesc.configurable, true);
assert.deepEqual(Object.keys(Derived.prototype), []);
assert.ok(Object.keys(Derived).indexOf('super_') !== -1);
// The prototype is replaced: methods added earlier are gone.
function Late() {}
Late.prototype.early = function() {};
util.inherits(Late, Base);
assert.strictEqual(Late.prototype.early, undefined);
assert.throws(function() { util.inherits(Late, undefined); }, TypeError);

// _extend
assert.deepEqual(util._extend({ a: 1 }), { a: 1 });
assert.deepEqual(util._extend({ a: 1 }, []), { a: 1 });
assert.deepEqual(util._extend({ a: 1 }, null), { a: 1 });
assert.deepEqual(util._extend({ a: 1 }, true), { a: 1 });
assert.deepEqual(util._extend({ a: 1 }, false), { a: 1 });
assert.deepEqual(util._extend({ a: 1 }, 'str'), { a: 1 });
assert.deepEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });
assert.deepEqual(util._extend({ a: 1, b: 2 }, { b: 3 }), { a: 1, b: 3 });
var target = {};
assert.strictEqual(util._extend(target, { x: 1 }), target);
var withHidden = Object.create({ inherited: 1 }, {
  own: { value: 1, enumerable: true },
  hidden: { value: 2, enumerable: false }
});
assert.deepEqual(util._extend({}, withHidden), { own: 1 });
assert.deepEqual(util._extend({}, ['a', 'b']), { 0: 'a', 1: 'b' });

console.log('ok');
