'use strict';

// path.resolve (right-to-left, falling back to process.cwd()) and
// path.relative on POSIX, with resolve's TypeError for non-strings.

var assert = require('assert');
var path = require('path');

var cwd = process.cwd();

function show(args) {
  return args.map(function(a) { return JSON.stringify(a); }).join(',');
}

// --- resolve ----------------------------------------------------------------------
[
  [['/var/lib', '../', 'file/'], '/var/file'],
  [['/var/lib', '/../', 'file/'], '/file'],
  [['a/b/c/', '../../..'], cwd],
  [['.'], cwd],
  [[], cwd],
  [[''], cwd],
  [['', ''], cwd],
  [['/some/dir', '.', '/absolute/'], '/absolute'],
  [['/foo/bar', './baz'], '/foo/bar/baz'],
  [['/foo/bar', '/tmp/file/'], '/tmp/file'],
  [['/'], '/'],
  [['//'], '/'],
  [['/', '..'], '/'],
  [['/..', '..', 'x'], '/x'],
  [['/a/b', ''], '/a/b'],
  [['/a/b', '', 'c'], '/a/b/c'],
  [['/a/', 'b/', 'c/'], '/a/b/c'],
  [['/foo', 'bar', 'baz/asdf', 'quux', '..'], '/foo/bar/baz/asdf'],
  [['foo/bar', '/tmp/file/', '..', 'a/../subfile'], '/tmp/subfile'],
  [['wwwroot', 'static_files/png/', '../gif/image.gif'],
   cwd + '/wwwroot/static_files/gif/image.gif'],
  [['x'], cwd + '/x'],
  [['x/'], cwd + '/x'],
  [['..'], path.dirname(cwd)]
].forEach(function(t) {
  var actual = path.resolve.apply(path, t[0]);
  assert.strictEqual(actual, t[1], 'resolve(' + show(t[0]) + ') = ' +
                     JSON.stringify(actual));
});

// Non-strings are rejected, as v0.10 does (despite its manual saying they
// are ignored)...
[true, false, 7, null, {}, undefined, [], NaN].forEach(function(bad) {
  [[bad], [bad, 'a'], ['a', bad], ['/abs', bad]].forEach(function(args) {
    var err;
    try {
      path.resolve.apply(path, args);
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof TypeError, 'resolve(' + String(args) + ')');
    assert.strictEqual(err.message,
                       'Arguments to path.resolve must be strings');
  });
  // ...but only those it reaches: scanning stops at the first absolute
  // path from the right.
  assert.strictEqual(path.resolve(bad, '/abs', 'x'), '/abs/x');
});

// The result follows process.cwd().
var originalCwd = process.cwd;
process.cwd = function() { return '/fake/cwd'; };
try {
  assert.strictEqual(path.resolve('a', '../b'), '/fake/cwd/b');
  assert.strictEqual(path.resolve(), '/fake/cwd');
  assert.strictEqual(path.relative('/fake/x', 'y'), '../cwd/y');
  // A relative or empty working directory leaves the result relative.
  process.cwd = function() { return 'rel/dir'; };
  assert.strictEqual(path.resolve('x', '..', '..'), 'rel');
  process.cwd = function() { return ''; };
  assert.strictEqual(path.resolve('a/..'), '.');
  assert.strictEqual(path.resolve(), '.');
} finally {
  process.cwd = originalCwd;
}

// --- relative ---------------------------------------------------------------------
[
  ['/var/lib', '/var', '..'],
  ['/var/lib', '/bin', '../../bin'],
  ['/var/lib', '/var/lib', ''],
  ['/var/lib', '/var/apache', '../apache'],
  ['/var/', '/var/lib', 'lib'],
  ['/', '/var/lib', 'var/lib'],
  ['/var/lib', '/', '../..'],
  ['/', '/', ''],
  ['/data/orandea/test/aaa', '/data/orandea/impl/bbb', '../../impl/bbb'],
  ['/foo/bar', '/foo/barbaz', '../barbaz'],
  ['/foo/barbaz', '/foo/bar', '../bar'],
  ['/a//b/', '/a/b/c', 'c'],
  ['/a/./b/../c', '/a/c/d', 'd'],
  ['', '', ''],
  ['.', 'x/y', 'x/y'],
  ['x/y', '.', '../..'],
  ['x', '/', path.relative(cwd + '/x', '/')]
].forEach(function(t) {
  var actual = path.relative(t[0], t[1]);
  assert.strictEqual(actual, t[2], 'relative(' + show(t.slice(0, 2)) +
                     ') = ' + JSON.stringify(actual));
  // The documented round trip.
  assert.strictEqual(path.resolve(t[0], actual), path.resolve(t[1]));
});

// relative() resolves its arguments, so it shares resolve's type check.
assert.throws(function() { path.relative(null, '/a'); },
              /Arguments to path\.resolve must be strings/);
assert.throws(function() { path.relative('/a', 5); }, TypeError);

console.log('ok');
