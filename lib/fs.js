'use strict';
// The file system module, as Node v0.10 defines it: thin wrappers over POSIX calls on real file
// descriptors (process.binding('fs'), jnode.binding.FsBinding), each in an asynchronous form that
// runs on the worker pool and calls back with the error first, and a *Sync form that returns or
// throws. Errors are Node's ("ENOENT, open 'missing.txt'" with errno, code and path).
// Whole-file helpers (readFile, writeFile, appendFile) and realpath live here too; the streams
// (ReadStream, WriteStream) and the watchers (watch, watchFile) are in lib/internal/fs/.
//
// Sync helpers go through the exported functions (fs.openSync, fs.readSync, fs.closeSync...)
// rather than the binding, so programs (and Node's tests) that patch those see every call.

var Buffer = require('buffer').Buffer;
var hostMemory = require('internal/host_memory');
var constants = process.binding('constants');
// Every binding call takes a callback last: a function runs it on the worker pool, undefined
// runs it synchronously.
var binding = process.binding('fs');

var utils = require('internal/fs/utils');
var stats = require('internal/fs/stats');

var fs = exports;

var O_APPEND = constants.O_APPEND || 0;
var O_CREAT = constants.O_CREAT || 0;
var O_EXCL = constants.O_EXCL || 0;
var O_RDONLY = constants.O_RDONLY || 0;
var O_RDWR = constants.O_RDWR || 0;
var O_SYNC = constants.O_SYNC || 0;
var O_TRUNC = constants.O_TRUNC || 0;
var O_WRONLY = constants.O_WRONLY || 0;

// Node v0.10's largest Buffer.
var kMaxLength = 0x3fffffff;
// How much readFileSync reads at a time from a file whose size stat does not know.
var kUnsizedChunk = 8192;

var maybeCallback = utils.maybeCallback;
var inDomain = utils.inDomain;
var nullCheck = utils.nullCheck;
var checkPath = utils.checkPath;
var isInt32 = utils.isInt32;
var isUint32 = utils.isUint32;
var checkFd = utils.checkFd;
var checkInt = utils.checkInt;
var assertEncoding = utils.assertEncoding;
var modeNum = utils.modeNum;
var positionOf = utils.positionOf;
var memoryOf = utils.memoryOf;

function stringToFlags(flag) {
  if (typeof flag !== 'string') return flag;
  switch (flag) {
    case 'r': return O_RDONLY;
    case 'rs': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
  }
  throw new Error('Unknown file open flag: ' + flag);
}
fs._stringToFlags = stringToFlags;

function toUnixTimestamp(time) {
  if (typeof time === 'number') return time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new Error('Cannot parse time: ' + time);
}
fs._toUnixTimestamp = toUnixTimestamp;

// ---------------------------------------------------------------------------------------------
// Stats

var lastStats = stats.lastStats;
fs.Stats = stats.Stats;

function statsCallback(callback) {
  return function (err) {
    if (err) return callback(err);
    callback(null, lastStats());
  };
}

// ---------------------------------------------------------------------------------------------
// exists

fs.exists = function (path, callback) {
  if (typeof callback === 'function') callback = inDomain(callback);
  function done(err) {
    if (callback) callback(!err);
  }
  if (!nullCheck(path, done)) return;
  checkPath(path);
  binding.stat(path, done);
};

fs.existsSync = function (path) {
  try {
    nullCheck(path);
    checkPath(path);
    binding.statSync(0, path, 0);
    return true;
  } catch (e) {
    return false;
  }
};

// ---------------------------------------------------------------------------------------------
// Opening and closing

fs.open = function (path, flags, mode, callback) {
  callback = maybeCallback(arguments[arguments.length - 1]);
  mode = modeNum(mode, 438 /* 0666 */);
  if (!nullCheck(path, callback)) return;
  var f = checkOpenArgs(path, flags, mode);
  binding.open(path, f, mode, callback);
};

fs.openSync = function (path, flags, mode) {
  mode = modeNum(mode, 438 /* 0666 */);
  nullCheck(path);
  return binding.openSync(path, checkOpenArgs(path, flags, mode), mode);
};

function checkOpenArgs(path, flags, mode) {
  var f = stringToFlags(flags);
  checkPath(path);
  if (!isInt32(f)) throw new TypeError('flags must be an int');
  if (!isInt32(mode)) throw new TypeError('mode must be an int');
  return f;
}

fs.close = function (fd, callback) {
  checkFd(fd);
  binding.close(fd, maybeCallback(callback));
};

