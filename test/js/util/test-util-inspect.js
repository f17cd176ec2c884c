'use strict';
// util.inspect() output formats, exactly as Node v0.10 prints them.
var assert = require('assert');
var util = require('util');
var inspect = util.inspect;

// Primitives (v0.10 prints -0 as 0).
assert.strictEqual(inspect(0), '0');
assert.strictEqual(inspect(-0), '0');
assert.strictEqual(inspect(1.5), '1.5');
assert.strictEqual(inspect(-3), '-3');
assert.strictEqual(inspect(NaN), 'NaN');
assert.strictEqual(inspect(Infinity), 'Infinity');
assert.strictEqual(inspect(true), 'true');
assert.strictEqual(inspect(false), 'false');
assert.strictEqual(inspect(null), 'null');
assert.strictEqual(inspect(undefined), 'undefined');
assert.strictEqual(inspect(), 'undefined');

// Strings: single quotes, JSON escapes, no escaping of double quotes.
assert.strictEqual(inspect(''), '\'\'');
assert.strictEqual(inspect('hello'), '\'hello\'');
assert.strictEqual(inspect('it\'s'), '\'it\\\'s\'');
assert.strictEqual(inspect('say "hi"'), '\'say "hi"\'');
assert.strictEqual(inspect('\n\u0001'), '\'\\n\\u0001\'');
assert.strictEqual(inspect('\t\r\b\f\u001f'), '\'\\t\\r\\b\\f\\u001f\'');
assert.strictEqual(inspect('back\\slash'), '\'back\\\\slash\'');
assert.strictEqual(inspect('\u007f\u00e9\u2028'), '\'\u007f\u00e9\u2028\'');
assert.strictEqual(inspect('\ud800'), '\'\ud800\'');

// Arrays.
assert.strictEqual(inspect([]), '[]');
assert.strictEqual(inspect([1, 2]), '[ 1, 2 ]');
assert.strictEqual(inspect([1, [2, 3]]), '[ 1, [ 2, 3 ] ]');
assert.strictEqual(inspect(['a', null, undefined]),
                   '[ \'a\', null, undefined ]');
assert.strictEqual(inspect(Object.create([])), '{}');
var sparse = ['foo', 'bar', 'baz'];
delete sparse[1];
assert.strictEqual(inspect(sparse), '[ \'foo\', , \'baz\' ]');
assert.strictEqual(inspect(new Array(5)), '[ , , , ,  ]');
assert.strictEqual(inspect(new Array(1)), '[  ]');
var withProps = [1, 2];
withProps.foo = 'bar';
withProps['-1'] = 0;
assert.strictEqual(inspect(withProps), '[ 1, 2, foo: \'bar\', \'-1\': 0 ]');
var propsOnly = [];
propsOnly.x = 1;
assert.strictEqual(inspect(propsOnly), '[ x: 1 ]');

// Objects and key quoting: only [a-zA-Z_][a-zA-Z_0-9]* stays bare.
assert.strictEqual(inspect({}), '{}');
assert.strictEqual(inspect({ a: 1 }), '{ a: 1 }');
assert.strictEqual(inspect({ a: 1, b: 2 }), '{ a: 1, b: 2 }');
assert.strictEqual(inspect({ _a1: 1 }), '{ _a1: 1 }');
assert.strictEqual(inspect({ 'a-b': 1 }), '{ \'a-b\': 1 }');
assert.strictEqual(inspect({ '1': 1 }), '{ \'1\': 1 }');
assert.strictEqual(inspect({ $a: 1 }), '{ \'$a\': 1 }');
assert.strictEqual(inspect({ '': 1 }), '{ \'\': 1 }');
assert.strictEqual(inspect({ 'it\'s': 1 }), '{ \'it\\\'s\': 1 }');
assert.strictEqual(inspect({ 'say "x"': 1 }), '{ \'say "x"\': 1 }');
assert.strictEqual(inspect({ 'a\nb': 1 }), '{ \'a\\nb\': 1 }');
assert.strictEqual(inspect({ a: {} }), '{ a: {} }');
assert.strictEqual(inspect({ a: { b: 2 } }), '{ a: { b: 2 } }');
assert.strictEqual(inspect({ hasOwnProperty: null }),
                   '{ hasOwnProperty: null }');
