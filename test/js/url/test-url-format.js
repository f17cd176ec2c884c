'use strict';
// url.format(): the manual's formatting rules for plain objects, Url objects
// and strings, plus the escaping v0.10 applies to pathname, search and auth.

var assert = require('assert');
var url = require('url');

function fmt(obj, want) {
  assert.strictEqual(url.format(obj), want, 'format(' + JSON.stringify(obj) + ')');
}

// href is ignored.
fmt({ href: 'http://ignored/', protocol: 'http:', host: 'x.com', pathname: '/' },
    'http://x.com/');

// protocol with or without the colon; slashed schemes get "//".
['http', 'https', 'ftp', 'gopher', 'file'].forEach(function(p) {
  fmt({ protocol: p, host: 'h', pathname: '/a' }, p + '://h/a');
  fmt({ protocol: p + ':', host: 'h', pathname: '/a' }, p + '://h/a');
});
// other schemes get only ":" unless slashes is set.
fmt({ protocol: 'mailto', auth: 'me', host: 'x.org' }, 'mailto:me@x.org');
fmt({ protocol: 'xmpp:', auth: 'me', hostname: 'x.org' }, 'xmpp:me@x.org');
fmt({ protocol: 'mongodb', slashes: true, host: 'localhost:8000', pathname: '/' },
    'mongodb://localhost:8000/');
// the slashed-scheme lookup is case sensitive
fmt({ protocol: 'HTTP:', host: 'h', pathname: '/a' }, 'HTTP:h/a');
// slashes without any host give an empty authority
fmt({ protocol: 'file:', slashes: true, pathname: '/etc/passwd' },
    'file:///etc/passwd');
fmt({ protocol: 'file:', pathname: '/etc/passwd' }, 'file:/etc/passwd');
fmt({ protocol: 'http:', host: '', hostname: '', pathname: '/x' }, 'http:/x');

// No protocol: a host still gets "//".
fmt({ host: 'h.com', pathname: 'p' }, '//h.com/p');
fmt({ pathname: 'p' }, 'p');

// host wins over hostname + port; hostname/port used only without host.
fmt({ protocol: 'http:', host: 'a.com:1', hostname: 'b.com', port: 2 },
    'http://a.com:1');
fmt({ protocol: 'http:', hostname: 'b.com', port: 2, pathname: '/' },
    'http://b.com:2/');
fmt({ protocol: 'http:', hostname: 'b.com', port: '', pathname: '/' },
    'http://b.com/');
// IPv6 hostnames are bracketed
fmt({ protocol: 'http:', hostname: '::1', port: 80, pathname: '/' },
    'http://[::1]:80/');
fmt({ protocol: 'coap:', auth: 'u:p', hostname: '::1', port: '61616',
      pathname: '/.well-known/r', search: 'n=Temperature' },
    'coap:u:p@[::1]:61616/.well-known/r?n=Temperature');

// auth is URI-encoded except for the first ':'.
fmt({ protocol: 'http:', auth: 'atslash/@:/@', hostname: 'foo', pathname: '/' },
    'http://atslash%2F%40:%2F%40@foo/');
fmt({ protocol: 'http:', auth: 'a:b:c d', host: 'h' }, 'http://a:b%3Ac%20d@h');
fmt({ protocol: 'http:', auth: '', host: 'h' }, 'http://h');

// pathname gains a leading "/" after a host; "?" and "#" in it are escaped,
// "%" is not.
fmt({ protocol: 'http', host: 'a.com', pathname: 'a/b/c', hash: 'h', search: 's' },
    'http://a.com/a/b/c?s#h');
fmt({ pathname: '/path/to/%#?+=&.txt', query: { foo: 'the#1' }, hash: '#bar' },
    '/path/to/%%23%3F+=&.txt?foo=the%231#bar');
// only the first "#" in search is escaped
fmt({ protocol: 'http:', hostname: 'ex.com', pathname: '/', search: '?a=#1#2' },
    'http://ex.com/?a=%231#2');

// search wins over query; a query object is stringified if non-empty.
fmt({ pathname: '/', search: '?x=1', query: { y: 2 } }, '/?x=1');
fmt({ pathname: '/', query: { y: 2, z: ['a b', 'c'] } }, '/?y=2&z=a%20b&z=c');
fmt({ pathname: '/', query: {} }, '/');
fmt({ pathname: '/', query: 'ignored=1' }, '/');
fmt({ pathname: '/', search: 'x=1' }, '/?x=1');
fmt({ pathname: '/', search: '' }, '/');

// hash with or without "#".
fmt({ pathname: '/', hash: 'frag' }, '/#frag');
fmt({ pathname: '/', hash: '#frag' }, '/#frag');

// Strings are parsed first, which normalises them.
fmt('HTTP://X.COM', 'http://x.com/');
fmt('http://example.com?', 'http://example.com/?');
fmt('http://google.com" onload="alert(42)/',
    'http://google.com/%22%20onload=%22alert(42)/');
fmt('http://ex.com/foo%3F100%m%23r?abc=the%231?&foo=bar#frag',
    'http://ex.com/foo%3F100%m%23r?abc=the%231?&foo=bar#frag');
fmt('coap:[fedc:ba98:7654:3210:fedc:ba98:7654:3210]:61616/s/stopButton',
    'coap:[fedc:ba98:7654:3210:fedc:ba98:7654:3210]:61616/s/stopButton');

// Url objects format via their own method; edits are honoured.
var u = url.parse('http://user@h.com:80/p?q=1#f');
u.host = null;
u.hostname = 'other.org';
u.port = 8080;
u.search = null;
u.query = { a: 'b' };
assert.strictEqual(url.format(u), 'http://user@other.org:8080/p?a=b#f');
assert.strictEqual(u.format(), url.format(u));

// Objects without URL fields, and null/undefined, format as ''.
fmt({}, '');
fmt(null, '');
fmt(undefined, '');
fmt(5, '');

// format(parse(x)) round-trips already-normal URLs.
['http://user:pass@example.com:8000/foo/bar?baz=quux#frag',
 'mailto:foo@bar.com?subject=hello',
 'javascript:alert(\'hello\');',
 'file:///etc/node/',
 '//user:pass@example.com:8000/foo/bar',
 '/foo/bar?baz=quux#frag',
 'http://[::1]:8080/x',
 'http://xn--bcher-kva.com/'].forEach(function(s) {
  assert.strictEqual(url.format(url.parse(s)), s);
});

console.log('ok');
