'use strict';
// The `_stream_readable` core module: Node v0.10's stream.Readable. An
// implementation supplies data through push() (usually from its _read());
// chunks wait in `_readableState.buffer` until a consumer takes them with
// read(), which is announced by 'readable'. pipe() runs a flow loop that
// writes into every destination and stops while any of them wants a 'drain'.
// Adding a 'data' listener, or calling pause()/resume(), converts the stream
// to v0.8-style "old mode" emitting 'data' events. The state object's field
// names and the timing of events (same tick or next tick) are v0.10's, since
// userland code and Node's own tests inspect and rely on them.

module.exports = Readable;
Readable.ReadableState = ReadableState;

var EventEmitter = require('events').EventEmitter;
var chunkEvents = require('internal/chunk_events');
// Set at the bottom of this file; see there.
var Stream;

// Loaded on first use: most byte streams never decode to strings.
var StringDecoder = null;
function newDecoder(encoding) {
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  return new StringDecoder(encoding);
}

var DEFAULT_HIGH_WATER_MARK = 16 * 1024;
// read(n) may raise the high-water mark to fit n, but never beyond 8 MiB.
var MAX_HIGH_WATER_MARK = 0x800000;

function ReadableState(options, stream) {
  options = options || {};

  // Buffer level at which _read() stops being called. 0 is a valid choice
  // ("never read ahead"); the value is truncated to an integer.
  var hwm = options.highWaterMark;
  this.highWaterMark = ~~((hwm || hwm === 0) ? hwm : DEFAULT_HIGH_WATER_MARK);

  // Pushed chunks not yet read, and their total size (bytes, characters
  // once decoding, or the number of items in object mode).
  this.buffer = [];
  this.length = 0;

  // Pipe destinations: null, a single stream, or an array of streams.
  this.pipes = null;
  this.pipesCount = 0;
  // True while pipe() drives the stream.
  this.flowing = false;

  this.ended = false;       // the EOF null has been pushed
  this.endEmitted = false;  // 'end' has been emitted
  this.reading = false;     // a _read() call is waiting for its push()

  // 'end' is only emitted once somebody has called read() at least once.
  this.calledRead = false;

  // True while _read() runs inside read(): a push() made in that window must
  // not emit 'readable' in the same tick. Starts true so nothing is emitted
  // synchronously before the first read.
  this.sync = true;

  // A consumer saw null from read() and is owed a 'readable' event.
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;

  this.objectMode = !!options.objectMode;

  // Encoding of strings pushed without one.
  this.defaultEncoding = options.defaultEncoding || 'utf8';

  // The pipe flow loop ran out of data and waits for 'readable' to restart.
  this.ranOut = false;
  // How many pipe destinations returned false from write() and still owe
  // a 'drain'.
  this.awaitDrain = 0;
  // A next-tick read-ahead (maybeReadMore) is already scheduled.
  this.readingMore = false;

  this.decoder = null;
  this.encoding = null;
  if (options.encoding) {
    this.decoder = newDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  this._readableState = new ReadableState(options, this);
  // Legacy flag that old-style consumers (Stream.prototype.pipe) check.
  this.readable = true;
  Stream.call(this);
}

// For implementors: add a chunk to the read queue; null signals EOF. Strings
// in another encoding than the stream's are converted to Buffers first.
// Returns false once the buffer has reached the high-water mark.
Readable.prototype.push = function(chunk, encoding) {
  var state = this._readableState;
  if (typeof chunk === 'string' && !state.objectMode) {
    encoding = encoding || state.defaultEncoding;
    if (encoding !== state.encoding) {
      chunk = new Buffer(chunk, encoding);
      encoding = '';
    }
  }
  return addChunk(this, state, chunk, encoding, false);
};

// Puts data back at the front of the read queue (for parsers that read too
// far). Allowed after the EOF push, but not once 'end' has been emitted.
Readable.prototype.unshift = function(chunk) {
  return addChunk(this, this._readableState, chunk, '', true);
};

function addChunk(stream, state, chunk, encoding, atFront) {
  var er = invalidChunkError(state, chunk);
  if (er) {
    stream.emit('error', er);
  } else if (chunk === null || chunk === undefined) {
    state.reading = false;
    if (!state.ended) onEndOfData(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (state.ended && !atFront) {
      stream.emit('error', new Error('stream.push() after EOF'));
    } else if (state.endEmitted && atFront) {
      stream.emit('error', new Error('stream.unshift() after end event'));
    } else {
      // Unshifted data was already decoded when it was read out.
      if (state.decoder && !atFront && !encoding) {
        chunk = state.decoder.write(chunk);
      }
      state.length += state.objectMode ? 1 : chunk.length;
      if (atFront) {
        state.buffer.unshift(chunk);
      } else {
        state.reading = false;
        state.buffer.push(chunk);
      }
      if (state.needReadable) emitReadable(stream);
      maybeReadMore(stream, state);
    }
  } else if (!atFront) {
    // An empty push ends the current _read() without adding data and
    // without signalling EOF.
    state.reading = false;
  }
  return wantsMoreData(state);
}

function wantsMoreData(state) {
  return !state.ended &&
         (state.needReadable ||
          state.length < state.highWaterMark ||
          state.length === 0);
}

function invalidChunkError(state, chunk) {
  if (!Buffer.isBuffer(chunk) &&
      typeof chunk !== 'string' &&
      chunk !== null &&
      chunk !== undefined &&
      !state.objectMode) {
    return new TypeError('Invalid non-string/buffer chunk');
  }
  return null;
}

Readable.prototype.setEncoding = function(enc) {
  this._readableState.decoder = newDecoder(enc);
  this._readableState.encoding = enc;
};

// Smallest power of two >= n, capped: read(n) grows the water mark in steps
// so that repeated large reads do not resize it every time.
function growHighWaterMark(n) {
  if (n >= MAX_HIGH_WATER_MARK) return MAX_HIGH_WATER_MARK;
  // Fractional sizes count as their integer part (plus one past it).
  var target = ((n - 1) | 0) + 1;
  var size = 1;
  while (size < target) size *= 2;
  return size;
}

// How much read(n) may return right now; 0 means "nothing yet".
function readableAmount(n, state) {
  if (state.length === 0 && state.ended) return 0;
  if (state.objectMode) return n === 0 ? 0 : 1;

  // No size given: everything, or when flowing one chunk at a time.
  if (n === null || isNaN(n)) {
    if (state.flowing && state.buffer.length) return state.buffer[0].length;
    return state.length;
  }
  if (n <= 0) return 0;

  if (n > state.highWaterMark) state.highWaterMark = growHighWaterMark(n);

  // Not enough buffered: wait for more unless no more is coming.
  if (n > state.length) {
    if (!state.ended) {
      state.needReadable = true;
      return 0;
    }
    return state.length;
  }
  return n;
}

// Takes data from the buffer, calls _read() to refill it below the
// high-water mark, and returns null when the requested amount is not
// available yet (a 'readable' event follows when it is).
Readable.prototype.read = function(n) {
  var state = this._readableState;
  state.calledRead = true;
  var requested = n;
  var ret;

  if (typeof n !== 'number' || n > 0) state.emittedReadable = false;

  // read(0) with a full buffer (or at EOF) only needs to wake the reader.
  if (n === 0 &&
      state.needReadable &&
      (state.length >= state.highWaterMark || state.ended)) {
    emitReadable(this);
    return null;
  }

  n = readableAmount(n, state);

  if (n === 0 && state.ended) {
    ret = null;
    // A decoder may have left an empty string in front of the final decoded
    // tail pushed at EOF; hand everything out then.
    if (state.length > 0 && state.decoder) {
      ret = takeFromBuffer(n, state);
      state.length -= ret.length;
    }
    if (state.length === 0) endReadable(this);
    return ret;
  }

  // Refill when a reader is waiting or the read would leave the buffer at or
  // below the high-water mark; never while a _read() is pending or at EOF.
  var callRead = state.needReadable ||
                 state.length - n <= state.highWaterMark;
  if (state.ended || state.reading) callRead = false;

  if (callRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    this._read(state.highWaterMark);
    state.sync = false;
  }

  // _read() pushed synchronously: more may be returnable now.
  if (callRead && !state.reading) n = readableAmount(requested, state);

  ret = n > 0 ? takeFromBuffer(n, state) : null;

  if (ret === null) {
    state.needReadable = true;
    n = 0;
  }

  state.length -= n;

  if (state.length === 0 && !state.ended) state.needReadable = true;

  // Reading exactly what was left after EOF finishes the stream.
  if (state.ended && !state.endEmitted && state.length === 0) {
    endReadable(this);
  }
  return ret;
};

// Removes up to n units from state.buffer and returns them joined (one item
// in object mode; everything when n is 0/absent or covers the whole buffer).
// Does not change state.length; callers do. Exposed as Readable._fromList.
function takeFromBuffer(n, state) {
  var list = state.buffer;
  var length = state.length;
  var asString = !!state.decoder;

  if (list.length === 0 || length === 0) return null;
  if (state.objectMode) return list.shift();

  if (!n || n >= length) {
    // A single chunk is handed out as it is (v0.10's Buffer.concat does the
    // same; newer ones copy).
    var all = list.length === 1 ? list[0] :
              asString ? list.join('') : Buffer.concat(list, length);
    list.length = 0;
    return all;
  }

  var first = list[0];
  if (n < first.length) {
    // Strings and Buffers both slice.
    list[0] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return list.shift();

  // The read spans several chunks.
  var out = asString ? '' : new Buffer(n);
  var copied = 0;
  while (copied < n && list.length) {
    var chunk = list[0];
    var take = Math.min(n - copied, chunk.length);
    if (asString) out += chunk.slice(0, take);
    else chunk.copy(out, copied, 0, take);
    if (take < chunk.length) list[0] = chunk.slice(take);
    else list.shift();
    copied += take;
  }
  return out;
}
Readable._fromList = takeFromBuffer;

// For implementors to override: fetch about n units and push() them.
Readable.prototype._read = function(n) {
  this.emit('error', new Error('not implemented'));
};

function onEndOfData(stream, state) {
  if (state.decoder && !state.ended) {
    var tail = state.decoder.end();
    if (tail && tail.length) {
      state.buffer.push(tail);
      state.length += state.objectMode ? 1 : tail.length;
    }
  }
  state.ended = true;
  // Buffered data must still be read before 'end'.
  if (state.length > 0) emitReadable(stream);
  else endReadable(stream);
}

// 'readable' is emitted at most once until the next read() consumes data;
// from inside _read() it is deferred to the next tick.
function emitReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (state.emittedReadable) return;
  state.emittedReadable = true;
  if (state.sync) {
    process.nextTick(function() {
      chunkEvents.readable(stream);
    });
  } else {
    chunkEvents.readable(stream);
  }
}

// After a push, keep reading ahead (on the next tick) until the buffer
// reaches the high-water mark, unless a consumer is already pulling.
function maybeReadMore(stream, state) {
  if (state.readingMore) return;
  state.readingMore = true;
  process.nextTick(function() {
    readAhead(stream, state);
  });
}

function readAhead(stream, state) {
  var lastLength = state.length;
  while (!state.reading && !state.flowing && !state.ended &&
         state.length < state.highWaterMark) {
    stream.read(0);
    // Nothing arrived synchronously: the source will push when it can.
    if (lastLength === state.length) break;
    lastLength = state.length;
  }
  state.readingMore = false;
}

// Writes everything this stream produces into dest, respecting dest's
// backpressure; several destinations may be piped at once.
Readable.prototype.pipe = function(dest, pipeOpts) {
  var src = this;
  var state = this._readableState;

  if (state.pipesCount === 0) state.pipes = dest;
  else if (state.pipesCount === 1) state.pipes = [state.pipes, dest];
  else state.pipes.push(dest);
  state.pipesCount += 1;

  // stdout and stderr are never ended by a pipe.
  var endDest = (!pipeOpts || pipeOpts.end !== false) &&
                dest !== process.stdout &&
                dest !== process.stderr;

  var onSourceEnd = endDest ? onend : cleanup;
  if (state.endEmitted) process.nextTick(onSourceEnd);
  else src.once('end', onSourceEnd);

  function onend() {
    dest.end();
  }

  function onunpipe(readable) {
    if (readable === src) cleanup();
  }
  dest.on('unpipe', onunpipe);

  // One shared 'drain' listener per pipe: cheaper than a once() per write.
  var ondrain = drainHandler(src);
  dest.on('drain', ondrain);

  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', cleanup);
    // If the flow waits for a 'drain' this dest will now never send, count
    // it as drained (when unsure, assume it was owed) so the source goes on.
    if (!dest._writableState || dest._writableState.needDrain) ondrain();
  }

  // An error on dest stops the pipe, and still throws if nobody else
  // listens for it.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (EventEmitter.listenerCount(dest, 'error') === 0) dest.emit('error', er);
  }
  // This handler must run before any 'error' listener user code added
  // earlier, so it goes to the front of dest's listener list.
  var errorListeners = dest._events && dest._events.error;
  if (!errorListeners) dest.on('error', onerror);
  else if (Array.isArray(errorListeners)) errorListeners.unshift(onerror);
  else dest._events.error = [onerror, errorListeners];

  // 'close' or 'finish' on dest unpipes it, whichever comes first.
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (!state.flowing) {
    this.on('readable', resumeFlowOnReadable);
    state.flowing = true;
    process.nextTick(function() {
      flow(src);
    });
  }
  return dest;
};

