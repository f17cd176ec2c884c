'use strict';
// What the http server and client share: the pool of HTTP parsers (process.binding('http_parser'))
// and the callbacks that turn parser events into IncomingMessage objects, plus small helpers for
// switching a socket's reading on and off below the stream layer. v0.10's http reads sockets
// through `socket.ondata(buffer, start, end)`, bypassing the socket's Readable buffer, so flow
// control for a message body is done here: a body chunk that fills the message's buffer stops
// the socket's handle from reading, and the message's _read() starts it again.

var FreeList = require('freelist').FreeList;
var HTTPParser = process.binding('http_parser').HTTPParser;
var incoming = require('_http_incoming');
var IncomingMessage = incoming.IncomingMessage;
var readStart = incoming.readStart;
var readStop = incoming.readStop;

var debug;
if (process.env.NODE_DEBUG && /http/.test(process.env.NODE_DEBUG)) {
  debug = function (x) {
    console.error('HTTP: %s', x);
  };
} else {
  debug = function () {};
}

// The default header limit: 1000 header lines, as name/value pairs.
var DEFAULT_MAX_HEADER_PAIRS = 2000;

// Only called when the headers came in several pieces (or are many): the parser hands over the
// lines it has so far, and the rest follow with onHeadersComplete. Also carries the trailers of a
// chunked message.
function parserOnHeaders(headers, url) {
  this._headers = this._headers.concat(headers);
  this._url += url;
}

// The start line and headers are complete: build the message and let the owner (server or client)
// take it. Returning true tells the parser that no body follows (a response to HEAD).
function parserOnHeadersComplete(info) {
  var parser = this;
  var headers = info.headers;
  var url = info.url;

  if (!headers) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (!url) {
    url = parser._url;
    parser._url = '';
  }

  var incoming = parser.incoming = new IncomingMessage(parser.socket);
  incoming.httpVersionMajor = info.versionMajor;
  incoming.httpVersionMinor = info.versionMinor;
  incoming.httpVersion = info.versionMajor + '.' + info.versionMinor;
  incoming.url = url;

  var n = headers.length;
  // maxHeaderPairs counts names and values: twice the header limit.
  if (parser.maxHeaderPairs > 0 && parser.maxHeaderPairs < n) n = parser.maxHeaderPairs;
  for (var i = 0; i < n; i += 2) {
    incoming._addHeaderLine(headers[i], headers[i + 1]);
  }

  if (info.method) {
    incoming.method = info.method; // server side
  } else {
    incoming.statusCode = info.statusCode; // client side
  }

  incoming.upgrade = info.upgrade;

  // An upgraded connection's "body" belongs to the new protocol: the parser stops after the
  // headers and the owner takes the socket.
  var skipBody = false;
  if (!info.upgrade) skipBody = parser.onIncoming(incoming, info.shouldKeepAlive);
  return skipBody;
}

// A piece of the body: pushed to the message as if its _read() had produced it.
function parserOnBody(b, start, len) {
  var stream = this.incoming;
  // The message was dropped (dumped, or its owner went away): ignore its body.
  if (!stream) return;
  if (len > 0 && !stream._dumped) {
    var ret = stream.push(b.slice(start, start + len));
    if (!ret) readStop(stream.socket);
  }
}

function parserOnMessageComplete() {
  var parser = this;
  var stream = parser.incoming;

  if (stream) {
    stream.complete = true;
    // The trailers of a chunked message came in through onHeaders.
    var headers = parser._headers;
    if (headers.length) {
      for (var i = 0, n = headers.length; i < n; i += 2) {
        stream._addHeaderLine(headers[i], headers[i + 1]);
      }
      parser._headers = [];
      parser._url = '';
    }
    // An upgraded message ends when its owner has taken the socket.
    if (!stream.upgrade) stream.push(null);
  }

  // The body may have stopped the socket; the next message must be read in any case.
  if (parser.socket && parser.socket.readable) readStart(parser.socket);
}

var parsers = new FreeList('parsers', 1000, function () {
  var parser = new HTTPParser(HTTPParser.REQUEST);
  parser._headers = [];
  parser._url = '';
  parser.onHeaders = parserOnHeaders;
  parser.onHeadersComplete = parserOnHeadersComplete;
  parser.onBody = parserOnBody;
  parser.onMessageComplete = parserOnMessageComplete;
  return parser;
});

// A parser from the pool, ready for a new connection of the given kind (REQUEST or RESPONSE).
function allocParser(type, socket, maxHeadersCount) {
  var parser = parsers.alloc();
  parser.reinitialize(type);
  parser.socket = socket;
  parser.incoming = null;
  // A pooled parser may carry another owner's limit.
  parser.maxHeaderPairs = typeof maxHeadersCount === 'number' ?
      maxHeadersCount << 1 : DEFAULT_MAX_HEADER_PAIRS;
  return parser;
}

// Unhooks a parser from its socket and message and returns it to the pool.
function freeParser(parser, req) {
  if (parser) {
    parser._headers = [];
    parser._url = '';
    parser.onIncoming = null;
    if (parser.socket) {
      // Reflect.set: a socket-like object may have made these read-only, which v0.10's sloppy
      // code silently tolerates and a strict assignment would not.
      var socket = parser.socket;
      Reflect.set(socket, 'onend', null);
      Reflect.set(socket, 'ondata', null);
      Reflect.set(socket, 'parser', null);
    }
    parser.socket = null;
    parser.incoming = null;
    parsers.free(parser);
  }
  if (req) req.parser = null;
}

// A socket's 'drain' is its current outgoing message's.
function ondrain() {
  if (this._httpMessage) this._httpMessage.emit('drain');
}

function httpSocketSetup(socket) {
  socket.removeListener('drain', ondrain);
  socket.on('drain', ondrain);
}

exports.debug = debug;
exports.parsers = parsers;
exports.allocParser = allocParser;
exports.freeParser = freeParser;
exports.readStart = readStart;
exports.readStop = readStop;
exports.httpSocketSetup = httpSocketSetup;
exports.HTTPParser = HTTPParser;
exports.CRLF = '\r\n';
exports.chunkExpression = /chunk/i;
exports.continueExpression = /100-continue/i;