assert.strictEqual(inspect(Object.create({ inherited: 1 })), '{}');
// No constructor names in v0.10.
function Foo() { this.a = 1; }
assert.strictEqual(inspect(new Foo()), '{ a: 1 }');
// Boxed primitives show only their own enumerable keys.
assert.strictEqual(inspect(new String('ab')), '{ \'0\': \'a\', \'1\': \'b\' }');
assert.strictEqual(inspect(new Number(3)), '{}');
assert.strictEqual(inspect(new Boolean(true)), '{}');
(function() {
  assert.strictEqual(inspect(arguments), '{ \'0\': 1, \'1\': \'x\' }');
})(1, 'x');

// Depth: default 2, nested beyond prints [Object] (arrays too).
assert.strictEqual(inspect({ a: { b: { c: { d: 2 } } } }),
                   '{ a: { b: { c: [Object] } } }');
assert.strictEqual(inspect({ a: { b: { c: [1] } } }),
                   '{ a: { b: { c: [Object] } } }');
assert.strictEqual(inspect({ a: { b: { c: [] } } }),
                   '{ a: { b: { c: [] } } }');
assert.strictEqual(inspect({ a: { b: { c: {} } } }),
                   '{ a: { b: { c: {} } } }');
assert.strictEqual(inspect({ a: { b: { c: function() {} } } }),
                   '{ a: { b: { c: [Function] } } }');
assert.strictEqual(inspect({ a: { b: { c: /re/ } } }),
                   '{ a: { b: { c: /re/ } } }');

// Functions: only declared names show.
assert.strictEqual(inspect(function() {}), '[Function]');
assert.strictEqual(inspect(function foo() {}), '[Function: foo]');
assert.strictEqual(inspect({ a: function() {} }), '{ a: [Function] }');
var assigned = function() {};
assert.strictEqual(inspect(assigned), '[Function]');
assert.strictEqual(inspect(() => 1), '[Function]');
assert.strictEqual(inspect(function* gen() {}), '[Function: gen]');
assert.strictEqual(inspect(Math.max), '[Function: max]');
assert.strictEqual(inspect(Foo), '[Function: Foo]');
assert.strictEqual(inspect(function bar() {}.bind(null)), '[Function]');
var fnWithProps = function() {};
fnWithProps.aprop = 42;
assert.strictEqual(inspect(fnWithProps), '{ [Function] aprop: 42 }');
function named() {}
named.x = 'y';
assert.strictEqual(inspect(named), '{ [Function: named] x: \'y\' }');
// A function's own toString is never called.
var sneaky = function() {};
sneaky.toString = function() { throw new Error('toString called'); };
assert.strictEqual(inspect(sneaky), '{ [Function] toString: [Function] }');

// RegExp.
assert.strictEqual(inspect(/foo(bar\n)?/gi), '/foo(bar\\n)?/gi');
var re = /123/ig;
re.aprop = 42;
assert.strictEqual(inspect(re), '{ /123/gi aprop: 42 }');
var reNoToString = /regexp/;
reNoToString.toString = null;
assert.strictEqual(inspect(reNoToString), '{ /regexp/ toString: null }');
assert.strictEqual(inspect(Object.create(RegExp.prototype)), '{}');

// Dates: toString() alone, toUTCString() when the date has properties.
var date = new Date('Sun, 14 Feb 2010 11:48:40 GMT');
assert.strictEqual(inspect(date), date.toString());
date.aprop = 42;
assert.strictEqual(inspect(date), '{ Sun, 14 Feb 2010 11:48:40 GMT aprop: 42 }');
assert.strictEqual(inspect(new Date(NaN)), 'Invalid Date');
assert.strictEqual(inspect(Object.create(Date.prototype)), '{}');
var dateNoUTC = new Date(0);
dateNoUTC.toUTCString = null;
assert.strictEqual(inspect(dateNoUTC),
                   '{ Thu, 01 Jan 1970 00:00:00 GMT toUTCString: null }');

// Errors.
assert.strictEqual(inspect(new Error()), '[Error]');
assert.strictEqual(inspect(new Error('FAIL')), '[Error: FAIL]');
assert.strictEqual(inspect(new TypeError('FAIL')), '[TypeError: FAIL]');
assert.strictEqual(inspect(new SyntaxError('FAIL')), '[SyntaxError: FAIL]');
try {
  undefinedFunction();  // eslint-disable-line no-undef
} catch (e) {
  assert.strictEqual(inspect(e),
                     '[ReferenceError: undefinedFunction is not defined]');
}
var coded = new Error('ENOENT, open \'x\'');
coded.errno = 34;
coded.code = 'ENOENT';
assert.strictEqual(inspect(coded),
                   '{ [Error: ENOENT, open \'x\'] errno: 34, code: \'ENOENT\' }');
