'use strict';
// The `_stream_writable` core module: Node v0.10's stream.Writable. write()
// hands one chunk at a time to the implementation's _write(); chunks written
// meanwhile queue up in `_writableState.buffer` (as {chunk, encoding,
// callback} requests). write() returns false once the queued amount reaches
// the high-water mark, and 'drain' follows when the queue has emptied. end()
// leads to 'finish' after the last _write() has completed. Field names and
// event timing follow v0.10, which Node's tests and userland streams rely on.

module.exports = Writable;
Writable.WritableState = WritableState;

// Set at the bottom of this file; see there.
var Stream;

var chunkEvents = require('internal/chunk_events');

var DEFAULT_HIGH_WATER_MARK = 16 * 1024;

// One queued write.
function WriteReq(chunk, encoding, cb) {
  this.chunk = chunk;
  this.encoding = encoding;
  this.callback = cb;
}

function WritableState(options, stream) {
  options = options || {};

  // write() starts returning false at this queued amount; 0 is allowed.
  var hwm = options.highWaterMark;
  this.highWaterMark = ~~((hwm || hwm === 0) ? hwm : DEFAULT_HIGH_WATER_MARK);

  // Chunks are arbitrary values counting 1 each, instead of bytes.
  this.objectMode = !!options.objectMode;

  // write() returned false, so a 'drain' is owed.
  this.needDrain = false;
  this.ending = false;    // end() has started
  this.ended = false;     // end() has run; further writes are errors
  this.finished = false;  // 'finish' has been emitted

  // Strings become Buffers before _write() unless told otherwise.
  this.decodeStrings = options.decodeStrings !== false;
  this.defaultEncoding = options.defaultEncoding || 'utf8';

  // Amount written but not yet acknowledged by _write()'s callback,
  // including the queue.
  this.length = 0;
  // A _write() is in progress.
  this.writing = false;

  // True while _write() runs: a callback arriving in that window is
  // completed on the next tick, so that 'drain' never comes before write()
  // has returned. Starts true so nothing happens synchronously before the
  // first write.
  this.sync = true;

  // clearBuffer() is running; completions must not re-enter it.
  this.bufferProcessing = false;

  // The callback handed to every _write() call. A bound function, not a closure: a closure
  // would keep this constructor's whole frame alive (~150 bytes more per stream in GraalJS).
  // Made here, not at the first write, because v0.10's state has it from the start.
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = null;   // user callback of the write in progress
  this.writelen = 0;     // its size
  this.buffer = [];
  this.errorEmitted = false;
}

function Writable(options) {
  // Duplex runs this constructor on its instances, which are not
  // instanceof Writable (they inherit from Readable). Checked only when needed:
  // a plain Writable need not load the Duplex (and Readable) modules.
  if (!(this instanceof Writable) && !(this instanceof require('_stream_duplex'))) {
    return new Writable(options);
  }
  this._writableState = new WritableState(options, this);
  // Legacy flag that old-style sources (Stream.prototype.pipe) check.
  this.writable = true;
  Stream.call(this);
}

// A plain Writable has nothing to read.
Writable.prototype.pipe = function() {
  this.emit('error', new Error('Cannot pipe. Not readable.'));
};

function writeAfterEnd(stream, state, cb) {
  var er = new Error('write after end');
  stream.emit('error', er);
  process.nextTick(function() {
    cb(er);
  });
}

// Outside object mode only Buffers and strings can be written (null and
// undefined pass here and fail in _write()).
function checkChunk(stream, state, chunk, cb) {
  if (!Buffer.isBuffer(chunk) &&
      typeof chunk !== 'string' &&
      chunk !== null &&
      chunk !== undefined &&
      !state.objectMode) {
    var er = new TypeError('Invalid non-string/buffer chunk');
    stream.emit('error', er);
    process.nextTick(function() {
      cb(er);
    });
    return false;
  }
  return true;
}

