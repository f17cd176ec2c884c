'use strict';

// url: Node v0.10's require('url'). parse() splits a URL string into a Url
// object (protocol, slashes, auth, host, port, hostname, hash, search, query,
// pathname, path, href) the lenient way v0.10 does: it lowercases the scheme
// and host, punycodes international host names, peels invalid characters off
// the host into the path, and percent-escapes a few characters that are unsafe
// in URLs. format() turns such an object (or any object with those fields)
// back into a string, and resolve()/resolveObject() resolve a relative URL
// against a base the way a browser resolves a link.

var punycode = require('punycode');
var querystring = require('querystring');

exports.parse = urlParse;
exports.resolve = urlResolve;
exports.resolveObject = urlResolveObject;
exports.format = urlFormat;
exports.Url = Url;

// Every field starts as null, so a parsed object always has the same own
// properties (in this order) whether or not the URL contained the part.
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function lookupSet(keys) {
  var set = Object.create(null);
  keys.forEach(function(key) { set[key] = true; });
  return set;
}

var PROTOCOL_PATTERN = /^([a-z0-9.+-]+:)/i;
var PORT_PATTERN = /:[0-9]*$/;
// "//user@host..." with no scheme is still read as having a host.
var AUTH_WITHOUT_SCHEME = /^\/\/[^@\/]+@[^@\/]+/;

// Characters RFC 2396 sets aside as delimiters plus the apostrophe (an XSS
// vector): parse() always percent-escapes these outside javascript: URLs.
var AUTO_ESCAPE = /['<>"` \r\n\t]/g;
var AUTO_ESCAPED = {
  '\'': '%27', '<': '%3C', '>': '%3E', '"': '%22', '`': '%60',
  ' ': '%20', '\r': '%0D', '\n': '%0A', '\t': '%09'
};

// Only these end the part of the URL that can hold "user@".
var HOST_ENDING_CHARS = ['/', '?', '#'];
// Any of these ends the host name itself.
var NON_HOST_CHARS = ['%', '/', '?', ';', '#',
                      '{', '}', '|', '\\', '^', '`',
                      '\'', '<', '>', '"', ' ', '\r', '\n', '\t'];

var HOSTNAME_MAX_LENGTH = 255;
var HOST_LABEL = /^[a-z0-9A-Z_-]{0,63}$/;
var HOST_LABEL_START = /^([a-z0-9A-Z_-]{0,63})(.*)$/;

// Schemes whose URLs never have a host and are never escaped.
var HOSTLESS_PROTOCOL = lookupSet(['javascript', 'javascript:']);
var UNSAFE_PROTOCOL = lookupSet(['javascript', 'javascript:']);
// Schemes that always take "//" and a path of at least "/".
var SLASHED_PROTOCOL = lookupSet([
  'http', 'https', 'ftp', 'gopher', 'file',
  'http:', 'https:', 'ftp:', 'gopher:', 'file:'
]);

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url && typeof url === 'object' && url instanceof Url) return url;
  var result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

