'use strict';

// path.dirname, path.basename and path.extname on POSIX paths, including
// trailing slashes, repeated slashes, dot files and backslashes (which are
// ordinary characters on POSIX).

var assert = require('assert');
var path = require('path');

function check(fn, input, expected) {
  var actual = fn.apply(path, input);
  assert.strictEqual(actual, expected,
                     'path.' + fn.name + '(' +
                     input.map(function(a) { return JSON.stringify(a); }).join(', ') +
                     ') = ' + JSON.stringify(actual) +
                     ', expected ' + JSON.stringify(expected));
}

// --- dirname --------------------------------------------------------------------
[
  ['/a/b/', '/a'],
  ['/a/b', '/a'],
  ['/a', '/'],
  ['', '.'],
  ['/', '/'],
  ['////', '/'],
  ['a', '.'],
  ['a/', '.'],
  ['a//', '.'],
  ['.', '.'],
  ['..', '.'],
  ['./a', '.'],
  ['../a', '..'],
  ['a/b', 'a'],
  ['a/b/c', 'a/b'],
  ['a/b/c/', 'a/b'],
  ['/foo/bar/baz/asdf/quux', '/foo/bar/baz/asdf'],
  // Only the slash next to the last component is dropped.
  ['a//b', 'a/'],
  ['/a//b', '/a/'],
  ['/a/b//', '/a'],
  // A leading run of slashes is one root.
  ['//a', '/'],
  ['//a/b', '//a'],
  ['///a//b', '///a/'],
  ['\\a\\b', '.'],
  ['/x\\y/z', '/x\\y'],
  [' /a', ' '],
  ['/a b/c d', '/a b']
].forEach(function(t) { check(path.dirname, [t[0]], t[1]); });
assert.strictEqual(path.dirname(__filename), __dirname);

// --- basename -------------------------------------------------------------------
[
  ['', ''],
  ['/', ''],
  ['//', ''],
  ['.', '.'],
  ['..', '..'],
  ['/dir/basename.ext', 'basename.ext'],
  ['/basename.ext', 'basename.ext'],
  ['basename.ext', 'basename.ext'],
  ['basename.ext/', 'basename.ext'],
  ['basename.ext//', 'basename.ext'],
  ['/a/b/', 'b'],
  ['a//b', 'b'],
  // Backslashes are part of the name on POSIX.
  ['\\dir\\basename.ext', '\\dir\\basename.ext'],
  ['\\basename.ext', '\\basename.ext'],
  ['basename.ext\\', 'basename.ext\\'],
  ['basename.ext\\\\', 'basename.ext\\\\'],
  // Control characters are legal in POSIX names.
  ['/a/b/Icon\r', 'Icon\r'],
  ['/a/b/new\nline', 'new\nline']
].forEach(function(t) { check(path.basename, [t[0]], t[1]); });

// With an extension to strip: any matching suffix, even the whole name.
[
  ['/foo/bar/baz/asdf/quux.html', '.html', 'quux'],
  ['quux.html', 'html', 'quux.'],
  ['quux.html', '.js', 'quux.html'],
  ['quux.html/', '.html', 'quux'],
  ['aaa', 'a', 'aa'],
  ['a.js', 'a.js', ''],
  ['.js', '.js', ''],
  ['js', '.js', 'js'],
  ['/', '.js', ''],
  ['file.js.js', '.js', 'file.js'],
  // An empty extension strips nothing.
  ['file.js', '', 'file.js']
].forEach(function(t) { check(path.basename, [t[0], t[1]], t[2]); });
assert.strictEqual(path.basename(__filename), 'test-path-components.js');
assert.strictEqual(path.basename(__filename, '.js'), 'test-path-components');

// --- extname --------------------------------------------------------------------
[
  ['index.html', '.html'],
  ['index.coffee.md', '.md'],
  ['index.', '.'],
  ['index', ''],
  ['', ''],
  ['/path/to/file', ''],
  ['/path/to/file.ext', '.ext'],
  ['/path.to/file.ext', '.ext'],
  ['/path.to/file', ''],
  ['/path.to/.file', ''],
  ['/path.to/.file.ext', '.ext'],
  ['/path/to/f.ext', '.ext'],
  ['/path/to/..ext', '.ext'],
  ['file', ''],
  ['file.ext', '.ext'],
  ['.file', ''],
  ['.file.ext', '.ext'],
  ['/file', ''],
  ['/file.ext', '.ext'],
  ['/.file', ''],
  ['/.file.ext', '.ext'],
  ['.path/file.ext', '.ext'],
  ['file.ext.ext', '.ext'],
  ['file.', '.'],
  ['.', ''],
  ['./', ''],
  ['.file.', '.'],
  ['.file..', '.'],
  ['..', ''],
  ['../', ''],
  ['..file.ext', '.ext'],
  ['..file', '.file'],
  ['..file.', '.'],
  ['..file..', '.'],
  ['...', '.'],
  ['...ext', '.ext'],
  ['....', '.'],
  ['file.ext/', '.ext'],
  ['file.ext//', '.ext'],
  ['file/', ''],
  ['file//', ''],
  ['file./', '.'],
  ['file.//', '.'],
  ['/', ''],
  // Backslashes are part of the name on POSIX.
  ['.\\', ''],
  ['..\\', '.\\'],
  ['file.ext\\', '.ext\\'],
  ['file.ext\\\\', '.ext\\\\'],
  ['file\\', ''],
  ['file\\\\', ''],
  ['file.\\', '.\\'],
  ['file.\\\\', '.\\\\']
].forEach(function(t) { check(path.extname, [t[0]], t[1]); });
assert.strictEqual(path.extname(__filename), '.js');

// Non-strings are converted rather than rejected in v0.10.
assert.strictEqual(path.basename(123), '123');
assert.strictEqual(path.extname(1.5), '.5');
assert.strictEqual(path.dirname(42), '.');

console.log('ok');