fs.closeSync = function (fd) {
  checkFd(fd);
  binding.closeSync(fd);
};

// ---------------------------------------------------------------------------------------------
// read and write

function checkReadRange(buffer, offset, length) {
  if (!Buffer.isBuffer(buffer)) throw new Error('Second argument needs to be a buffer');
  if (offset >= buffer.length) throw new Error('Offset is out of bounds');
  if (length < 0 || offset + length > buffer.length) throw new RangeError('Length extends beyond buffer');
}

fs.read = function (fd, buffer, offset, length, position, callback) {
  if (!Buffer.isBuffer(buffer)) {
    // The legacy string form: (fd, length, position, encoding, callback).
    var cb = arguments[4];
    var encoding = arguments[3];
    assertEncoding(encoding);
    position = arguments[2];
    length = arguments[1];
    buffer = new Buffer(length);
    offset = 0;
    callback = function (err, bytesRead) {
      if (!cb) return;
      var str = bytesRead > 0 ? buffer.toString(encoding, 0, bytesRead) : '';
      cb(err, str, bytesRead);
    };
  }
  checkFd(fd);
  offset |= 0;
  length |= 0;
  checkReadRange(buffer, offset, length);
  if (typeof callback === 'function') callback = inDomain(callback);
  binding.read(fd, memoryOf(buffer), buffer.byteOffset + offset, length, positionOf(position),
    function (err, bytesRead) {
      if (callback) callback(err, bytesRead || 0, buffer);
    });
};

fs.readSync = function (fd, buffer, offset, length, position) {
  var legacy = false;
  var encoding;
  if (!Buffer.isBuffer(buffer)) {
    // The legacy string form: (fd, length, position, encoding) returns [string, bytesRead].
    legacy = true;
    encoding = arguments[3];
    assertEncoding(encoding);
    position = arguments[2];
    length = arguments[1];
    buffer = new Buffer(length);
    offset = 0;
  }
  checkFd(fd);
  offset |= 0;
  length |= 0;
  checkReadRange(buffer, offset, length);
  var bytesRead = binding.readSync(fd, memoryOf(buffer), buffer.byteOffset + offset, length, positionOf(position));
  if (!legacy) return bytesRead;
  return [bytesRead > 0 ? buffer.toString(encoding, 0, bytesRead) : '', bytesRead];
}

function checkWriteRange(buffer, offset, length) {
  if (!Buffer.isBuffer(buffer)) throw new Error('Second argument needs to be a buffer');
  if (offset > buffer.length) throw new Error('Offset is out of bounds');
  if (length < 0 || offset + length > buffer.length) throw new RangeError('off + len > buffer.length');
}

fs.write = function (fd, buffer, offset, length, position, callback) {
  if (!Buffer.isBuffer(buffer)) {
    // The legacy string form: (fd, data, position, encoding, callback).
    callback = arguments[4];
    position = arguments[2];
    assertEncoding(arguments[3]);
    buffer = new Buffer('' + arguments[1], arguments[3]);
    offset = 0;
    length = buffer.length;
  }
  checkFd(fd);
  if (!length) {
    if (typeof callback === 'function') {
      process.nextTick(function () {
        callback(undefined, 0);
      });
    }
    return;
  }
  offset |= 0;
  length |= 0;
  checkWriteRange(buffer, offset, length);
  callback = maybeCallback(callback);
  buffer = hostMemory.hostBacked(buffer);
  binding.write(fd, hostMemory.memoryOf(buffer), buffer.byteOffset + offset, length, positionOf(position),
    function (err, written) {
      // The closure keeps the buffer alive until the write is done.
      callback(err, written || 0, buffer);
    });
};

fs.writeSync = function (fd, buffer, offset, length, position) {
  if (!Buffer.isBuffer(buffer)) {
    // The legacy string form: (fd, data, position, encoding).
    position = arguments[2];
    assertEncoding(arguments[3]);
    buffer = new Buffer('' + arguments[1], arguments[3]);
    offset = 0;
    length = buffer.length;
  }
  checkFd(fd);
  if (!length) return 0;
  offset |= 0;
  length |= 0;
  checkWriteRange(buffer, offset, length);
  buffer = hostMemory.hostBacked(buffer);
  return binding.writeSync(fd, hostMemory.memoryOf(buffer), buffer.byteOffset + offset, length, positionOf(position));
};

// ---------------------------------------------------------------------------------------------
// Calls on file descriptors

function truncateLength(len) {
  if (len === undefined || len === null) return 0;
  if (typeof len !== 'number' || len !== len) throw new TypeError('Not an integer');
  return Math.max(0, Math.floor(len));
}

