'use strict';
// http.OutgoingMessage: what ServerResponse and ClientRequest share — building the header block
// (including the automatic Date, Connection and Transfer-Encoding fields and the keep-alive
// decision), chunked encoding of the body, and getting bytes to the socket. A message writes to
// its socket only while it is the socket's current message (socket._httpMessage); before that
// (no socket yet, or an earlier pipelined response still going out) its data waits in `output`
// and `outputEncodings`, and _flush() hands it over when the socket is assigned.
// As in v0.10, the header block is held back and sent with the first piece of body, and
// writeHead() + end(data) go out in a single socket write.

var util = require('util');
var Stream = require('stream');
var timers = require('timers');
var common = require('_http_common');

var debug = common.debug;
var CRLF = common.CRLF;
var chunkExpression = common.chunkExpression;

// v0.10 recognises the special fields by substring, ignoring case.
var connectionExpression = /Connection/i;
var transferEncodingExpression = /Transfer-Encoding/i;
var closeExpression = /close/i;
var contentLengthExpression = /Content-Length/i;
var dateExpression = /Date/i;
var expectExpression = /Expect/i;

// Header values may not start new lines (response splitting).
var lineBreakExpression = /[\r\n]/;
var lineBreaksExpression = /[\r\n]+[ \t]*/g;

// The Date header's text, computed at most once a second.
var dateCache;
function utcDate() {
  if (!dateCache) {
    var d = new Date();
    dateCache = d.toUTCString();
    timers.enroll(utcDate, 1000 - d.getMilliseconds());
    timers._unrefActive(utcDate);
  }
  return dateCache;
}
utcDate._onTimeout = function () {
  dateCache = undefined;
};

function OutgoingMessage() {
  Stream.call(this);

  // Data written before the message may use the socket.
  this.output = [];
  this.outputEncodings = [];

  this.writable = true;

  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;

  this._hasBody = true;
  this._trailer = '';

  this.finished = false;
  this._hangupClose = false;

  this.socket = null;
  this.connection = null;
}
util.inherits(OutgoingMessage, Stream);
exports.OutgoingMessage = OutgoingMessage;

OutgoingMessage.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function (socket) {
      socket.setTimeout(msecs);
    });
  } else {
    this.socket.setTimeout(msecs);
  }
};

OutgoingMessage.prototype.destroy = function (error) {
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', function (socket) {
      socket.destroy(error);
    });
  }
};