assert.strictEqual(inspect(Object.create(Error.prototype)), '[Error]');
assert.strictEqual(inspect({ err: new RangeError('r') }),
                   '{ err: [RangeError: r] }');

// Circular references.
var circ = {};
circ.a = circ;
assert.strictEqual(inspect(circ), '{ a: [Circular] }');
var circArr = [1];
circArr.push(circArr);
assert.strictEqual(inspect(circArr), '[ 1, [Circular] ]');
var shared = { s: 1 };
assert.strictEqual(inspect({ x: shared, y: shared }),
                   '{ x: { s: 1 }, y: { s: 1 } }');
var deepCirc = { inner: {} };
deepCirc.inner.outer = deepCirc;
assert.strictEqual(inspect(deepCirc), '{ inner: { outer: [Circular] } }');

// Accessors are never invoked.
assert.strictEqual(inspect({ get readonly() { throw new Error('no'); } }),
                   '{ readonly: [Getter] }');
assert.strictEqual(inspect({ get readwrite() {}, set readwrite(v) {} }),
                   '{ readwrite: [Getter/Setter] }');
assert.strictEqual(inspect({ set writeonly(v) {} }), '{ writeonly: [Setter] }');
var grow = [1, 2, 3];
Object.defineProperty(grow, 'growingLength', {
  enumerable: true,
  get: function() { this.push(true); return this.length; }
});
assert.strictEqual(inspect(grow), '[ 1, 2, 3, growingLength: [Getter] ]');

// Objects without prototype.
assert.strictEqual(inspect(Object.create(null)), '{}');
assert.strictEqual(inspect(Object.create(null, {
  name: { value: 'Tim', enumerable: true },
  hidden: { value: 'secret' }
})), '{ name: \'Tim\' }');

// Line breaking: one line while the entries (each + 1) total <= 60.
var s24 = new Array(25).join('x');
var s25 = new Array(26).join('x');
assert.strictEqual(inspect({ a: s24, b: s24 }),
                   '{ a: \'' + s24 + '\', b: \'' + s24 + '\' }');
assert.strictEqual(inspect({ a: s24, b: s25 }),
                   '{ a: \'' + s24 + '\',\n  b: \'' + s25 + '\' }');
var s20x = new Array(21).join('x');
var s20y = new Array(21).join('y');
var s20z = new Array(21).join('z');
var three = { a: s20x, b: s20y, c: s20z };
var threeText = '{ a: \'' + s20x + '\',\n' +
                '  b: \'' + s20y + '\',\n' +
                '  c: \'' + s20z + '\' }';
assert.strictEqual(inspect(three), threeText);
// Nested in an object: the value moves to its own lines, indented 3.
assert.strictEqual(inspect({ key: three }),
                   '{ key: \n' +
                   '   { a: \'' + s20x + '\',\n' +
                   '     b: \'' + s20y + '\',\n' +
                   '     c: \'' + s20z + '\' } }');
// Nested in an array: indented 2, staying on the bracket's line.
assert.strictEqual(inspect([three]),
                   '[ { a: \'' + s20x + '\',\n' +
                   '    b: \'' + s20y + '\',\n' +
                   '    c: \'' + s20z + '\' } ]');
// Long arrays break one element per line.
var nums = [];
for (var i = 0; i < 30; i++) nums.push(i);
assert.strictEqual(inspect(nums), '[ ' + nums.join(',\n  ') + ' ]');
// A function base goes on the first line.
var longFn = function lf() {};
longFn.a = s20x;
longFn.b = s20y;
longFn.c = s20z;
assert.strictEqual(inspect(longFn),
                   '{ [Function: lf]\n' +
                   '  a: \'' + s20x + '\',\n' +
                   '  b: \'' + s20y + '\',\n' +
                   '  c: \'' + s20z + '\' }');

// Objects from another context are recognised by their internal class.
var vm = null;
try { vm = require('vm'); } catch (e) { /* vm not available yet */ }
if (vm && typeof vm.runInNewContext !== 'function') vm = null;
if (!vm) console.log('vm.runInNewContext not available; cross-context part skipped');
if (vm) {
  var ForeignDate = vm.runInNewContext('Date');
  var foreign = new ForeignDate(0);
  var before = inspect(foreign);
  ForeignDate.prototype.foo = 'bar';
  assert.strictEqual(inspect(foreign), before);
  assert.strictEqual(before, Date.prototype.toString.call(foreign));
  assert.strictEqual(inspect(vm.runInNewContext('[1, 2]')), '[ 1, 2 ]');
  assert.strictEqual(inspect(vm.runInNewContext('/x/g')), '/x/g');
}

console.log('ok');