// Index of the first occurrence of any of chars in str, or -1.
function firstIndexOfAny(str, chars) {
  var first = -1;
  for (var i = 0; i < chars.length; i++) {
    var at = str.indexOf(chars[i]);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

Url.prototype.parse = function(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') {
    throw new TypeError("Parameter 'url' must be a string, not " + typeof url);
  }

  // Browsers read "\" as "/" everywhere before the fragment.
  var hashAt = url.indexOf('#');
  if (hashAt === -1) {
    url = url.replace(/\\/g, '/');
  } else {
    url = url.slice(0, hashAt).replace(/\\/g, '/') + url.slice(hashAt);
  }

  var rest = url.trim();

  // `proto` keeps the input's case: v0.10 consults the hostless and slashed
  // tables with it when deciding whether there is a host, and the lowercased
  // form everywhere else.
  var proto = PROTOCOL_PATTERN.exec(rest);
  var lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.substr(proto.length);
  }

  var slashes;
  if (slashesDenoteHost || proto || AUTH_WITHOUT_SCHEME.test(rest)) {
    slashes = rest.substr(0, 2) === '//';
    if (slashes && !(proto && HOSTLESS_PROTOCOL[proto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }

  if (!HOSTLESS_PROTOCOL[proto] &&
      (slashes || (proto && !SLASHED_PROTOCOL[proto]))) {
    rest = parseAuthority(this, rest);
  }

  if (!UNSAFE_PROTOCOL[lowerProto]) {
    rest = rest.replace(AUTO_ESCAPE, function(ch) { return AUTO_ESCAPED[ch]; });
  }

  var fragmentAt = rest.indexOf('#');
  if (fragmentAt !== -1) {
    this.hash = rest.substr(fragmentAt);
    rest = rest.slice(0, fragmentAt);
  }

  var queryAt = rest.indexOf('?');
  if (queryAt !== -1) {
    this.search = rest.substr(queryAt);
    this.query = rest.substr(queryAt + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, queryAt);
  } else if (parseQueryString) {
    // Asked for a parsed query: give an empty one rather than null.
    this.search = '';
    this.query = {};
  }

  if (rest) this.pathname = rest;
  if (SLASHED_PROTOCOL[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  // http.request() wants pathname and search together.
  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }

  this.href = this.format();
  return this;
};

// Consume "[auth@]host[:port]" from the front of rest, filling the auth,
// host, port and hostname fields of url; returns what follows the host.
function parseAuthority(url, rest) {
  // The last "@" before the first host-ending character separates the
  // credentials: http://a@b@c/ has auth "a@b"; http://a@b?@c has auth "a".
  var authLimit = firstIndexOfAny(rest, HOST_ENDING_CHARS);
  var atSign = authLimit === -1 ? rest.lastIndexOf('@') :
                                  rest.lastIndexOf('@', authLimit);
  if (atSign !== -1) {
    url.auth = decodeURIComponent(rest.slice(0, atSign));
    rest = rest.slice(atSign + 1);
  }

  var hostEnd = firstIndexOfAny(rest, NON_HOST_CHARS);
  if (hostEnd === -1) hostEnd = rest.length;
  url.host = rest.slice(0, hostEnd);
  rest = rest.slice(hostEnd);

  url.parseHost();

  // There is a host part, so hostname is present even when empty.
  var hostname = url.hostname || '';
  var isIPv6 = hostname[0] === '[' && hostname[hostname.length - 1] === ']';

  if (!isIPv6) {
    var valid = validHostnamePrefix(hostname);
    if (valid.spill !== null) rest = '/' + valid.spill + rest;
    hostname = valid.hostname;
  }

  if (hostname.length > HOSTNAME_MAX_LENGTH) {
    hostname = '';
  } else {
    hostname = hostname.toLowerCase();
  }

  // IDNA: labels with non-ASCII characters become "xn--" punycode.
  if (!isIPv6) hostname = punycode.toASCII(hostname);

  url.hostname = hostname;
  url.host = hostname + (url.port ? ':' + url.port : '');

  // host keeps the brackets of an IPv6 literal, hostname drops them.
  if (isIPv6) {
    url.hostname = hostname.substr(1, hostname.length - 2);
    if (rest[0] !== '/') rest = '/' + rest;
  }
  return rest;
}

// Split a host name at its first invalid label. Returns the valid labels as
// hostname, and in spill the rest of the bad label and the labels after it
// (joined by dots; null when all labels are valid), which belong to the path.
// Non-ASCII characters count as valid here (punycode handles them later) but
// still count toward the 63-character label limit.
function validHostnamePrefix(hostname) {
  var labels = hostname.split(/\./);
  for (var i = 0; i < labels.length; i++) {
    var label = labels[i];
    if (!label || HOST_LABEL.test(label)) continue;
    var asciiStandIn = label.replace(/[^\u0000-\u007f]/g, 'x');
    if (HOST_LABEL.test(asciiStandIn)) continue;

    var kept = labels.slice(0, i);
    var spilled = labels.slice(i + 1);
    var split = HOST_LABEL_START.exec(label);
    if (split) {
      kept.push(split[1]);
      spilled.unshift(split[2]);
    }
    return {
      hostname: kept.join('.'),
      spill: spilled.length ? spilled.join('.') : null
    };
  }
  return { hostname: hostname, spill: null };
}

Url.prototype.format = function() {
  var auth = this.auth || '';
  if (auth) {
    // Keep the first ":" readable as the user/password separator.
    auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  }

  var protocol = this.protocol || '';
  var pathname = this.pathname || '';
  var hash = this.hash || '';
  var host = false;
  var query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') === -1 ?
                   this.hostname : '[' + this.hostname + ']');
    if (this.port) host += ':' + this.port;
  }

  if (this.query && typeof this.query === 'object' &&
      Object.keys(this.query).length) {
    query = querystring.stringify(this.query);
  }

  var search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.substr(-1) !== ':') protocol += ':';

  // Only the well-known schemes get "//" unless the object asks for slashes.
  if (this.slashes ||
      (!protocol || SLASHED_PROTOCOL[protocol]) && host !== false) {
    host = '//' + (host || '');
    if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
  } else if (!host) {
    host = '';
  }

  if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
  if (search && search.charAt(0) !== '?') search = '?' + search;

  // "?" and "#" inside the path, and the first "#" in the search, would
  // change the URL's structure, so they are escaped.
  pathname = pathname.replace(/[?#]/g, function(ch) {
    return encodeURIComponent(ch);
  });
  search = search.replace('#', '%23');

  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

Url.prototype.resolveObject = function(relative) {
  if (typeof relative === 'string') {
    var parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }

  var result = new Url();
  copyFields(this, result);

  // The fragment always comes from the link, even when it has none.
  result.hash = relative.hash;

  // An empty link is the base itself (minus its fragment).
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // A scheme-relative link ("//host/path") keeps only the base's scheme.
  if (relative.slashes && !relative.protocol) {
    copyFields(relative, result, 'protocol');
    if (SLASHED_PROTOCOL[result.protocol] && result.hostname &&
        !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherProtocol(result, relative);
  }

  return resolveSameProtocol(result, relative);
};

function copyFields(from, to, except) {
  Object.keys(from).forEach(function(key) {
    if (key !== except) to[key] = from[key];
  });
}

function setPath(result) {
  result.path = (result.pathname ? result.pathname : '') +
                (result.search ? result.search : '');
}

// The link names a different scheme than the base.
function resolveOtherProtocol(result, relative) {
  // Unknown schemes are taken as absolute URLs.
  if (!SLASHED_PROTOCOL[relative.protocol]) {
    copyFields(relative, result);
    result.href = result.format();
    return result;
  }

  // A well-known scheme must have a host: "https:/a/b" means host "a".
  result.protocol = relative.protocol;
  if (!relative.host && !HOSTLESS_PROTOCOL[relative.protocol]) {
    var relPath = (relative.pathname || '').split('/');
    while (relPath.length && !(relative.host = relPath.shift())) {}
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (relPath[0] !== '') relPath.unshift('');
    if (relPath.length < 2) relPath.unshift('');
    result.pathname = relPath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) setPath(result);
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

// For schemes without "//" (mailto:, xmpp:, ...) the host travels as the
// first path segment while resolving; put it back, splitting off "user@".
function restoreHostFromPath(result, host) {
  result.hostname = result.host = host;
  var authInHost = result.host && result.host.indexOf('@') > 0 ?
                   result.host.split('@') : false;
  if (authInHost) {
    result.auth = authInHost.shift();
    result.host = result.hostname = authInHost.shift();
  }
}

// The link has the base's scheme or none: merge paths, RFC 3986 style.
function resolveSameProtocol(result, relative) {
  var isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  var isRelAbs = relative.host ||
                 relative.pathname && relative.pathname.charAt(0) === '/';
  var mustEndAbs = isRelAbs || isSourceAbs ||
                   (result.host && relative.pathname);
  var removeAllDots = mustEndAbs;
  var srcPath = result.pathname && result.pathname.split('/') || [];
  var relPath = relative.pathname && relative.pathname.split('/') || [];
  // Non-slashed schemes let "../" climb into the host, which is why the host
  // is moved into the path here.
  var hostInPath = result.protocol && !SLASHED_PROTOCOL[result.protocol];

  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    // Absolute link path: it replaces the base's path (and host, if given).
    result.host = (relative.host || relative.host === '') ?
                  relative.host : result.host;
    result.hostname = (relative.hostname || relative.hostname === '') ?
                      relative.hostname : result.hostname;
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative link path: replace the base's last segment.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query ("?x"): keep the base's path.
    if (hostInPath) restoreHostFromPath(result, srcPath.shift());
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) setPath(result);
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // A path ending in "." or ".." (with a host) or in "/" keeps a trailing
  // slash; anything else must not gain one.
  var last = srcPath[srcPath.length - 1];
  var hasTrailingSlash =
      (result.host || relative.host) && (last === '.' || last === '..') ||
      last === '';

  // Drop "." segments and cancel ".." against the segment before it; `up`
  // counts ".." that climbed past the start.
  var up = 0;
  for (var i = srcPath.length - 1; i >= 0; i--) {
    var segment = srcPath[i];
    if (segment === '.') {
      srcPath.splice(i, 1);
    } else if (segment === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }

  // Relative results may keep leading ".."s; absolute ones clamp at the root.
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' &&
      (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }

  if (hasTrailingSlash && srcPath.join('/').substr(-1) !== '/') {
    srcPath.push('');
  }

  var isAbsolute = srcPath[0] === '' ||
                   (srcPath[0] && srcPath[0].charAt(0) === '/');

  if (hostInPath) {
    restoreHostFromPath(result,
                        isAbsolute ? '' : srcPath.length ? srcPath.shift() : '');
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (!srcPath.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }

  if (result.pathname !== null || result.search !== null) setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

// Split this.host into hostname and port. A bare trailing ":" is dropped.
Url.prototype.parseHost = function() {
  var host = this.host;
  var port = PORT_PATTERN.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.substr(1);
    host = host.substr(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

function urlFormat(obj) {
  // Strings are parsed first, which also tidies up wonky URLs.
  if (typeof obj === 'string') obj = urlParse(obj);
  if (obj instanceof Url) return obj.format();
  // v0.10 formatted null/undefined as an empty object ('' result).
  return Url.prototype.format.call(obj == null ? {} : obj);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}
