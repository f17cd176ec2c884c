'use strict';
// url.parse(): result shape, every URL part, and v0.10's lenient handling of
// odd input (case, whitespace, backslashes, bad host characters, IDNA, IPv6).

var assert = require('assert');
var url = require('url');

var FIELDS = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname',
              'hash', 'search', 'query', 'pathname', 'path', 'href'];

// Parse `input` and require exactly `expected`; any field not named there
// must be null. Fields are compared strictly (query objects deeply).
function check(input, expected, parseQs, slashesHost) {
  var actual = url.parse(input, parseQs, slashesHost);
  assert.ok(actual instanceof url.Url, 'not a Url: ' + input);
  assert.deepEqual(Object.keys(actual), FIELDS, 'field order for ' + input);
  FIELDS.forEach(function(field) {
    var want = field in expected ? expected[field] : null;
    if (want !== null && typeof want === 'object') {
      assert.deepEqual(actual[field], want, field + ' of ' + JSON.stringify(input));
      assert.strictEqual(typeof actual[field], 'object');
    } else {
      assert.strictEqual(actual[field], want,
                         field + ' of ' + JSON.stringify(input) + ': got ' +
                         JSON.stringify(actual[field]) + ', want ' +
                         JSON.stringify(want));
    }
  });
  return actual;
}

// --- The manual's example URL: every part present.
check('http://user:pass@host.com:8080/p/a/t/h?query=string#hash', {
  protocol: 'http:', slashes: true, auth: 'user:pass', host: 'host.com:8080',
  port: '8080', hostname: 'host.com', hash: '#hash', search: '?query=string',
  query: 'query=string', pathname: '/p/a/t/h', path: '/p/a/t/h?query=string',
  href: 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash'
});

// --- A fresh Url has every field as an own null property.
var blank = new url.Url();
assert.deepEqual(Object.keys(blank), FIELDS);
FIELDS.forEach(function(f) { assert.strictEqual(blank[f], null); });
assert.deepEqual(Object.keys(url), ['parse', 'resolve', 'resolveObject', 'format', 'Url']);
var protoKeys = [];
for (var k in url.Url.prototype) protoKeys.push(k);
assert.deepEqual(protoKeys, ['parse', 'format', 'resolve', 'resolveObject', 'parseHost']);

// --- Passing a Url returns the same object.
var parsedOnce = url.parse('http://x/');
assert.strictEqual(url.parse(parsedOnce), parsedOnce);

// --- Non-strings are a TypeError with v0.10's message.
[undefined, null, true, false, 0, 1.5, [], {}, function() {}].forEach(function(v) {
  assert.throws(function() { url.parse(v); }, function(e) {
    return e instanceof TypeError &&
        e.message === "Parameter 'url' must be a string, not " + typeof v;
  });
});

// --- Scheme and host are lowercased, path is not.
check('HTTP://X.COM/Y', {
  protocol: 'http:', slashes: true, host: 'x.com', hostname: 'x.com',
  pathname: '/Y', path: '/Y', href: 'http://x.com/Y'
});
check('HTTP://www.example.com', {
  protocol: 'http:', slashes: true, host: 'www.example.com',
  hostname: 'www.example.com', pathname: '/', path: '/',
  href: 'http://www.example.com/'
});
// auth keeps its case
check('http://USER:PW@Ex.com/', {
  protocol: 'http:', slashes: true, auth: 'USER:PW', host: 'ex.com',
  hostname: 'ex.com', pathname: '/', path: '/', href: 'http://USER:PW@ex.com/'
});

// --- Whitespace around the URL is trimmed.
check('  \t http://x.com/a \n\t', {
  protocol: 'http:', slashes: true, host: 'x.com', hostname: 'x.com',
  pathname: '/a', path: '/a', href: 'http://x.com/a'
});