fs.ftruncate = function (fd, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  checkFd(fd);
  binding.ftruncate(fd, truncateLength(len), maybeCallback(callback));
};

fs.ftruncateSync = function (fd, len) {
  checkFd(fd);
  binding.ftruncate(fd, truncateLength(len), undefined);
};

fs.truncate = function (path, len, callback) {
  if (typeof path === 'number') return fs.ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  binding.truncate(path, truncateLength(len), callback);
};

fs.truncateSync = function (path, len) {
  if (typeof path === 'number') return fs.ftruncateSync(path, len);
  nullCheck(path);
  checkPath(path);
  binding.truncate(path, truncateLength(len), undefined);
};

fs.fsync = function (fd, callback) {
  checkFd(fd);
  binding.fsync(fd, maybeCallback(callback));
};

fs.fsyncSync = function (fd) {
  checkFd(fd);
  binding.fsync(fd, undefined);
};

fs.fdatasync = function (fd, callback) {
  checkFd(fd);
  binding.fdatasync(fd, maybeCallback(callback));
};

fs.fdatasyncSync = function (fd) {
  checkFd(fd);
  binding.fdatasync(fd, undefined);
};

fs.fstat = function (fd, callback) {
  checkFd(fd);
  binding.fstat(fd, statsCallback(maybeCallback(callback)));
};

fs.fstatSync = function (fd) {
  checkFd(fd);
  binding.statSync(2, null, fd);
  return lastStats();
};

fs.fchmod = function (fd, mode, callback) {
  mode = modeNum(mode);
  checkFd(fd);
  checkInt(mode);
  binding.fchmod(fd, mode, maybeCallback(callback));
};

fs.fchmodSync = function (fd, mode) {
  mode = modeNum(mode);
  checkFd(fd);
  checkInt(mode);
  binding.fchmod(fd, mode, undefined);
};

function checkIds(uid, gid) {
  if (!isUint32(uid)) throw new TypeError('uid must be an unsigned int');
  if (!isUint32(gid)) throw new TypeError('gid must be an unsigned int');
}

fs.fchown = function (fd, uid, gid, callback) {
  checkFd(fd);
  checkIds(uid, gid);
  binding.fchown(fd, uid, gid, maybeCallback(callback));
};

fs.fchownSync = function (fd, uid, gid) {
  checkFd(fd);
  checkIds(uid, gid);
  binding.fchown(fd, uid, gid, undefined);
};

fs.futimes = function (fd, atime, mtime, callback) {
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  checkFd(fd);
  binding.futimes(fd, atime, mtime, maybeCallback(callback));
};

fs.futimesSync = function (fd, atime, mtime) {
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  checkFd(fd);
  binding.futimes(fd, atime, mtime, undefined);
};

// ---------------------------------------------------------------------------------------------
// Calls on paths

fs.stat = function (path, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  binding.stat(path, statsCallback(callback));
};

fs.statSync = function (path) {
  nullCheck(path);
  checkPath(path);
  binding.statSync(0, path, 0);
  return lastStats();
};

fs.lstat = function (path, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  binding.lstat(path, statsCallback(callback));
};

fs.lstatSync = function (path) {
  nullCheck(path);
  checkPath(path);
  binding.statSync(1, path, 0);
  return lastStats();
};

fs.rename = function (oldPath, newPath, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(oldPath, callback)) return;
  if (!nullCheck(newPath, callback)) return;
  checkPath(oldPath, 'old path');
  checkPath(newPath, 'new path');
  binding.rename(oldPath, newPath, callback);
};

fs.renameSync = function (oldPath, newPath) {
  nullCheck(oldPath);
  nullCheck(newPath);
  checkPath(oldPath, 'old path');
  checkPath(newPath, 'new path');
  binding.rename(oldPath, newPath, undefined);
};

fs.link = function (srcpath, dstpath, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(srcpath, callback)) return;
  if (!nullCheck(dstpath, callback)) return;
  checkPath(srcpath, 'dest path');
  checkPath(dstpath, 'src path');
  binding.link(srcpath, dstpath, callback);
};

fs.linkSync = function (srcpath, dstpath) {
  nullCheck(srcpath);
  nullCheck(dstpath);
  checkPath(srcpath, 'dest path');
  checkPath(dstpath, 'src path');
  binding.link(srcpath, dstpath, undefined);
};

