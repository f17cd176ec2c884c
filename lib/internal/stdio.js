'use strict';
// process.stdout and process.stderr. Node writes to TTYs, files and (on Unix) pipes
// synchronously, so these write straight through the 'stdio' binding; ordering with
// console.log and with an uncaught-error report is therefore exact.

var EventEmitter = require('events').EventEmitter;

function SyncWriteStream(fd) {
  EventEmitter.call(this);
  this.fd = fd;
  this.writable = true;
  this.readable = false;
  this._type = process.binding('tty_wrap').guessHandleType(fd);
  this.isTTY = this._type === 'TTY';
  if (this.isTTY) {
    this.columns = 80;
    this.rows = 24;
  }
}
// (util.inherits without loading util: this runs on every start-up)
SyncWriteStream.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: SyncWriteStream, writable: true, configurable: true }
});

SyncWriteStream.prototype.write = function (data, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  var text;
  if (typeof data === 'string') {
    text = data;
  } else if (data && typeof data.toString === 'function' && typeof Buffer !== 'undefined' && Buffer.isBuffer(data)) {
    text = data.toString();
  } else {
    throw new TypeError('Invalid data');
  }
  try {
    process.binding('stdio').writeString(this.fd, text);
  } catch (er) {
    this.emit('error', er);
    return false;
  }
  if (typeof cb === 'function') process.nextTick(cb);
  return true;
};

SyncWriteStream.prototype.end = function (data, encoding, cb) {
  throw new Error((this.fd === 1 ? 'process.stdout' : 'process.stderr') + ' cannot be closed.');
};

SyncWriteStream.prototype.destroy = SyncWriteStream.prototype.destroySoon = function (er) {
  er = er || new Error((this.fd === 1 ? 'process.stdout' : 'process.stderr') + ' cannot be closed.');
  this.emit('error', er);
};

exports.SyncWriteStream = SyncWriteStream;

exports.install = function (process) {
  var streams = {};
  function lazy(name, fd) {
    Object.defineProperty(process, name, {
      enumerable: true,
      configurable: true,
      get: function () {
        return streams[name] || (streams[name] = new SyncWriteStream(fd));
      }
    });
  }
  lazy('stdout', 1);
  lazy('stderr', 2);
};