// --- Relative references.
check('/foo/bar?baz=quux#frag', {
  hash: '#frag', search: '?baz=quux', query: 'baz=quux', pathname: '/foo/bar',
  path: '/foo/bar?baz=quux', href: '/foo/bar?baz=quux#frag'
});
check('www.example.com', {
  pathname: 'www.example.com', path: 'www.example.com', href: 'www.example.com'
});
check('local1@domain1', {
  pathname: 'local1@domain1', path: 'local1@domain1', href: 'local1@domain1'
});
check('', { href: '' });
check('?', { search: '?', query: '', path: '?', href: '?' });
check('#', { hash: '#', href: '#' });

// --- "//" starts a host only with slashesDenoteHost, or with "user@".
check('//some_path', {
  pathname: '//some_path', path: '//some_path', href: '//some_path'
});
check('//some_path/x', {
  slashes: true, host: 'some_path', hostname: 'some_path', pathname: '/x',
  path: '/x', href: '//some_path/x'
}, false, true);
check('//u:p@h.com:81/p', {
  slashes: true, auth: 'u:p', host: 'h.com:81', port: '81', hostname: 'h.com',
  pathname: '/p', path: '/p', href: '//u:p@h.com:81/p'
});

// --- parseQueryString: query becomes an object; {} and '' when absent.
check('/p?a=1&b=2&a=3', {
  search: '?a=1&b=2&a=3', query: { a: ['1', '3'], b: '2' }, pathname: '/p',
  path: '/p?a=1&b=2&a=3', href: '/p?a=1&b=2&a=3'
}, true);
check('http://example.com', {
  protocol: 'http:', slashes: true, host: 'example.com',
  hostname: 'example.com', search: '', query: {}, pathname: '/', path: '/',
  href: 'http://example.com/'
}, true);
assert.strictEqual(url.parse('/p?a=b', true).query.a, 'b');
assert.strictEqual(Object.getPrototypeOf(url.parse('/p', true).query),
                   Object.prototype);

// --- file: URLs: an empty host is present as ''.
check('file:///etc/passwd', {
  protocol: 'file:', slashes: true, host: '', hostname: '',
  pathname: '/etc/passwd', path: '/etc/passwd', href: 'file:///etc/passwd'
});
check('file://localhost/etc/node/', {
  protocol: 'file:', slashes: true, host: 'localhost', hostname: 'localhost',
  pathname: '/etc/node/', path: '/etc/node/', href: 'file://localhost/etc/node/'
});

// --- A slashed scheme without "//" has no host.
check('http:/baz/../foo/bar', {
  protocol: 'http:', pathname: '/baz/../foo/bar', path: '/baz/../foo/bar',
  href: 'http:/baz/../foo/bar'
});
// ...but the slashed-scheme table is case sensitive at that step, so an
// uppercase scheme gets an empty host (as in v0.10).
check('HTTP:/foo', {
  protocol: 'http:', host: '', hostname: '', pathname: '/foo', path: '/foo',
  href: 'http:/foo'
});

// --- Other schemes: the host follows the colon, with or without "//".
check('mailto:foo@bar.com?subject=hello', {
  protocol: 'mailto:', auth: 'foo', host: 'bar.com', hostname: 'bar.com',
  search: '?subject=hello', query: 'subject=hello', path: '?subject=hello',
  href: 'mailto:foo@bar.com?subject=hello'
});
check('xmpp:isaacschlueter@jabber.org', {
  protocol: 'xmpp:', auth: 'isaacschlueter', host: 'jabber.org',
  hostname: 'jabber.org', href: 'xmpp:isaacschlueter@jabber.org'
});
check('dash-test:foo/bar', {
  protocol: 'dash-test:', host: 'foo', hostname: 'foo', pathname: '/bar',
  path: '/bar', href: 'dash-test:foo/bar'
});
check('svn+ssh://foo/bar', {
  protocol: 'svn+ssh:', slashes: true, host: 'foo', hostname: 'foo',
  pathname: '/bar', path: '/bar', href: 'svn+ssh://foo/bar'
});
check('dot.test://foo/bar', {
  protocol: 'dot.test:', slashes: true, host: 'foo', hostname: 'foo',
  pathname: '/bar', path: '/bar', href: 'dot.test://foo/bar'
});
// a non-slashed scheme with no path gets no "/" path
check('foo://host', {
  protocol: 'foo:', slashes: true, host: 'host', hostname: 'host',
  href: 'foo://host'
});

