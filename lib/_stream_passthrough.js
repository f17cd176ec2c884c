'use strict';
// The `_stream_passthrough` core module: Node v0.10's stream.PassThrough, the
// trivial Transform whose output is its input, unchanged. Handy for tests and
// as a building block.

module.exports = PassThrough;

var Transform = require('_stream_transform');

PassThrough.super_ = Transform;
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}

PassThrough.prototype._transform = function(chunk, encoding, cb) {
  cb(null, chunk);
};