Writable.prototype.write = function(chunk, encoding, cb) {
  var state = this._writableState;
  var ret = false;

  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (Buffer.isBuffer(chunk)) encoding = 'buffer';
  else if (!encoding) encoding = state.defaultEncoding;
  if (typeof cb !== 'function') cb = noop;

  if (state.ended) writeAfterEnd(this, state, cb);
  else if (checkChunk(this, state, chunk, cb)) {
    ret = writeOrQueue(this, state, chunk, encoding, cb);
  }
  return ret;
};

function noop() {}

function toBufferIfWanted(state, chunk, encoding) {
  if (!state.objectMode &&
      state.decodeStrings !== false &&
      typeof chunk === 'string') {
    return new Buffer(chunk, encoding);
  }
  return chunk;
}

// Starts the write now when idle, otherwise queues it behind the current one.
function writeOrQueue(stream, state, chunk, encoding, cb) {
  chunk = toBufferIfWanted(state, chunk, encoding);
  if (Buffer.isBuffer(chunk)) encoding = 'buffer';
  var len = state.objectMode ? 1 : chunk.length;

  state.length += len;
  var belowMark = state.length < state.highWaterMark;
  // Once owed, a 'drain' stays owed even if later writes are small.
  if (!belowMark) state.needDrain = true;

  if (state.writing) state.buffer.push(new WriteReq(chunk, encoding, cb));
  else startWrite(stream, state, len, chunk, encoding, cb);

  return belowMark;
}

function startWrite(stream, state, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

// Completion of one _write().
function onwrite(stream, er) {
  var state = stream._writableState;
  var sync = state.sync;
  var cb = state.writecb;

  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    if (sync) {
      process.nextTick(function() {
        cb(er);
      });
    } else {
      cb(er);
    }
    stream._writableState.errorEmitted = true;
    stream.emit('error', er);
    return;
  }

  // Decide now whether this was the last write, but finish only after the
  // user callback has run.
  var finished = readyToFinish(state);

  if (!finished && !state.bufferProcessing && state.buffer.length) {
    clearBuffer(stream, state);
  }

  if (sync) {
    process.nextTick(function() {
      afterWrite(stream, state, finished, cb);
    });
  } else {
    afterWrite(stream, state, finished, cb);
  }
}

function afterWrite(stream, state, finished, cb) {
  if (!finished && state.length === 0 && state.needDrain) {
    state.needDrain = false;
    chunkEvents.drain(stream);
  }
  cb();
  if (finished) finishIfDone(stream, state);
}

// Feeds queued writes to _write() for as long as they complete synchronously.
function clearBuffer(stream, state) {
  state.bufferProcessing = true;

  var next = 0;
  while (next < state.buffer.length) {
    var req = state.buffer[next++];
    var len = state.objectMode ? 1 : req.chunk.length;
    startWrite(stream, state, len, req.chunk, req.encoding, req.callback);
    // Still writing: wait for its callback, which continues from here.
    if (state.writing) break;
  }

  state.bufferProcessing = false;
  if (next < state.buffer.length) state.buffer = state.buffer.slice(next);
  else state.buffer.length = 0;
}

// For implementors to override: write one chunk, then call cb(err).
Writable.prototype._write = function(chunk, encoding, cb) {
  cb(new Error('not implemented'));
};

// Optionally writes a last chunk, then finishes once everything written has
// been handled; cb becomes a 'finish' listener.
Writable.prototype.end = function(chunk, encoding, cb) {
  var state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);

  // Later end() calls (without data) are ignored.
  if (!state.ending && !state.finished) endWritable(this, state, cb);
};

function readyToFinish(state) {
  return state.ending &&
         state.length === 0 &&
         !state.finished &&
         !state.writing;
}

function finishIfDone(stream, state) {
  var ready = readyToFinish(state);
  if (ready) {
    state.finished = true;
    stream.emit('finish');
  }
  return ready;
}

function endWritable(stream, state, cb) {
  state.ending = true;
  finishIfDone(stream, state);
  if (cb) {
    if (state.finished) process.nextTick(cb);
    else stream.once('finish', cb);
  }
  state.ended = true;
}

// Inherit from Stream only now, and without replacing Writable.prototype:
// 'stream' loads Duplex, which copies Writable's methods. When this module is
// required before 'stream', they must all be defined by then.
Stream = require('stream');
Writable.super_ = Stream;
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