// --- javascript: has no host and is never escaped.
check('javascript:alert(\'hello\');', {
  protocol: 'javascript:', pathname: 'alert(\'hello\');',
  path: 'alert(\'hello\');', href: 'javascript:alert(\'hello\');'
});
check('javascript://x/ y', {
  protocol: 'javascript:', pathname: '//x/ y', path: '//x/ y',
  href: 'javascript://x/ y'
});

// --- Ports: digits only; an empty port is dropped.
check('http://example.com:/a', {
  protocol: 'http:', slashes: true, host: 'example.com',
  hostname: 'example.com', pathname: '/a', path: '/a',
  href: 'http://example.com/a'
});
check('http://example.com:?a=b', {
  protocol: 'http:', slashes: true, host: 'example.com',
  hostname: 'example.com', search: '?a=b', query: 'a=b', pathname: '/',
  path: '/?a=b', href: 'http://example.com/?a=b'
});
// a non-numeric "port" is not a port: ':' is not a valid host character, so
// the rest of the host moves into the path.
check('http://host:abc/x', {
  protocol: 'http:', slashes: true, host: 'host', hostname: 'host',
  pathname: '/:abc/x', path: '/:abc/x', href: 'http://host/:abc/x'
});

// --- auth: percent-decoded, re-encoded by format; last "@" before the path.
check('http://user%3Apw@www.example.com/', {
  protocol: 'http:', slashes: true, auth: 'user:pw', host: 'www.example.com',
  hostname: 'www.example.com', pathname: '/', path: '/',
  href: 'http://user:pw@www.example.com/'
});
check('http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar', {
  protocol: 'http:', slashes: true, auth: 'atpass:foo@bar',
  host: '127.0.0.1:8080', port: '8080', hostname: '127.0.0.1', hash: '#bar',
  search: '?search=foo', query: 'search=foo', pathname: '/path',
  path: '/path?search=foo',
  href: 'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar'
});
check('http://a@b@c/', {
  protocol: 'http:', slashes: true, auth: 'a@b', host: 'c', hostname: 'c',
  pathname: '/', path: '/', href: 'http://a%40b@c/'
});
check('http://a@b?@c', {
  protocol: 'http:', slashes: true, auth: 'a', host: 'b', hostname: 'b',
  search: '?@c', query: '@c', pathname: '/', path: '/?@c',
  href: 'http://a@b/?@c'
});
check('http://a@b/c@d', {
  protocol: 'http:', slashes: true, auth: 'a', host: 'b', hostname: 'b',
  pathname: '/c@d', path: '/c@d', href: 'http://a@b/c@d'
});
assert.throws(function() { url.parse('http://a%zz@x/'); }, URIError);

// --- Backslashes before the fragment act as slashes.
check('http:\\\\evil-phisher\\foo.html#h\\a\\s\\h', {
  protocol: 'http:', slashes: true, host: 'evil-phisher',
  hostname: 'evil-phisher', hash: '#h\\a\\s\\h', pathname: '/foo.html',
  path: '/foo.html', href: 'http://evil-phisher/foo.html#h\\a\\s\\h'
});
check('http://x.com/p?q=1\\2', {
  protocol: 'http:', slashes: true, host: 'x.com', hostname: 'x.com',
  search: '?q=1/2', query: 'q=1/2', pathname: '/p', path: '/p?q=1/2',
  href: 'http://x.com/p?q=1/2'
});