// The type ('dir', 'file', 'junction') only matters on Windows.
fs.symlink = function (srcpath, dstpath, type, callback) {
  callback = maybeCallback(arguments[arguments.length - 1]);
  if (!nullCheck(srcpath, callback)) return;
  if (!nullCheck(dstpath, callback)) return;
  checkPath(srcpath, 'dest path');
  checkPath(dstpath, 'src path');
  binding.symlink(srcpath, dstpath, callback);
};

fs.symlinkSync = function (srcpath, dstpath, type) {
  nullCheck(srcpath);
  nullCheck(dstpath);
  checkPath(srcpath, 'dest path');
  checkPath(dstpath, 'src path');
  binding.symlink(srcpath, dstpath, undefined);
};

fs.readlink = function (path, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  binding.readlink(path, callback);
};

fs.readlinkSync = function (path) {
  nullCheck(path);
  checkPath(path);
  return binding.readlink(path, undefined);
};

fs.unlink = function (path, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  binding.unlink(path, callback);
};

fs.unlinkSync = function (path) {
  nullCheck(path);
  checkPath(path);
  binding.unlink(path, undefined);
};

fs.rmdir = function (path, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  binding.rmdir(path, callback);
};

fs.rmdirSync = function (path) {
  nullCheck(path);
  checkPath(path);
  binding.rmdir(path, undefined);
};

fs.mkdir = function (path, mode, callback) {
  if (typeof mode === 'function') callback = mode;
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  mode = modeNum(mode, 511 /* 0777 */);
  checkPath(path);
  checkInt(mode);
  binding.mkdir(path, mode, callback);
};

fs.mkdirSync = function (path, mode) {
  nullCheck(path);
  mode = modeNum(mode, 511 /* 0777 */);
  checkPath(path);
  checkInt(mode);
  binding.mkdir(path, mode, undefined);
};

fs.readdir = function (path, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  binding.readdir(path, callback);
};

fs.readdirSync = function (path) {
  nullCheck(path);
  checkPath(path);
  return binding.readdir(path, undefined);
};

fs.chmod = function (path, mode, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  mode = modeNum(mode);
  checkPath(path);
  checkInt(mode);
  binding.chmod(path, mode, callback);
};

fs.chmodSync = function (path, mode) {
  nullCheck(path);
  mode = modeNum(mode);
  checkPath(path);
  checkInt(mode);
  binding.chmod(path, mode, undefined);
};

// fs.lchmod exists only where the platform has lchmod(2) (OS X); like Node v0.10 on Linux,
// jnode does not define it.

fs.chown = function (path, uid, gid, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  checkIds(uid, gid);
  binding.chown(path, uid, gid, callback);
};

fs.chownSync = function (path, uid, gid) {
  nullCheck(path);
  checkPath(path);
  checkIds(uid, gid);
  binding.chown(path, uid, gid, undefined);
};

fs.lchown = function (path, uid, gid, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  checkIds(uid, gid);
  binding.lchown(path, uid, gid, callback);
};

fs.lchownSync = function (path, uid, gid) {
  nullCheck(path);
  checkPath(path);
  checkIds(uid, gid);
  binding.lchown(path, uid, gid, undefined);
};

fs.utimes = function (path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
};

fs.utimesSync = function (path, atime, mtime) {
  nullCheck(path);
  checkPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), undefined);
};

// ---------------------------------------------------------------------------------------------
// Whole files

function readOptions(options, defaultFlag) {
  if (!options || typeof options === 'function') return { encoding: null, flag: defaultFlag };
  if (typeof options === 'string') return { encoding: options, flag: defaultFlag };
  if (typeof options !== 'object') throw new TypeError('Bad arguments');
  return options;
}

function writeOptions(options, defaultFlag) {
  if (!options || typeof options === 'function') {
    return { encoding: 'utf8', mode: 438 /* 0666 */, flag: defaultFlag };
  }
  if (typeof options === 'string') return { encoding: options, mode: 438, flag: defaultFlag };
  if (typeof options !== 'object') throw new TypeError('Bad arguments');
  return options;
}

// Open, fstat, one Buffer of the file's size, pread into it, close: one job on the worker pool.
fs.readFile = function (path, options, callback_) {
  var callback = maybeCallback(arguments[arguments.length - 1]);
  options = readOptions(options, 'r');
  var encoding = options.encoding;
  assertEncoding(encoding);
  var flags = stringToFlags(options.flag || 'r');
  if (!nullCheck(path, callback)) return;
  checkPath(path);
  binding.readFile(path, flags, function (err, memory, length) {
    if (err) return callback(err);
    var buffer = hostMemory.wrap(memory, 0, length);
    callback(null, encoding ? buffer.toString(encoding) : buffer);
  });
};

