'use strict';
// The `_stream_transform` core module: Node v0.10's stream.Transform, a Duplex
// whose output is computed from its input (zlib, crypto hashes). Implementors
// provide _transform(chunk, encoding, cb), which push()es any output and calls
// cb([err], [data]), and optionally _flush(cb) for output due at the end.
// Backpressure couples the two sides: the next written chunk is transformed
// only when the readable side asks for data (its _read()), so a consumer that
// stops reading eventually makes write() return false. `_transformState`
// (with `writechunk`, the chunk waiting to be transformed) is v0.10-shaped.

module.exports = Transform;

var Duplex = require('_stream_duplex');

Transform.super_ = Duplex;
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);

function TransformState(options, stream) {
  // Handed to every _transform() call.
  this.afterTransform = function(er, data) {
    return afterTransform(stream, er, data);
  };
  // The readable side asked for data while no written chunk was waiting.
  this.needTransform = false;
  // A _transform() call is in progress.
  this.transforming = false;
  // The written chunk waiting for (or in) _transform(), and the Writable
  // callback that completes its write.
  this.writecb = null;
  this.writechunk = null;
}

function afterTransform(stream, er, data) {
  var ts = stream._transformState;
  ts.transforming = false;

  var cb = ts.writecb;
  if (!cb) {
    return stream.emit('error', new Error('no writecb in Transform class'));
  }
  ts.writechunk = null;
  ts.writecb = null;

  if (data !== null && data !== undefined) stream.push(data);

  cb(er);

  // Carry on with the next written chunk if the reader wants more.
  var rs = stream._readableState;
  rs.reading = false;
  if (rs.needReadable || rs.length < rs.highWaterMark) {
    stream._read(rs.highWaterMark);
  }
}

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  Duplex.call(this, options);

  this._transformState = new TransformState(options, this);

  var stream = this;

  // The first transformed output should be announced with 'readable'.
  this._readableState.needReadable = true;
  // _read() never pushes synchronously on its own, so there is no need to
  // defer the first 'readable'.
  this._readableState.sync = false;

  // Once all input has been transformed, flush and end the output.
  this.once('finish', function() {
    if (typeof this._flush === 'function') {
      this._flush(function(er) {
        finishOutput(stream, er);
      });
    } else {
      finishOutput(stream);
    }
  });
}

Transform.prototype.push = function(chunk, encoding) {
  this._transformState.needTransform = false;
  return Duplex.prototype.push.call(this, chunk, encoding);
};

// For implementors to override.
Transform.prototype._transform = function(chunk, encoding, cb) {
  throw new Error('not implemented');
};

// The writable side: park the chunk, and transform it right away if the
// readable side has room for output.
Transform.prototype._write = function(chunk, encoding, cb) {
  var ts = this._transformState;
  ts.writecb = cb;
  ts.writechunk = chunk;
  ts.writeencoding = encoding;
  if (!ts.transforming) {
    var rs = this._readableState;
    if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) {
      this._read(rs.highWaterMark);
    }
  }
};

// The readable side wants data: transform the parked chunk, or remember to
// do so as soon as one is written.
Transform.prototype._read = function(n) {
  var ts = this._transformState;
  if (ts.writechunk !== null && ts.writecb && !ts.transforming) {
    ts.transforming = true;
    this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform);
  } else {
    ts.needTransform = true;
  }
};

function finishOutput(stream, er) {
  if (er) return stream.emit('error', er);

  // 'finish' means every write has completed, so nothing can be pending.
  var ws = stream._writableState;
  var ts = stream._transformState;
  if (ws.length) {
    throw new Error('calling transform done when ws.length != 0');
  }
  if (ts.transforming) {
    throw new Error('calling transform done when still transforming');
  }
  return stream.push(null);
}