// --- Auto-escaping: quote, apostrophe, angle brackets, backtick, whitespace.
check('http://x.com/path?that\'s#all, folks', {
  protocol: 'http:', slashes: true, host: 'x.com', hostname: 'x.com',
  hash: '#all,%20folks', search: '?that%27s', query: 'that%27s',
  pathname: '/path', path: '/path?that%27s',
  href: 'http://x.com/path?that%27s#all,%20folks'
});
check('http://x/p/"quoted"`<a>', {
  protocol: 'http:', slashes: true, host: 'x', hostname: 'x',
  pathname: '/p/%22quoted%22%60%3Ca%3E', path: '/p/%22quoted%22%60%3Ca%3E',
  href: 'http://x/p/%22quoted%22%60%3Ca%3E'
});
check('<http://goo.corn/bread> Is a URL!', {
  pathname: '%3Chttp://goo.corn/bread%3E%20Is%20a%20URL!',
  path: '%3Chttp://goo.corn/bread%3E%20Is%20a%20URL!',
  href: '%3Chttp://goo.corn/bread%3E%20Is%20a%20URL!'
});
// the other RFC 2396 "unwise" characters are left alone in v0.10
check('http://x/a{b}|c^d', {
  protocol: 'http:', slashes: true, host: 'x', hostname: 'x',
  pathname: '/a{b}|c^d', path: '/a{b}|c^d', href: 'http://x/a{b}|c^d'
});
// percent signs are not touched
check('/a%zz%41', { pathname: '/a%zz%41', path: '/a%zz%41', href: '/a%zz%41' });
check('http://a\r" \t\n<\'b:b@c\r\nd/e?f', {
  protocol: 'http:', slashes: true, auth: 'a\r" \t\n<\'b:b', host: 'c',
  hostname: 'c', search: '?f', query: 'f', pathname: '%0D%0Ad/e',
  path: '%0D%0Ad/e?f', href: 'http://a%0D%22%20%09%0A%3C\'b:b@c/%0D%0Ad/e?f'
});

// --- Invalid host characters end the host; the rest joins the path.
check('HtTp://x.y.cOm*A/b/c?d=e#f g<h>i', {
  protocol: 'http:', slashes: true, host: 'x.y.com', hostname: 'x.y.com',
  hash: '#f%20g%3Ch%3Ei', search: '?d=e', query: 'd=e', pathname: '/*A/b/c',
  path: '/*A/b/c?d=e', href: 'http://x.y.com/*A/b/c?d=e#f%20g%3Ch%3Ei'
});
check('http://google.com" onload="alert(42)/', {
  protocol: 'http:', slashes: true, host: 'google.com', hostname: 'google.com',
  pathname: '%22%20onload=%22alert(42)/', path: '%22%20onload=%22alert(42)/',
  href: 'http://google.com/%22%20onload=%22alert(42)/'
});
check('http://x...y...#p', {
  protocol: 'http:', slashes: true, host: 'x...y...', hostname: 'x...y...',
  hash: '#p', pathname: '/', path: '/', href: 'http://x...y.../#p'
});
check('http://_jabber._tcp.google.com:80/test', {
  protocol: 'http:', slashes: true, host: '_jabber._tcp.google.com:80',
  port: '80', hostname: '_jabber._tcp.google.com', pathname: '/test',
  path: '/test', href: 'http://_jabber._tcp.google.com:80/test'
});
check('http://-lovemonsterz.tumblr.com/rss', {
  protocol: 'http:', slashes: true, host: '-lovemonsterz.tumblr.com',
  hostname: '-lovemonsterz.tumblr.com', pathname: '/rss', path: '/rss',
  href: 'http://-lovemonsterz.tumblr.com/rss'
});

// --- Labels longer than 63 characters are cut there.
var long70 = new Array(71).join('a');
var long63 = new Array(64).join('a');
check('http://' + long70 + '.com/p', {
  protocol: 'http:', slashes: true, host: long63, hostname: long63,
  pathname: '/aaaaaaa.com/p', path: '/aaaaaaa.com/p',
  href: 'http://' + long63 + '/aaaaaaa.com/p'
});
check('http://' + long63 + '.com/', {
  protocol: 'http:', slashes: true, host: long63 + '.com',
  hostname: long63 + '.com', pathname: '/', path: '/',
  href: 'http://' + long63 + '.com/'
});

