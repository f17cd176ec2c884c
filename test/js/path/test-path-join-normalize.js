'use strict';

// path.normalize and path.join on POSIX: '.' and '..' handling, repeated
// slashes, trailing slashes kept, '..' swallowed at the root, and join's
// TypeError for non-string arguments.

var assert = require('assert');
var path = require('path');

function show(args) {
  return args.map(function(a) { return JSON.stringify(a); }).join(',');
}

// --- normalize ------------------------------------------------------------------
[
  ['/foo/bar//baz/asdf/quux/..', '/foo/bar/baz/asdf'],
  ['./fixtures///b/../b/c.js', 'fixtures/b/c.js'],
  ['/foo/../../../bar', '/bar'],
  ['a//b//../b', 'a/b'],
  ['a//b//./c', 'a/b/c'],
  ['a//b//.', 'a/b'],
  ['', '.'],
  ['.', '.'],
  ['./', './'],
  ['..', '..'],
  ['../', '../'],
  ['/', '/'],
  ['//', '/'],
  ['///a///', '/a/'],
  ['/..', '/'],
  ['/../', '/'],
  ['/../..', '/'],
  ['/a/..', '/'],
  ['/a/../', '/'],
  ['a/..', '.'],
  ['a/../', './'],
  ['a/../..', '..'],
  ['a/../../', '../'],
  ['../../a', '../../a'],
  ['./../a', '../a'],
  ['a/./b/./c/.', 'a/b/c'],
  ['a/./b/./c/./', 'a/b/c/'],
  ['a/b/../../..', '..'],
  ['a/b/c/../../d', 'a/d'],
  ['...', '...'],
  ['a/.../b', 'a/.../b'],
  ['.a/..b/', '.a/..b/'],
  ['\\a\\..\\b', '\\a\\..\\b'],
  [' /x', ' /x']
].forEach(function(t) {
  assert.strictEqual(path.normalize(t[0]), t[1],
                     'normalize(' + JSON.stringify(t[0]) + ') = ' +
                     JSON.stringify(path.normalize(t[0])));
});
// normalize does not accept non-strings (it calls string methods).
[undefined, null, 7, {}].forEach(function(bad) {
  assert.throws(function() { path.normalize(bad); }, TypeError);
});

// --- join -------------------------------------------------------------------------
var joinTests = [
  [['/foo', 'bar', 'baz/asdf', 'quux', '..'], '/foo/bar/baz/asdf'],
  [['.', 'x/b', '..', '/b/c.js'], 'x/b/c.js'],
  [['/.', 'x/b', '..', '/b/c.js'], '/x/b/c.js'],
  [['/foo', '../../../bar'], '/bar'],
  [['foo', '../../../bar'], '../../bar'],
  [['foo/', '../../../bar'], '../../bar'],
  [['foo/x', '../../../bar'], '../bar'],
  [['foo/x', './bar'], 'foo/x/bar'],
  [['foo/x/', './bar'], 'foo/x/bar'],
  [['foo/x/', '.', 'bar'], 'foo/x/bar'],
  [['./'], './'],
  [['.', './'], './'],
  [['.', '.', '.'], '.'],
  [['.', './', '.'], '.'],
  [['.', '/./', '.'], '.'],
  [['.', '/////./', '.'], '.'],
  [['.'], '.'],
  [['', '.'], '.'],
  [['', 'foo'], 'foo'],
  [['foo', '/bar'], 'foo/bar'],
  [['', '/foo'], '/foo'],
  [['', '', '/foo'], '/foo'],
  [['', '', 'foo'], 'foo'],
  [['foo', ''], 'foo'],
  [['foo/', ''], 'foo/'],
  [['foo', '', '/bar'], 'foo/bar'],
  [['./', '..', '/foo'], '../foo'],
  [['./', '..', '..', '/foo'], '../../foo'],
  [['.', '..', '..', '/foo'], '../../foo'],
  [['', '..', '..', '/foo'], '../../foo'],
  [['/'], '/'],
  [['/', '.'], '/'],
  [['/', '..'], '/'],
  [['/', '..', '..'], '/'],
  [[''], '.'],
  [['', ''], '.'],
  [[], '.'],
  [[' /foo'], ' /foo'],
  [[' ', 'foo'], ' /foo'],
  [[' ', '.'], ' '],
  [[' ', '/'], ' /'],
  [[' ', ''], ' '],
  [['/', 'foo'], '/foo'],
  [['/', '/foo'], '/foo'],
  [['/', '//foo'], '/foo'],
  [['/', '', '/foo'], '/foo'],
  [['', '/', 'foo'], '/foo'],
  [['', '/', '/foo'], '/foo'],
  [['a', 'b/'], 'a/b/'],
  [['a/', '/'], 'a/']
];
joinTests.forEach(function(t) {
  var actual = path.join.apply(path, t[0]);
  assert.strictEqual(actual, t[1], 'join(' + show(t[0]) + ') = ' +
                     JSON.stringify(actual));
});

// Every argument must be a string, wherever it appears.
[true, false, 7, null, {}, undefined, [], NaN, new String('s')].forEach(function(bad) {
  [[bad], ['a', bad], [bad, 'a'], ['/abs', 'b', bad]].forEach(function(args) {
    var err;
    try {
      path.join.apply(path, args);
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof TypeError, 'join(' + String(args) + ')');
    assert.strictEqual(err.message, 'Arguments to path.join must be strings');
  });
});

console.log('ok');
