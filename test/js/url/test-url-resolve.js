'use strict';
// url.resolve() and url.resolveObject(): browser-style link resolution,
// including v0.10's handling of scheme changes, non-slashed schemes
// (mailto:, foo:), dot segments and paths that climb above the root.

var assert = require('assert');
var url = require('url');

function resolves(base, link, want) {
  assert.strictEqual(url.resolve(base, link), want,
                     'resolve(' + JSON.stringify(base) + ', ' +
                     JSON.stringify(link) + ')');
  // resolveObject agrees with resolve and with parsing the result.
  var obj = url.resolveObject(base, link);
  assert.ok(obj instanceof url.Url);
  assert.strictEqual(obj.href, want);
  assert.strictEqual(url.format(obj), want);
}

// The manual's examples.
resolves('/one/two/three', 'four', '/one/two/four');
resolves('http://example.com/', '/one', 'http://example.com/one');
resolves('http://example.com/one', '/two', 'http://example.com/two');

// RFC 3986 section 5.4.1 normal examples.
var base = 'http://a/b/c/d;p?q';
[['g:h', 'g:h'],
 ['g', 'http://a/b/c/g'],
 ['./g', 'http://a/b/c/g'],
 ['g/', 'http://a/b/c/g/'],
 ['/g', 'http://a/g'],
 ['//g', 'http://g/'],
 ['?y', 'http://a/b/c/d;p?y'],
 ['g?y', 'http://a/b/c/g?y'],
 ['#s', 'http://a/b/c/d;p?q#s'],
 ['g#s', 'http://a/b/c/g#s'],
 ['g?y#s', 'http://a/b/c/g?y#s'],
 [';x', 'http://a/b/c/;x'],
 ['g;x', 'http://a/b/c/g;x'],
 ['', 'http://a/b/c/d;p?q'],
 ['.', 'http://a/b/c/'],
 ['./', 'http://a/b/c/'],
 ['..', 'http://a/b/'],
 ['../', 'http://a/b/'],
 ['../g', 'http://a/b/g'],
 ['../..', 'http://a/'],
 ['../../', 'http://a/'],
 ['../../g', 'http://a/g'],
 // abnormal: climbing past the root stops there
 ['../../../g', 'http://a/g'],
 ['/./g', 'http://a/g'],
 ['/../g', 'http://a/g'],
 ['g.', 'http://a/b/c/g.'],
 ['..g', 'http://a/b/c/..g'],
 ['./g/.', 'http://a/b/c/g/'],
 ['g;x=1/../y', 'http://a/b/c/y'],
 ['g?y/../x', 'http://a/b/c/g?y/../x'],
 ['g#s/../x', 'http://a/b/c/g#s/../x'],
 // same scheme without "//": relative, as browsers do
 ['http:g', 'http://a/b/c/g'],
 ['http:', base]
].forEach(function(c) { resolves(base, c[0], c[1]); });

// The fragment of the base never survives.
resolves('http://x/a#old', '', 'http://x/a');
resolves('http://x/a?q#old', '?r', 'http://x/a?r');

// Relative bases keep leading ".." that cannot be resolved.
resolves('foo/bar', '../../../baz', '../../baz');
resolves('foo/bar/', '../../../baz', '../baz');
resolves('/foo/bar/baz', '../../../../../../../quux/baz', '/quux/baz');
resolves('/foo/bar/baz', '/../etc/passwd', '/etc/passwd');

// Scheme-relative links take the base's scheme only.
resolves('https://a/b', '//c/d', 'https://c/d');
resolves('http://a/b', '//c', 'http://c/');
resolves('http://example.com/x', '\\\\foo.com\\bar', 'http://foo.com/bar');

// Changing to a slashed scheme without "//": the first path segment is
// the host.
resolves('http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2',
         'https://p/a/t/h?s#hash2');
resolves('http://example.com/b//c//d;p?q#blarg', 'https:#hash2',
         'https:///#hash2');
resolves('http://example.com/b//c//d;p?q#blarg', 'http:/a/b/c/d',
         'http://example.com/a/b/c/d');
// Changing to a non-slashed scheme: the link is absolute.
resolves('http://a/b', 'mailto:x@y.com', 'mailto:x@y.com');
resolves('http://a/b', 'foo:bar/baz', 'foo:bar/baz');
// New credentials replace the old.
resolves('http://asdf:qwer@www.example.com', 'http://diff:auth@www.example.com',
         'http://diff:auth@www.example.com/');

// Non-slashed schemes: the host is just the first path segment.
resolves('foo:a/b', '../c', 'foo:c');
resolves('foo:a', '.', 'foo:');
resolves('foo:a/b', 'c/d', 'foo:a/c/d');
resolves('foo:a/b', '/c/d', 'foo:/c/d');
resolves('foo:a/b?c#d', '', 'foo:a/b?c');
resolves('mailto:local1@domain1?query1', 'local2@domain2', 'mailto:local2@domain2');
resolves('mailto:local@domain?query1', '?query2', 'mailto:local@domain?query2');
resolves('mailto:local', 'local/qual@domain.org#frag',
         'mailto:local/qual@domain.org#frag');
resolves('fred:///s//a/b/c', '../../../g', 'fred:///s/g');
resolves('fred:///s//a/b/c', '//g', 'fred://g');
resolves('http:///s//a/b/c', '//g', 'http://g/');
resolves('http:///s//a/b/c', '../../../../g', 'http:///g');
resolves('file:/some/dir/foo', './#blort', 'file:/some/dir/#blort');

// resolveObject() returns a Url whose fields match parse() of the result.
var resolved = url.resolveObject(url.parse('http://u@a.com/x/y?q#h'), '../z?w');
var expected = url.parse('http://u@a.com/z?w');
Object.keys(expected).forEach(function(key) {
  assert.strictEqual(resolved[key], expected[key], key);
});
assert.deepEqual(Object.keys(resolved), Object.keys(expected));

// The source object is not modified.
var src = url.parse('http://a.com/b/c?d#e');
var before = JSON.stringify(src);
url.resolveObject(src, '../x');
url.resolve(src, '//other/');
assert.strictEqual(JSON.stringify(src), before);

// resolve() accepts a Url as the base; resolveObject() with a falsy base
// returns the link unchanged.
assert.strictEqual(url.resolve(url.parse('http://a/b/c'), 'd'), 'http://a/b/d');
var link = { pathname: 'x' };
assert.strictEqual(url.resolveObject('', link), link);
assert.strictEqual(url.resolveObject(null, 'rel'), 'rel');

// Url.prototype.resolve is the method form.
assert.strictEqual(url.parse('http://a/b/c').resolve('../d'), 'http://a/d');

// Bad input: the base must be a string or Url.
assert.throws(function() { url.resolve(42, 'x'); }, TypeError);
assert.throws(function() { url.resolve('http://a/', 42); }, TypeError);

console.log('ok');