// Writes body data, the header block going first if it has not gone yet. A string body is
// appended to the header text so both leave in one write.
OutgoingMessage.prototype._send = function (data, encoding) {
  if (!this._headerSent) {
    if (typeof data === 'string' && isTextEncoding(encoding)) {
      data = this._header + data;
    } else if (Buffer.isBuffer(data) && data.length <= HEADER_JOIN_MAX) {
      // A small Buffer body joins the header block too: one segment, one write.
      data = Buffer.concat([new Buffer(this._header, 'ascii'), data]);
    } else {
      this.output.unshift(this._header);
      this.outputEncodings.unshift('ascii');
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding);
};

// Up to this size a Buffer body is copied behind the header block rather than written apart.
var HEADER_JOIN_MAX = 64 * 1024;
var CRLF_BUFFER = new Buffer('\r\n', 'ascii');

// Encodings in which the (ASCII) header text can be joined to the body text before encoding.
var textEncodings = { utf8: true, 'utf-8': true, ascii: true, binary: true, latin1: true, raw: true };
// (Anything but a string — absent, or a function that v0.10 passes on to socket.write() as its
// callback — leaves the text as it is.)
function isTextEncoding(encoding) {
  return typeof encoding !== 'string' || textEncodings[encoding.toLowerCase()] === true;
}

// To the socket if this message owns it now, else into `output`.
OutgoingMessage.prototype._writeRaw = function (data, encoding) {
  if (data.length === 0) return true;

  var conn = this.connection;
  if (conn && conn._httpMessage === this && conn.writable && !conn.destroyed) {
    // What was waiting goes first.
    while (this.output.length) {
      if (!conn.writable) {
        this._buffer(data, encoding);
        return false;
      }
      conn.write(this.output.shift(), this.outputEncodings.shift());
    }
    return conn.write(data, encoding);
  } else if (conn && conn.destroyed) {
    // The socket is gone; its 'close' has not arrived yet. The data is lost.
    return false;
  } else {
    this._buffer(data, encoding);
    return false;
  }
};

OutgoingMessage.prototype._buffer = function (data, encoding) {
  this.output.push(data);
  this.outputEncodings.push(encoding);
  return false;
};

// Builds the header block from the start line and the headers (an object of name: value, where
// a value may be an array of values, or an array of [name, value] pairs), adding Date,
// Connection and Transfer-Encoding as the message needs them.
OutgoingMessage.prototype._storeHeader = function (firstLine, headers) {
  var state = {
    sentConnectionHeader: false,
    sentContentLengthHeader: false,
    sentTransferEncodingHeader: false,
    sentDateHeader: false,
    sentExpect: false,
    messageHeader: firstLine
  };

  if (headers) {
    var keys = Object.keys(headers);
    var isArray = Array.isArray(headers);
    var field, value;
    for (var i = 0, l = keys.length; i < l; i++) {
      var key = keys[i];
      if (isArray) {
        field = headers[key][0];
        value = headers[key][1];
      } else {
        field = key;
        value = headers[key];
      }
      if (Array.isArray(value)) {
        for (var j = 0; j < value.length; j++) storeHeader(this, state, field, value[j]);
      } else {
        storeHeader(this, state, field, value);
      }
    }
  }

  if (this.sendDate === true && state.sentDateHeader === false) {
    state.messageHeader += 'Date: ' + utcDate() + CRLF;
  }

  // A 204 or 304 has no body, so not even the zero chunk: a chunked one closes the connection
  // instead (proxies might take a stray zero chunk for the next response).
  var statusCode = this.statusCode;
  if ((statusCode === 204 || statusCode === 304) && this.chunkedEncoding === true) {
    debug(statusCode + ' response should not use chunked encoding, closing connection.');
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }

  // Keep-alive needs the reader to know where the body ends: a length, chunks, or (for a
  // request) an agent that expects the response to mark it.
  if (state.sentConnectionHeader === false) {
    var shouldSendKeepAlive = this.shouldKeepAlive &&
        (state.sentContentLengthHeader || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive) {
      state.messageHeader += 'Connection: keep-alive\r\n';
    } else {
      this._last = true;
      state.messageHeader += 'Connection: close\r\n';
    }
  }

  if (state.sentContentLengthHeader === false && state.sentTransferEncodingHeader === false) {
    if (this._hasBody) {
      if (this.useChunkedEncodingByDefault) {
        state.messageHeader += 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      } else {
        // The body ends when the connection does.
        this._last = true;
      }
    } else {
      // No body, so no closing zero chunk either.
      this.chunkedEncoding = false;
    }
  }

  this._header = state.messageHeader + CRLF;
  this._headerSent = false;

  // The header block waits for the body, unless the peer has to answer 100 Continue first.
  if (state.sentExpect) this._send('');
};

function storeHeader(self, state, field, value) {
  if (lineBreakExpression.test(value)) value = value.replace(lineBreaksExpression, '');

  state.messageHeader += field + ': ' + value + CRLF;

  if (connectionExpression.test(field)) {
    state.sentConnectionHeader = true;
    if (closeExpression.test(value)) self._last = true;
    else self.shouldKeepAlive = true;
  } else if (transferEncodingExpression.test(field)) {
    state.sentTransferEncodingHeader = true;
    if (chunkExpression.test(value)) self.chunkedEncoding = true;
  } else if (contentLengthExpression.test(field)) {
    state.sentContentLengthHeader = true;
  } else if (dateExpression.test(field)) {
    state.sentDateHeader = true;
  } else if (expectExpression.test(field)) {
    state.sentExpect = true;
  }
}

OutgoingMessage.prototype.setHeader = function (name, value) {
  if (arguments.length < 2) {
    throw new Error('`name` and `value` are required for setHeader().');
  }
  if (this._header) {
    throw new Error('Can\'t set headers after they are sent.');
  }
  var key = name.toLowerCase();
  this._headers = this._headers || {};
  this._headerNames = this._headerNames || {};
  this._headers[key] = value;
  this._headerNames[key] = name;
};

OutgoingMessage.prototype.getHeader = function (name) {
  if (arguments.length < 1) {
    throw new Error('`name` is required for getHeader().');
  }
  if (!this._headers) return;
  return this._headers[name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function (name) {
  if (arguments.length < 1) {
    throw new Error('`name` is required for removeHeader().');
  }
  if (this._header) {
    throw new Error('Can\'t remove headers after they are sent.');
  }
  if (!this._headers) return;
  var key = name.toLowerCase();
  delete this._headers[key];
  delete this._headerNames[key];
};

// The headers set with setHeader(), under the names they were given.
OutgoingMessage.prototype._renderHeaders = function () {
  if (this._header) {
    throw new Error('Can\'t render headers after they are sent to the client.');
  }
  if (!this._headers) return {};
  var headers = {};
  var keys = Object.keys(this._headers);
  for (var i = 0, l = keys.length; i < l; i++) {
    var key = keys[i];
    headers[this._headerNames[key]] = this._headers[key];
  }
  return headers;
};

Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
  configurable: true,
  enumerable: true,
  get: function () {
    return !!this._header;
  }
});

OutgoingMessage.prototype.write = function (chunk, encoding) {
  if (!this._header) this._implicitHeader();

  if (!this._hasBody) {
    debug('This type of response MUST NOT have a body. Ignoring write() calls.');
    return true;
  }

  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) {
    throw new TypeError('first argument must be a string or Buffer');
  }

  // Nothing to send: say "keep writing".
  if (chunk.length === 0) return true;

  var ret;
  if (this.chunkedEncoding) {
    if (typeof chunk === 'string' && encoding !== 'hex' && encoding !== 'base64') {
      var size = Buffer.byteLength(chunk, encoding);
      ret = this._send(size.toString(16) + CRLF + chunk + CRLF, encoding);
    } else {
      // A Buffer, or a string whose encoding cannot be mixed with the framing text.
      // One write, not three: framing and data leave in one segment.
      var data = typeof chunk === 'string' ? new Buffer(chunk, encoding) : chunk;
      ret = this._send(Buffer.concat([new Buffer(data.length.toString(16) + CRLF, 'ascii'), data, CRLF_BUFFER]));
    }
  } else {
    ret = this._send(chunk, encoding);
  }

  debug('write ret = ' + ret);
  return ret;
};

