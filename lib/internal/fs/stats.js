'use strict';
// fs.Stats, and how stat results get from the binding into one: the fs binding stores the fields
// of its latest stat in host memory (binding.statValues) that this module sees as a Float64Array,
// right before a synchronous stat returns or an asynchronous one calls back, so lastStats() must
// run at once, before any other fs call. Times are whole seconds, as Node v0.10 reports them.

var hostMemory = require('internal/host_memory');
var constants = process.binding('constants');
var binding = process.binding('fs');

// dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks, atime, mtime, ctime (ms), then
// the nanoseconds of atime, mtime and ctime.
var statValues = new Float64Array(hostMemory.adopt(binding.statValues));

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atime = new Date(atimeMs);
  this.mtime = new Date(mtimeMs);
  this.ctime = new Date(ctimeMs);
}

Stats.prototype._checkModeProperty = function (property) {
  return (this.mode & constants.S_IFMT) === property;
};

Stats.prototype.isDirectory = function () {
  return this._checkModeProperty(constants.S_IFDIR);
};

Stats.prototype.isFile = function () {
  return this._checkModeProperty(constants.S_IFREG);
};

Stats.prototype.isBlockDevice = function () {
  return this._checkModeProperty(constants.S_IFBLK);
};

Stats.prototype.isCharacterDevice = function () {
  return this._checkModeProperty(constants.S_IFCHR);
};

Stats.prototype.isSymbolicLink = function () {
  return this._checkModeProperty(constants.S_IFLNK);
};

Stats.prototype.isFIFO = function () {
  return this._checkModeProperty(constants.S_IFIFO);
};

Stats.prototype.isSocket = function () {
  return this._checkModeProperty(constants.S_IFSOCK);
};

// A Stats from stat values in the binding's order.
function fromValues(v) {
  return new Stats(v[0], v[2], v[3], v[4], v[5], v[6], v[8], v[1], v[7], v[9], v[10], v[11], v[12]);
}

function lastStats() {
  return fromValues(statValues);
}

// A copy of the raw fields, finer than a Stats (fs.watchFile compares these).
function lastValues() {
  return Array.prototype.slice.call(statValues);
}

module.exports = {
  Stats: Stats,
  lastStats: lastStats,
  lastValues: lastValues,
  fromValues: fromValues
};
