'use strict';
// util.inspect() options: the options object and the legacy positional
// (showHidden, depth, colors) form, colours and styles, custom inspect().
var assert = require('assert');
var util = require('util');
var inspect = util.inspect;

var nested = { a: { b: { c: { d: 2 } } } };

// depth
assert.strictEqual(inspect(nested, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(inspect(nested, { depth: 1 }), '{ a: { b: [Object] } }');
assert.strictEqual(inspect(nested, { depth: null }),
                   '{ a: { b: { c: { d: 2 } } } }');
assert.strictEqual(inspect(nested, { depth: undefined }),
                   '{ a: { b: { c: [Object] } } }');
assert.strictEqual(inspect(nested, false, null),
                   '{ a: { b: { c: { d: 2 } } } }');
assert.strictEqual(inspect(nested, false, 0), '{ a: [Object] }');
assert.strictEqual(inspect(nested, null, 1), '{ a: { b: [Object] } }');
assert.strictEqual(inspect({ a: [1] }, { depth: -1 }), '[Object]');
assert.strictEqual(inspect([1, 2], { depth: -1 }), '[Object]');
assert.strictEqual(inspect([], { depth: -1 }), '[]');
var reWithProp = /x/;
reWithProp.p = 1;
assert.strictEqual(inspect(reWithProp, { depth: -1 }), '/x/');

// showHidden
assert.strictEqual(inspect([1, 2, 3], true), '[ 1, 2, 3, [length]: 3 ]');
assert.strictEqual(inspect([1, 2, 3], { showHidden: true }),
                   '[ 1, 2, 3, [length]: 3 ]');
var hiddenObj = Object.create({}, {
  visible: { value: 1, enumerable: true },
  hidden: { value: 2 }
});
assert.strictEqual(inspect(hiddenObj), '{ visible: 1 }');
assert.strictEqual(inspect(hiddenObj, true), '{ visible: 1, [hidden]: 2 }');
var sparse = ['foo', 'bar', 'baz'];
delete sparse[1];
assert.strictEqual(inspect(sparse, true), '[ \'foo\', , \'baz\', [length]: 3 ]');
assert.strictEqual(inspect(Object.create(null, {
  a: { get: function() { return 'aaa'; } }
}), true), '{ [a]: [Getter] }');
assert.strictEqual(inspect(Object.create(null, {
  b: { set: function() {} }
}), true), '{ [b]: [Setter] }');
assert.strictEqual(inspect(Object.create(null, {
  c: { get: function() {}, set: function() {} }
}), true), '{ [c]: [Getter/Setter] }');
var hiddenErr = inspect(new Error('FAIL'), true);
assert.ok(hiddenErr.indexOf('[Error: FAIL]') !== -1, hiddenErr);
assert.ok(hiddenErr.indexOf('[message]: \'FAIL\'') !== -1, hiddenErr);
var subject = { foo: 'bar', hello: 31, a: { b: { c: { d: 0 } } } };
Object.defineProperty(subject, 'hidden', { enumerable: false, value: null });
assert.strictEqual(inspect(subject, { showHidden: false }).indexOf('hidden'), -1);
assert.notStrictEqual(inspect(subject, { showHidden: true }).indexOf('[hidden]'),
                      -1);

// colors and styles
assert.deepEqual(Object.keys(inspect.colors).sort(),
                 ['black', 'blue', 'bold', 'cyan', 'green', 'grey', 'inverse',
                  'italic', 'magenta', 'red', 'underline', 'white', 'yellow']);
assert.deepEqual(inspect.colors.bold, [1, 22]);
assert.deepEqual(inspect.colors.grey, [90, 39]);
assert.deepEqual(inspect.colors.yellow, [33, 39]);
assert.deepEqual(inspect.styles, {
  special: 'cyan', number: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', date: 'magenta', regexp: 'red'
});
assert.ok(!inspect.styles.hasOwnProperty('name'));

function styled(style, text) {
  var codes = inspect.colors[inspect.styles[style]];
  return '\u001b[' + codes[0] + 'm' + text + '\u001b[' + codes[1] + 'm';
}
assert.strictEqual(inspect(123.456, false, 0, true), styled('number', '123.456'));
assert.strictEqual(inspect(true, { colors: true }), styled('boolean', 'true'));
assert.strictEqual(inspect(undefined, { colors: true }),
                   styled('undefined', 'undefined'));
assert.strictEqual(inspect(null, { colors: true }), styled('null', 'null'));
assert.strictEqual(inspect('s', { colors: true }), styled('string', '\'s\''));
assert.strictEqual(inspect(function() {}, { colors: true }),
                   styled('special', '[Function]'));
assert.strictEqual(inspect(/re/, { colors: true }), styled('regexp', '/re/'));
var d = new Date(0);
assert.strictEqual(inspect(d, { colors: true }), styled('date', d.toString()));
// Keys: plain names unstyled, quoted names as strings.
assert.strictEqual(inspect({ a: 1, 'b-c': null }, { colors: true }),
                   '{ a: ' + styled('number', '1') + ', ' +
                   styled('string', '\'b-c\'') + ': ' + styled('null', 'null') +
                   ' }');
assert.strictEqual(inspect({ a: {} }, { colors: true, depth: -1 }),
                   styled('special', '[Object]'));
var circ = {};
circ.self = circ;
assert.strictEqual(inspect(circ, { colors: true }),
                   '{ self: ' + styled('special', '[Circular]') + ' }');
assert.strictEqual(inspect({ get g() {} }, { colors: true }),
                   '{ g: ' + styled('special', '[Getter]') + ' }');
assert.strictEqual(inspect(subject, { colors: false }).indexOf('\u001b['), -1);
assert.notStrictEqual(inspect(subject, { colors: true }).indexOf('\u001b[32m'),
                      -1);
// In v0.10 escape codes count towards the 60-character line limit, so
// coloured output breaks earlier than plain output.
var nine = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 };
assert.strictEqual(inspect(nine),
                   '{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 }');
var colored = inspect(nine, { colors: true });
assert.strictEqual(colored.split('\n').length, 9);
assert.strictEqual(colored.split('\n')[1], '  b: ' + styled('number', '2') + ',');
assert.strictEqual(inspect([1, 2, 3, 4, 5, 6, 7]), '[ 1, 2, 3, 4, 5, 6, 7 ]');
assert.strictEqual(inspect([1, 2, 3, 4, 5, 6, 7], { colors: true }).split('\n').length,
                   7);
// Styles and colours are customisable.
var savedNumberStyle = inspect.styles.number;
inspect.styles.number = 'red';
assert.strictEqual(inspect(1, { colors: true }), '\u001b[31m1\u001b[39m');
inspect.styles.number = savedNumberStyle;

// Custom inspect(): called with the remaining depth, result used as is.
var custom = { inspect: function(depth) { return 'depth=' + depth; } };
assert.strictEqual(inspect(custom), 'depth=2');
assert.strictEqual(inspect({ a: custom }), '{ a: depth=1 }');
assert.strictEqual(inspect(custom, { depth: null }), 'depth=null');
assert.strictEqual(inspect(custom, { depth: 5 }), 'depth=5');
var self = { inspect: function() { return this === self; } };
assert.strictEqual(inspect(self), 'true');
// Non-string results are converted with String() (v0.10), not inspected.
assert.strictEqual(inspect({ inspect: function() { return 123; } }), '123');
assert.strictEqual(inspect({ inspect: function() { return { b: 1 }; } }),
                   '[object Object]');
assert.strictEqual(inspect({ inspect: function() { return [1, 2]; } }), '1,2');
assert.strictEqual(inspect({ inspect: function() {} }), 'undefined');
assert.strictEqual(inspect({ inspect: function() { return null; } }, { colors: true }),
                   'null');
assert.strictEqual(inspect([{ inspect: function() { return 123; } }]),
                   '[ 123 ]');
// customInspect: false shows the object itself.
var opted = { inspect: function() { return 123; } };
assert.strictEqual(inspect(opted, { customInspect: true }), '123');
assert.strictEqual(inspect(opted, { customInspect: false }),
                   '{ inspect: [Function] }');
// util.inspect itself as a property is not treated as a custom inspect.
var holder = { inspect: util.inspect };
assert.notStrictEqual(inspect(holder).indexOf('inspect'), -1);
assert.strictEqual(inspect(holder).indexOf('{ inspect: \n   { [Function: inspect]\n'),
                   0);
// A prototype carrying inspect() for its instances prints normally.
function Custom() { this.v = 1; }
Custom.prototype.inspect = function() { return '<Custom ' + this.v + '>'; };
assert.strictEqual(inspect(new Custom()), '<Custom 1>');
assert.strictEqual(inspect(Custom.prototype), '{ inspect: [Function] }');
// inspect that is not a function is an ordinary property.
assert.strictEqual(inspect({ inspect: 'no' }), '{ inspect: \'no\' }');

console.log('ok');
