'use strict';

// The `path` core module: pure string transformations on POSIX file paths
// (jnode always reports process.platform 'linux', so only the POSIX flavour
// of Node v0.10's module exists here). Nothing consults the file system
// except the deprecated `exists`/`existsSync` aliases, which forward to fs.

var util = require('util');

var SEP = '/';

function isString(value) {
  return typeof value === 'string';
}

// Resolves '.' and '..' segments in a list of non-empty path segments.
// A '..' that would climb above the start is kept only for relative paths;
// for absolute paths the root swallows it, as `cd ..` does at '/'.
function normalizeSegments(segments, allowAboveRoot) {
  var out = [];
  for (var i = 0; i < segments.length; i++) {
    var segment = segments[i];
    if (segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(segment);
  }
  return out;
}

// Splits on '/' and drops the empty pieces produced by repeated,
// leading or trailing slashes.
function nonEmptySegments(p) {
  return p.split(SEP).filter(function(segment) {
    return segment !== '';
  });
}

function normalize(p) {
  var isAbsolute = p.charAt(0) === SEP;
  var hasTrailingSlash = p.substr(-1) === SEP;
  var body = normalizeSegments(nonEmptySegments(p), !isAbsolute).join(SEP);
  if (!body && !isAbsolute) body = '.';
  if (body && hasTrailingSlash) body += SEP;
  return (isAbsolute ? SEP : '') + body;
}

function join() {
  var parts = [];
  for (var i = 0; i < arguments.length; i++) {
    var part = arguments[i];
    if (!isString(part)) {
      throw new TypeError('Arguments to path.join must be strings');
    }
    // Empty arguments must not contribute a separator of their own.
    if (part) parts.push(part);
  }
  return normalize(parts.join(SEP));
}

// Works right to left like a series of `cd` commands run in reverse, and
// stops at the first absolute path; the working directory is the last
// resort. Arguments left of that absolute path are never looked at, so
// they are not type-checked either (Node v0.10 behaves the same).
function resolve() {
  var resolved = '';
  var isAbsolute = false;
  for (var i = arguments.length - 1; i >= -1 && !isAbsolute; i--) {
    var p = i >= 0 ? arguments[i] : process.cwd();
    if (!isString(p)) {
      throw new TypeError('Arguments to path.resolve must be strings');
    }
    if (!p) continue;
    resolved = p + SEP + resolved;
    isAbsolute = p.charAt(0) === SEP;
  }
  var body = normalizeSegments(nonEmptySegments(resolved), !isAbsolute)
      .join(SEP);
  return ((isAbsolute ? SEP : '') + body) || '.';
}

function relative(from, to) {
  var fromSegments = nonEmptySegments(resolve(from));
  var toSegments = nonEmptySegments(resolve(to));
  var shortest = Math.min(fromSegments.length, toSegments.length);
  var common = 0;
  while (common < shortest && fromSegments[common] === toSegments[common]) {
    common++;
  }
  var out = [];
  for (var i = common; i < fromSegments.length; i++) out.push('..');
  return out.concat(toSegments.slice(common)).join(SEP);
}

// Removes trailing slashes, but never the leading one of an all-slash path.
function trimTrailingSlashes(p) {
  var end = p.length;
  while (end > 1 && p.charAt(end - 1) === SEP) end--;
  return p.slice(0, end);
}

// The last path component, ignoring trailing slashes ('' for '/' or '').
function lastComponent(p) {
  var trimmed = trimTrailingSlashes(p);
  if (trimmed === SEP) return '';
  return trimmed.slice(trimmed.lastIndexOf(SEP) + 1);
}

function dirname(p) {
  p = String(p);
  var root = p.charAt(0) === SEP ? SEP : '';
  var rest = p.slice(root.length);
  // Everything before the last component's final separator run belongs to
  // the directory; only the single slash adjacent to the basename is cut,
  // so 'a//b' yields 'a/' exactly as v0.10 does.
  var end = rest.length;
  while (end > 0 && rest.charAt(end - 1) === SEP) end--;
  var lastSlash = end > 0 ? rest.lastIndexOf(SEP, end - 1) : -1;
  var dir = lastSlash > -1 ? rest.slice(0, lastSlash) : '';
  if (!root && !dir) return '.';
  return root + dir;
}

function basename(p, ext) {
  var base = lastComponent(String(p));
  if (ext && base.substr(-1 * ext.length) === ext) {
    base = base.substr(0, base.length - ext.length);
  }
  return base;
}

// The extension starts at the last dot of the last component, unless that
// dot is its first character (dot files have no extension). The component
// '..' is a directory reference, not a file named '.' with extension '.'.
function extname(p) {
  var base = lastComponent(String(p));
  if (base === '..') return '';
  var dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
}

// Only Windows needs the '\\?\' long-path prefix; on POSIX any value,
// string or not, passes through untouched.
function makeLong(p) {
  return p;
}

exports.resolve = resolve;
exports.normalize = normalize;
exports.join = join;
exports.relative = relative;
exports.sep = SEP;
exports.delimiter = ':';
exports.dirname = dirname;
exports.basename = basename;
exports.extname = extname;

// Leftovers from Node v0.6, when these lived here rather than in fs.
exports.exists = util.deprecate(function(p, callback) {
  require('fs').exists(p, callback);
}, 'path.exists is now called `fs.exists`.');

exports.existsSync = util.deprecate(function(p) {
  return require('fs').existsSync(p);
}, 'path.existsSync is now called `fs.existsSync`.');

exports._makeLong = makeLong;
