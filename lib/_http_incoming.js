'use strict';
// http.IncomingMessage: a request as the server receives it, or a response as the client receives
// it — a Readable stream of the body, plus the start line and headers the parser found. The
// parser pushes body chunks straight into its buffer (see _http_common); _read() only has to let
// the socket flow again. Header lines are merged as Node v0.10 merges them: Set-Cookie collects
// an array, a list of fields known to be comma-separated (and every X- field) is joined with
// ', ', and any other repeated field keeps its first value.

var util = require('util');
var Stream = require('stream');

// Reading on and off at the handle, beneath the socket's stream (http reads through ondata).
// `handle.reading` is net's own record of the handle's state, kept in step.
function readStart(socket) {
  var handle = socket && socket._handle;
  if (!handle || handle.reading || !handle.readStart) return;
  handle.reading = true;
  handle.readStart();
}

function readStop(socket) {
  var handle = socket && socket._handle;
  if (!handle || !handle.reading || !handle.readStop) return;
  handle.reading = false;
  handle.readStop();
}
exports.readStart = readStart;
exports.readStop = readStop;

function IncomingMessage(socket) {
  Stream.Readable.call(this);

  this.socket = socket;
  this.connection = socket;

  this.httpVersion = null;
  this.complete = false;
  this.headers = {};
  this.trailers = {};

  this.readable = true;

  this._pendings = [];
  this._pendingIndex = 0;

  // request (server) only
  this.url = '';
  this.method = null;

  // response (client) only
  this.statusCode = null;
  this.client = this.socket;

  // Set once the user reads the body (read(), a 'data' listener, pipe or resume).
  this._consuming = false;

  // Set when nobody can read the body any more: it is discarded as it arrives.
  this._dumped = false;
}
util.inherits(IncomingMessage, Stream.Readable);
exports.IncomingMessage = IncomingMessage;

IncomingMessage.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
};

// The first read marks the message as consumed; later reads go straight to Readable's.
IncomingMessage.prototype.read = function (n) {
  this._consuming = true;
  this.read = Stream.Readable.prototype.read;
  return this.read(n);
};

// The body is pushed by the parser; reading more only means letting the socket flow.
IncomingMessage.prototype._read = function (n) {
  if (this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype.destroy = function (error) {
  if (this.socket) this.socket.destroy(error);
};

// Fields whose repeated values are joined into one comma-separated list.
var joinedFields = {
  'accept': true,
  'accept-charset': true,
  'accept-encoding': true,
  'accept-language': true,
  'connection': true,
  'cookie': true,
  'pragma': true,
  'link': true,
  'www-authenticate': true,
  'proxy-authenticate': true,
  'sec-websocket-extensions': true,
  'sec-websocket-protocol': true
};

// Adds one header line; once the message is complete, lines are trailers.
IncomingMessage.prototype._addHeaderLine = function (field, value) {
  var dest = this.complete ? this.trailers : this.headers;

  field = field.toLowerCase();
  var existing = dest[field];
  if (field === 'set-cookie') {
    if (existing !== undefined) existing.push(value);
    else dest[field] = [value];
  } else if (existing === undefined) {
    dest[field] = value;
  } else if (joinedFields[field] === true ||
             (field.charCodeAt(0) === 120 /* x */ && field.charCodeAt(1) === 45 /* - */)) {
    dest[field] = existing + ', ' + value;
  }
  // else: a repeated field of a single-valued kind; the first value stands
};

// Throws the body away: for a message nobody reads, so the connection can go on to the next one.
IncomingMessage.prototype._dump = function () {
  if (!this._dumped) {
    this._dumped = true;
    if (this.socket.parser) this.socket.parser.incoming = null;
    this.push(null);
    readStart(this.socket);
    this.read();
  }
};