// --- Host names over 255 characters become empty.
var label50 = new Array(51).join('b');
var longHost = [label50, label50, label50, label50, label50, label50].join('.');
assert.strictEqual(longHost.length, 305);
check('http://' + longHost + ':81/x', {
  protocol: 'http:', slashes: true, host: ':81', port: '81', hostname: '',
  pathname: '/x', path: '/x', href: 'http://:81/x'
});

// --- IDNA: non-ASCII labels are punycoded after lowercasing.
check('http://www.日本語.com/', {
  protocol: 'http:', slashes: true, host: 'www.xn--wgv71a119e.com',
  hostname: 'www.xn--wgv71a119e.com', pathname: '/', path: '/',
  href: 'http://www.xn--wgv71a119e.com/'
});
check('http://SÉLIER.COM/', {
  protocol: 'http:', slashes: true, host: 'xn--slier-bsa.com',
  hostname: 'xn--slier-bsa.com', pathname: '/', path: '/',
  href: 'http://xn--slier-bsa.com/'
});
check('http://➡.ws/➡', {
  protocol: 'http:', slashes: true, host: 'xn--hgi.ws', hostname: 'xn--hgi.ws',
  pathname: '/➡', path: '/➡', href: 'http://xn--hgi.ws/➡'
});
check('http://www.Äffchen.cOm*A/b', {
  protocol: 'http:', slashes: true, host: 'www.xn--ffchen-9ta.com',
  hostname: 'www.xn--ffchen-9ta.com', pathname: '/*A/b', path: '/*A/b',
  href: 'http://www.xn--ffchen-9ta.com/*A/b'
});
// ideographic and fullwidth full stops separate labels too (RFC 3490)
check('http://bücher\u3002example\uFF0Ecom/', {
  protocol: 'http:', slashes: true, host: 'xn--bcher-kva.example.com',
  hostname: 'xn--bcher-kva.example.com', pathname: '/', path: '/',
  href: 'http://xn--bcher-kva.example.com/'
});

// --- IPv6 literals: host keeps the brackets, hostname drops them.
check('coap://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]', {
  protocol: 'coap:', slashes: true,
  host: '[fedc:ba98:7654:3210:fedc:ba98:7654:3210]',
  hostname: 'fedc:ba98:7654:3210:fedc:ba98:7654:3210', pathname: '/',
  path: '/', href: 'coap://[fedc:ba98:7654:3210:fedc:ba98:7654:3210]/'
});
check('http://user:password@[3ffe:2a00:100:7031::1]:8080', {
  protocol: 'http:', slashes: true, auth: 'user:password',
  host: '[3ffe:2a00:100:7031::1]:8080', port: '8080',
  hostname: '3ffe:2a00:100:7031::1', pathname: '/', path: '/',
  href: 'http://user:password@[3ffe:2a00:100:7031::1]:8080/'
});
check('http://[fe80::1]:/a/b?a=b#abc', {
  protocol: 'http:', slashes: true, host: '[fe80::1]', hostname: 'fe80::1',
  hash: '#abc', search: '?a=b', query: 'a=b', pathname: '/a/b',
  path: '/a/b?a=b', href: 'http://[fe80::1]/a/b?a=b#abc'
});
check('[fe80::1]', { pathname: '[fe80::1]', path: '[fe80::1]', href: '[fe80::1]' });

// --- An unbalanced query/fragment order: the first '#' wins.
check('http://x/a#b?c', {
  protocol: 'http:', slashes: true, host: 'x', hostname: 'x', hash: '#b?c',
  pathname: '/a', path: '/a', href: 'http://x/a#b?c'
});
check('http://mt0.google.com/vt/lyrs=m@114???&hl=en', {
  protocol: 'http:', slashes: true, host: 'mt0.google.com',
  hostname: 'mt0.google.com', search: '???&hl=en', query: '??&hl=en',
  pathname: '/vt/lyrs=m@114', path: '/vt/lyrs=m@114???&hl=en',
  href: 'http://mt0.google.com/vt/lyrs=m@114???&hl=en'
});

console.log('ok');
