'use strict';
// fs.realpath and fs.realpathSync as Node v0.10 defines them: the path is made absolute against
// process.cwd(), then walked one component at a time; each component that is a symbolic link is
// replaced by its target and the walk starts over on the result. The optional cache object maps
// paths to their known real paths: a hit is trusted without touching the file system (even when
// it lies), and every resolution learnt is written back into it.
//
// Cycles end in ELOOP: the first time a link is met it is stat'ed (the kernel follows the whole
// chain and fails on a loop) before being read. Links already read are remembered by device and
// inode, so a long path through the same link does not read it again.

var pathModule = require('path');
var fs = require('fs');
var maybeCallback = require('internal/fs/utils').maybeCallback;

var hasOwn = Object.prototype.hasOwnProperty;
// The root(s) at the start of an absolute path, and one component with its trailing slashes.
var rootPattern = /^\/*/;
var componentPattern = /(.*?)(?:\/+|$)/g;

// The state of one walk: `path` is being resolved, `pos` is how far; `current` is the resolved
// prefix with its trailing slash, `base` the same without it, `previous` the prefix before base.
function Walk(path) {
  this.path = path;
  this.restart();
}

Walk.prototype.restart = function () {
  var root = rootPattern.exec(this.path)[0];
  this.pos = root.length;
  this.current = root;
  this.base = root;
  this.previous = '';
};

Walk.prototype.done = function () {
  return this.pos >= this.path.length;
};

// Moves to the next component; `base` is then the path to examine.
Walk.prototype.advance = function () {
  componentPattern.lastIndex = this.pos;
  var m = componentPattern.exec(this.path);
  this.previous = this.current;
  this.current += m[0];
  this.base = this.previous + m[1];
  this.pos = componentPattern.lastIndex;
};

// The base component resolved to `target`: continue on target + the rest of the path.
Walk.prototype.follow = function (target) {
  this.path = pathModule.resolve(target, this.path.slice(this.pos));
  this.restart();
};

function linkId(stat) {
  return stat.dev.toString(32) + ':' + stat.ino.toString(32);
}

function realpathSync(p, cache) {
  p = pathModule.resolve(p);
  if (cache && hasOwn.call(cache, p)) return cache[p];
  var original = p;
  var seenLinks = {};
  var knownHard = {};
  var walk = new Walk(p);

  while (!walk.done()) {
    walk.advance();
    var base = walk.base;
    if (knownHard[base] || (cache && cache[base] === base)) continue;

    var resolved;
    if (cache && hasOwn.call(cache, base)) {
      resolved = cache[base];
    } else {
      var stat = fs.lstatSync(base);
      if (!stat.isSymbolicLink()) {
        knownHard[base] = true;
        if (cache) cache[base] = base;
        continue;
      }
      var id = linkId(stat);
      var target = hasOwn.call(seenLinks, id) ? seenLinks[id] : null;
      if (target === null) {
        fs.statSync(base);
        target = fs.readlinkSync(base);
      }
      resolved = pathModule.resolve(walk.previous, target);
      if (cache) cache[base] = resolved;
      seenLinks[id] = target;
    }
    walk.follow(resolved);
  }

  if (cache) cache[original] = walk.path;
  return walk.path;
}

function realpath(p, cache, cb) {
  if (typeof cb !== 'function') {
    cb = maybeCallback(cache);
    cache = null;
  }
  p = pathModule.resolve(p);
  if (cache && hasOwn.call(cache, p)) {
    var hit = cache[p];
    return process.nextTick(function () {
      cb(null, hit);
    });
  }
  var original = p;
  var seenLinks = {};
  var knownHard = {};
  var walk = new Walk(p);

  next();

  function next() {
    if (walk.done()) {
      if (cache) cache[original] = walk.path;
      return cb(null, walk.path);
    }
    walk.advance();
    var base = walk.base;
    if (knownHard[base] || (cache && cache[base] === base)) {
      return process.nextTick(next);
    }
    if (cache && hasOwn.call(cache, base)) return gotResolved(cache[base]);
    fs.lstat(base, function (err, stat) {
      if (err) return cb(err);
      if (!stat.isSymbolicLink()) {
        knownHard[base] = true;
        if (cache) cache[base] = base;
        return process.nextTick(next);
      }
      var id = linkId(stat);
      if (hasOwn.call(seenLinks, id)) return gotTarget(seenLinks[id], base);
      fs.stat(base, function (err) {
        if (err) return cb(err);
        fs.readlink(base, function (err, target) {
          if (err) return cb(err);
          seenLinks[id] = target;
          gotTarget(target, base);
        });
      });
    });
  }

  function gotTarget(target, base) {
    var resolved = pathModule.resolve(walk.previous, target);
    if (cache) cache[base] = resolved;
    gotResolved(resolved);
  }

  function gotResolved(resolved) {
    walk.follow(resolved);
    next();
  }
}

module.exports = {
  realpath: realpath,
  realpathSync: realpathSync
};