fs.readFileSync = function (path, options) {
  options = readOptions(options, 'r');
  var encoding = options.encoding;
  assertEncoding(encoding);
  var fd = fs.openSync(path, options.flag || 'r', 438 /* 0666 */);
  var buffer;
  try {
    var size = fs.fstatSync(fd).size;
    if (size > kMaxLength) {
      throw new RangeError('File size is greater than possible Buffer: 0x3FFFFFFF bytes');
    }
    buffer = size > 0 ? readSized(fd, size) : readUnsized(fd);
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
  fs.closeSync(fd);
  return encoding ? buffer.toString(encoding) : buffer;
};

function readSized(fd, size) {
  var buffer = new Buffer(size);
  var pos = 0;
  while (pos < size) {
    var n = fs.readSync(fd, buffer, pos, size - pos, null);
    if (n === 0) break;
    pos += n;
  }
  return pos < size ? buffer.slice(0, pos) : buffer;
}

// The kernel says size 0 for many files that have contents (procfs, pipes): read until EOF.
function readUnsized(fd) {
  var chunks = [];
  var total = 0;
  for (;;) {
    var chunk = new Buffer(kUnsizedChunk);
    var n = fs.readSync(fd, chunk, 0, kUnsizedChunk, null);
    if (n === 0) break;
    chunks.push(n < kUnsizedChunk ? chunk.slice(0, n) : chunk);
    total += n;
  }
  return Buffer.concat(chunks, total);
}

function dataBuffer(data, encoding) {
  return Buffer.isBuffer(data) ? data : new Buffer('' + data, encoding || 'utf8');
}

// Open, write every byte, close: one job on the worker pool.
fs.writeFile = function (path, data, options, callback) {
  callback = maybeCallback(arguments[arguments.length - 1]);
  options = writeOptions(options, 'w');
  writeWhole(path, data, options, options.flag || 'w', callback);
};

fs.appendFile = function (path, data, options, callback_) {
  var callback = maybeCallback(arguments[arguments.length - 1]);
  options = writeOptions(options, 'a');
  writeWhole(path, data, options, options.flag || 'a', callback);
};

function writeWhole(path, data, options, flag, callback) {
  assertEncoding(options.encoding);
  var mode = modeNum(options.mode, 438 /* 0666 */);
  if (!nullCheck(path, callback)) return;
  var flags = checkOpenArgs(path, flag, mode);
  var buffer = hostMemory.hostBacked(dataBuffer(data, options.encoding));
  binding.writeFile(path, flags, mode, hostMemory.memoryOf(buffer), buffer.byteOffset, buffer.length,
    function (err) {
      callback(err || null);
    });
}

fs.writeFileSync = function (path, data, options) {
  options = writeOptions(options, 'w');
  writeWholeSync(path, data, options, options.flag || 'w');
};

fs.appendFileSync = function (path, data, options) {
  options = writeOptions(options, 'a');
  writeWholeSync(path, data, options, options.flag || 'a');
};

function writeWholeSync(path, data, options, flag) {
  assertEncoding(options.encoding);
  var fd = fs.openSync(path, flag, options.mode);
  var buffer = dataBuffer(data, options.encoding);
  var appending = typeof flag === 'string' ? flag.indexOf('a') !== -1 : (flag & O_APPEND) !== 0;
  var written = 0;
  try {
    while (written < buffer.length) {
      written += fs.writeSync(fd, buffer, written, buffer.length - written, appending ? null : written);
    }
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
  fs.closeSync(fd);
}

// ---------------------------------------------------------------------------------------------
// realpath, streams and watchers (their own modules; loaded on first use)

var realpath = require('internal/fs/realpath');
fs.realpath = realpath.realpath;
fs.realpathSync = realpath.realpathSync;

var streams = require('internal/fs/streams');
fs.createReadStream = function (path, options) {
  return new streams.ReadStream(path, options);
};
fs.ReadStream = streams.ReadStream;
fs.FileReadStream = streams.ReadStream;
fs.createWriteStream = function (path, options) {
  return new streams.WriteStream(path, options);
};
fs.WriteStream = streams.WriteStream;
fs.FileWriteStream = streams.WriteStream;
fs.SyncWriteStream = streams.SyncWriteStream;

var watchers = require('internal/fs/watchers');
fs.watch = watchers.watch;
fs.watchFile = watchers.watchFile;
fs.unwatchFile = watchers.unwatchFile;
fs.FSWatcher = watchers.FSWatcher;
