'use strict';
// INTERIM fs (issue #2): only the synchronous calls the runtime core and Node's test harness
// need, over the loader's fs binding. Issue #4 replaces this module with the whole v0.10 fs on
// real file descriptors.

var binding = process.binding('fs');
var pathModule = require('path');

function Stats(fields) {
  this.dev = fields[0];
  this.ino = fields[1];
  this.mode = fields[2];
  this.nlink = fields[3];
  this.uid = fields[4];
  this.gid = fields[5];
  this.rdev = fields[6];
  this.size = fields[7];
  this.blksize = fields[8];
  this.blocks = fields[9];
  this.atime = new Date(fields[10]);
  this.mtime = new Date(fields[11]);
  this.ctime = new Date(fields[12]);
}

function modeIs(type) {
  return function () { return (this.mode & 0xf000) === type; };
}
Stats.prototype.isFile = modeIs(0x8000);
Stats.prototype.isDirectory = modeIs(0x4000);
Stats.prototype.isBlockDevice = modeIs(0x6000);
Stats.prototype.isCharacterDevice = modeIs(0x2000);
Stats.prototype.isSymbolicLink = modeIs(0xa000);
Stats.prototype.isFIFO = modeIs(0x1000);
Stats.prototype.isSocket = modeIs(0xc000);
exports.Stats = Stats;

function absolute(p) {
  if (typeof p !== 'string') throw new TypeError('path must be a string');
  return pathModule.resolve(p);
}

exports.statSync = function (p) {
  return new Stats(binding.stat(absolute(p), true));
};

exports.lstatSync = function (p) {
  return new Stats(binding.stat(absolute(p), false));
};

exports.existsSync = function (p) {
  try {
    binding.stat(absolute(p), true);
    return true;
  } catch (e) {
    return false;
  }
};

exports.realpathSync = function (p) {
  return binding.realpath(absolute(p));
};

exports.readdirSync = function (p) {
  return Array.from(binding.readdir(absolute(p)));
};

exports.readFileSync = function (p, options) {
  var encoding = typeof options === 'string' ? options : options && options.encoding;
  var text = binding.readFileUtf8(absolute(p));
  if (encoding) return text;
  return new Buffer(text, 'utf8');
};