OutgoingMessage.prototype.addTrailers = function (headers) {
  this._trailer = '';
  var keys = Object.keys(headers);
  var isArray = Array.isArray(headers);
  var field, value;
  for (var i = 0, l = keys.length; i < l; i++) {
    var key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    this._trailer += field + ': ' + value + CRLF;
  }
};

var crlfBuf = new Buffer('\r\n');
var lastChunkBuf = new Buffer('\r\n0\r\n');

OutgoingMessage.prototype.end = function (data, encoding) {
  if (this.finished) return false;
  if (!this._header) this._implicitHeader();

  if (data && !this._hasBody) {
    debug('This type of response MUST NOT have a body. Ignoring data passed to end().');
    data = false;
  }

  var ret;
  var conn = this.connection;

  // The common case — headers not sent, the whole body given to end(), the socket ours — goes
  // out as one write: header block, body and (chunked) the last chunk.
  var hot = this._headerSent === false &&
            (data && data.length > 0) &&
            this.output.length === 0 &&
            conn && conn.writable &&
            conn._httpMessage === this;

  if (hot) {
    if (typeof data === 'string' && !isTextEncoding(encoding)) {
      // hex / base64 / ucs2 text cannot share an encoding with the header block
      data = new Buffer(data, encoding);
      encoding = undefined;
    }
    if (typeof data === 'string') {
      if (this.chunkedEncoding) {
        var size = Buffer.byteLength(data, encoding).toString(16);
        ret = conn.write(this._header + size + CRLF + data + '\r\n0\r\n' +
                         this._trailer + '\r\n', encoding);
      } else {
        ret = conn.write(this._header + data, encoding);
      }
    } else if (Buffer.isBuffer(data)) {
      ret = conn.write(this.chunkedEncoding ? framedChunkBuffer(this, data) : headedBuffer(this, data));
    } else {
      throw new TypeError('first argument must be a string or Buffer');
    }
    this._headerSent = true;
  } else if (data) {
    ret = this.write(data, encoding);
  }

  if (!hot) {
    // (a bodiless response — HEAD, 204, 304 — sends no last chunk even when the user set
    // Transfer-Encoding: chunked)
    if (this.chunkedEncoding && this._hasBody) {
      ret = this._send('0\r\n' + this._trailer + '\r\n'); // the last chunk
    } else {
      ret = this._send(''); // sends the header block if nothing else did
    }
  }

  this.finished = true;

  // Everything is with the socket: the message is done. (Otherwise _flush() finishes it once
  // the message gets the socket.)
  debug('outgoing message end.');
  if (this.output.length === 0 && this.connection && this.connection._httpMessage === this) {
    this._finish();
  }

  return ret;
};

// Header block (ASCII: header text is Latin-1 only) and body in one Buffer.
function headedBuffer(msg, data) {
  var header = msg._header;
  var buf = new Buffer(header.length + data.length);
  buf.write(header, 0, header.length, 'binary');
  data.copy(buf, header.length);
  return buf;
}

// Header block, the body as one chunk, the last chunk and the trailers in one Buffer.
function framedChunkBuffer(msg, data) {
  var header = msg._header;
  var size = data.length.toString(16);
  var trailer = msg._trailer;
  var buf = new Buffer(header.length + size.length + 2 + data.length + 5 + trailer.length + 2);
  var off = buf.write(header, 0, header.length, 'binary');
  off += buf.write(size, off, size.length, 'binary');
  crlfBuf.copy(buf, off);
  off += 2;
  data.copy(buf, off);
  off += data.length;
  lastChunkBuf.copy(buf, off);
  off += 5;
  if (trailer.length > 0) off += buf.write(trailer, off, trailer.length, 'binary');
  crlfBuf.copy(buf, off);
  return buf;
}

OutgoingMessage.prototype._finish = function () {
  this.emit('finish');
};

// Hands what waited in `output` to the socket, now that the message has it; finishes the
// message if end() was already called, else tells the writer it may go on.
OutgoingMessage.prototype._flush = function () {
  if (!this.socket) return;

  var ret;
  while (this.output.length) {
    if (!this.socket.writable) return;
    ret = this.socket.write(this.output.shift(), this.outputEncodings.shift());
  }

  if (this.finished) {
    this._finish();
  } else if (ret) {
    this.emit('drain');
  }
};
