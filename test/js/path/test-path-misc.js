'use strict';

// The rest of path's surface on POSIX: the exported names, sep, delimiter,
// _makeLong, and the deprecated exists/existsSync aliases of fs, which
// work but print a one-time warning on stderr.

var assert = require('assert');
var path = require('path');
var fs = require('fs');

// Exactly v0.10's exports: no isAbsolute, parse, format, posix or win32.
assert.deepEqual(Object.keys(path).sort(), [
  '_makeLong', 'basename', 'delimiter', 'dirname', 'exists', 'existsSync',
  'extname', 'join', 'normalize', 'relative', 'resolve', 'sep'
]);

assert.strictEqual(path.sep, '/');
assert.deepEqual('foo/bar/baz'.split(path.sep), ['foo', 'bar', 'baz']);
assert.strictEqual(path.delimiter, ':');
assert.deepEqual('/usr/bin:/bin:/usr/local/bin'.split(path.delimiter),
                 ['/usr/bin', '/bin', '/usr/local/bin']);

// _makeLong is the identity on POSIX, for any value.
assert.strictEqual(path._makeLong('/some/file'), '/some/file');
assert.strictEqual(path._makeLong('rel\\file'), 'rel\\file');
assert.strictEqual(path._makeLong('\\\\?\\C:\\x'), '\\\\?\\C:\\x');
assert.strictEqual(path._makeLong(null), null);
assert.strictEqual(path._makeLong(undefined), undefined);
assert.strictEqual(path._makeLong(100), 100);
assert.strictEqual(path._makeLong(path), path);
assert.strictEqual(path._makeLong(false), false);
assert.strictEqual(path._makeLong(true), true);

// exists / existsSync forward to fs.
assert.strictEqual(typeof path.exists, 'function');
assert.strictEqual(typeof path.existsSync, 'function');

// With process.throwDeprecation the first use throws the warning instead.
process.throwDeprecation = true;
assert.throws(function() { path.existsSync(__filename); }, function(e) {
  return e instanceof Error &&
      e.message === 'path.existsSync is now called `fs.existsSync`.';
});
assert.throws(function() { path.exists(__filename, function() {}); },
              function(e) {
                return e instanceof Error &&
                    e.message === 'path.exists is now called `fs.exists`.';
              });
process.throwDeprecation = false;