function drainHandler(src) {
  return function() {
    var state = src._readableState;
    state.awaitDrain--;
    if (state.awaitDrain === 0) flow(src);
  };
}

// The pipe loop: read chunks and write them to every destination until the
// buffer is empty or a destination asks to wait for 'drain'.
function flow(src) {
  var state = src._readableState;
  var chunk;
  state.awaitDrain = 0;

  function writeTo(dest) {
    if (dest.write(chunk) === false) state.awaitDrain++;
  }

  while (state.pipesCount && (chunk = src.read()) !== null) {
    if (state.pipesCount === 1) writeTo(state.pipes);
    else state.pipes.forEach(writeTo);

    chunkEvents.data(src, chunk);

    if (state.awaitDrain > 0) return;
  }

  // Every destination went away (possibly during the loop): stop flowing,
  // and hand over to old mode if someone listens for 'data'.
  if (state.pipesCount === 0) {
    state.flowing = false;
    if (EventEmitter.listenerCount(src, 'data') > 0) switchToOldMode(src);
    return;
  }

  // Out of data with nobody waiting for 'drain': the next 'readable'
  // restarts the loop.
  state.ranOut = true;
}

function resumeFlowOnReadable() {
  if (this._readableState.ranOut) {
    this._readableState.ranOut = false;
    flow(this);
  }
}

