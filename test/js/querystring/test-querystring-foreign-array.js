'use strict';
// querystring.stringify() recognises arrays created in another vm context
// (Array.isArray, not instanceof), so they still give repeated keys.

var assert = require('assert');
var vm = require('vm');
var qs = require('querystring');

var foreign = vm.runInNewContext('({ foo: ["bar", "baz"], one: ["x"] })');
assert.ok(!(foreign.foo instanceof Array));
assert.strictEqual(qs.stringify(foreign), 'foo=bar&foo=baz&one=x');

console.log('ok');
