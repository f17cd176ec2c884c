'use strict';
// The `_stream_duplex` core module: Node v0.10's stream.Duplex, a stream that
// is both Readable and Writable (a TCP socket, say). It inherits from
// Readable and borrows Writable's methods, so it is instanceof Readable but
// not instanceof Writable, as in v0.10. Options go to both constructors;
// with allowHalfOpen: false the writable side is ended as soon as the
// readable side has ended.

module.exports = Duplex;

var Readable = require('_stream_readable');
var Writable = require('_stream_writable');

// Keeps Duplex.prototype's identity (like the other stream modules), so
// Transform can inherit from it even while this module is still loading.
Duplex.super_ = Readable;
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);

// Copy Writable's methods that Readable does not define (write, _write,
// end), keeping Readable's pipe().
Object.keys(Writable.prototype).forEach(function(method) {
  if (!Duplex.prototype[method]) {
    Duplex.prototype[method] = Writable.prototype[method];
  }
});

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  Readable.call(this, options);
  Writable.call(this, options);

  if (options && options.readable === false) this.readable = false;
  if (options && options.writable === false) this.writable = false;

  this.allowHalfOpen = !(options && options.allowHalfOpen === false);

  // A shared listener that removes itself, rather than once(): once() would give every stream
  // its own wrapper closure and captured frame (~170 bytes in GraalJS), and a server keeps one
  // Duplex per open connection.
  this.on('end', endWritableSideToo);
}

// Without half-open support, the end of input ends output as well; writes
// made later in this same tick still go out first.
function endWritableSideToo() {
  this.removeListener('end', endWritableSideToo);
  if (this.allowHalfOpen || this._writableState.ended) return;
  process.nextTick(this.end.bind(this));
}
