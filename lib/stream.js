'use strict';
// The `stream` core module. As in Node v0.10, `require('stream')` is the
// legacy (v0.8-style) Stream constructor itself: an EventEmitter whose only
// method is the classic pipe() driven by 'data'/'end'/'close'/'drain' events
// and advisory pause()/resume(). The streams2 classes hang off it as
// Stream.Readable/.Writable/.Duplex/.Transform/.PassThrough, and
// Stream.Stream points back at the constructor for `require('stream').Stream`.

// Exported first: the streams2 modules require('stream') back to inherit
// from Stream, and must find the constructor, not an empty object.
module.exports = Stream;

var EventEmitter = require('events').EventEmitter;
var util = require('util');

function Stream() {
  EventEmitter.call(this);
}
util.inherits(Stream, EventEmitter);

// Old-style pipe: forward every 'data' chunk to dest.write(), pause the
// source while dest.write() reports a full buffer and resume it on 'drain'.
// When the source ends (or closes) the destination is ended (or destroyed)
// exactly once, unless {end: false} was given or dest is stdout/stderr.
Stream.prototype.pipe = function(dest, options) {
  var source = this;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) {
      source.pause();
    }
  }
  source.on('data', ondata);

  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);

  var endDest = !dest._isStdio && (!options || options.end !== false);
  if (endDest) {
    source.on('end', onend);
    source.on('close', onclose);
  }

  var destFinished = false;
  function onend() {
    if (destFinished) return;
    destFinished = true;
    dest.end();
  }
  function onclose() {
    if (destFinished) return;
    destFinished = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  // An error on either side breaks the pipe. It still throws when the pipe's
  // own handler was the only 'error' listener, as an unhandled error would.
  function onerror(er) {
    cleanup();
    if (EventEmitter.listenerCount(this, 'error') === 0) throw er;
  }
  source.on('error', onerror);
  dest.on('error', onerror);

  // Removes every listener this pipe added, so finished pipes leak nothing.
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);

  dest.emit('pipe', source);

  // Returning dest allows chains like a.pipe(b).pipe(c).
  return dest;
};

// The streams2 classes load on first use, so a program that only writes to stdout never
// evaluates the Readable machinery (start-up runs cold code: every module costs). When one of
// these modules is required first, it reaches this file through its own require('stream') and
// finds Stream complete. Reading a property turns it into a plain one, as v0.10 has them.
function loadOnUse(name, id) {
  function settle(value) {
    Object.defineProperty(Stream, name, { value: value, writable: true, enumerable: true, configurable: true });
    return value;
  }
  Object.defineProperty(Stream, name, {
    enumerable: true,
    configurable: true,
    get: function() { return settle(require(id)); },
    set: settle
  });
}
loadOnUse('Readable', '_stream_readable');
loadOnUse('Writable', '_stream_writable');
loadOnUse('Duplex', '_stream_duplex');
loadOnUse('Transform', '_stream_transform');
loadOnUse('PassThrough', '_stream_passthrough');
// For code written against v0.4's `require('stream').Stream`.
Stream.Stream = Stream;