// Detaches one destination (or all of them, without an argument); each
// detached destination gets an 'unpipe' event.
Readable.prototype.unpipe = function(dest) {
  var state = this._readableState;

  if (state.pipesCount === 0) return this;

  if (state.pipesCount === 1) {
    if (dest && dest !== state.pipes) return this;
    if (!dest) dest = state.pipes;
    state.pipes = null;
    state.pipesCount = 0;
    this.removeListener('readable', resumeFlowOnReadable);
    state.flowing = false;
    if (dest) dest.emit('unpipe', this);
    return this;
  }

  if (!dest) {
    var dests = state.pipes;
    var count = state.pipesCount;
    state.pipes = null;
    state.pipesCount = 0;
    this.removeListener('readable', resumeFlowOnReadable);
    state.flowing = false;
    for (var i = 0; i < count; i++) dests[i].emit('unpipe', this);
    return this;
  }

  var index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  state.pipesCount -= 1;
  if (state.pipesCount === 1) state.pipes = state.pipes[0];
  dest.emit('unpipe', this);
  return this;
};

// 'data' listeners switch the stream to old mode; the first 'readable'
// listener makes sure a 'readable' event follows (kicking off a read, or
// re-announcing data already buffered).
Readable.prototype.on = function(ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);

  if (ev === 'data' && !this._readableState.flowing) switchToOldMode(this);

  if (ev === 'readable' && this.readable) {
    var state = this._readableState;
    if (!state.readableListening) {
      state.readableListening = true;
      state.emittedReadable = false;
      state.needReadable = true;
      if (!state.reading) this.read(0);
      else if (state.length) emitReadable(this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

// Both switch the stream to old mode (flowing 'data' events); pause() starts
// it paused.
Readable.prototype.resume = function() {
  switchToOldMode(this);
  this.read(0);
  this.emit('resume');
};

Readable.prototype.pause = function() {
  switchToOldMode(this, true);
  this.emit('pause');
};

// Old mode: the stream becomes a v0.8-style stream that emits 'data' as soon
// as data is readable, with pause()/resume() as the only flow control, and
// the legacy pipe(). Not possible while pipe() drives the stream.
function switchToOldMode(stream, startPaused) {
  var state = stream._readableState;
  if (state.flowing) throw new Error('Cannot switch to old mode now.');

  var paused = !!startPaused;
  // Data was announced but not yet fully handed out (we were paused).
  var dataPending = false;

  stream.readable = true;
  stream.pipe = Stream.prototype.pipe;
  stream.on = stream.addListener = Stream.prototype.on;

  stream.on('readable', function() {
    dataPending = true;
    var chunk;
    while (!paused && (chunk = stream.read()) !== null) {
      chunkEvents.data(stream, chunk);
    }
    if (chunk === null) {
      dataPending = false;
      stream._readableState.needReadable = true;
    }
  });

  stream.pause = function() {
    paused = true;
    this.emit('pause');
  };

  stream.resume = function() {
    paused = false;
    if (dataPending) {
      process.nextTick(function() {
        stream.emit('readable');
      });
    } else {
      this.read(0);
    }
    this.emit('resume');
  };

  // Start the flow now, in case data is already waiting.
  stream.emit('readable');
}

// Makes this stream a streams2 front for an old-style stream that emits
// 'data'/'end' and has an advisory pause()/resume(): its data is pushed into
// our buffer, and it is paused whenever our buffer is full.
Readable.prototype.wrap = function(stream) {
  var state = this._readableState;
  var paused = false;
  var self = this;

  stream.on('end', function() {
    if (state.decoder && !state.ended) {
      var tail = state.decoder.end();
      if (tail && tail.length) self.push(tail);
    }
    self.push(null);
  });

  stream.on('data', function(chunk) {
    if (state.decoder) chunk = state.decoder.write(chunk);
    // Falsy objects are data in object mode; only null/undefined are not.
    if (state.objectMode) {
      if (chunk === null || chunk === undefined) return;
    } else if (!chunk || !chunk.length) {
      return;
    }
    if (!self.push(chunk)) {
      paused = true;
      stream.pause();
    }
  });

  // Methods we lack (e.g. write/end of a wrapped duplex) call through.
  for (var key in stream) {
    if (typeof stream[key] === 'function' && typeof this[key] === 'undefined') {
      this[key] = forwarder(stream, key);
    }
  }

  ['error', 'close', 'destroy', 'pause', 'resume'].forEach(function(ev) {
    stream.on(ev, self.emit.bind(self, ev));
  });

  // Wanting more data simply unpauses the old stream.
  self._read = function(n) {
    if (paused) {
      paused = false;
      stream.resume();
    }
  };

  return self;
};

function forwarder(target, method) {
  return function() {
    return target[method].apply(target, arguments);
  };
}

// Emits 'end' on the next tick once the buffer is empty, unless data was
// unshifted in the meantime. Nothing ends until read() has been called.
function endReadable(stream) {
  var state = stream._readableState;
  if (state.length > 0) throw new Error('endReadable called on non-empty stream');
  if (state.endEmitted || !state.calledRead) return;
  state.ended = true;
  process.nextTick(function() {
    if (!state.endEmitted && state.length === 0) {
      state.endEmitted = true;
      stream.readable = false;
      stream.emit('end');
    }
  });
}

// Inherit from Stream only now, and without replacing Readable.prototype:
// 'stream' loads Duplex/Transform, which inherit from Readable.prototype. When
// this module is required before 'stream', they must still end up with all
// of the methods above, so the prototype object keeps its identity.
Stream = require('stream');
Readable.super_ = Stream;
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
