'use strict';
// The http server: http.Server (a net.Server whose connections speak HTTP), http.ServerResponse
// and STATUS_CODES. Each connection gets a parser from the pool, fed straight from the socket's
// reads (socket.ondata); every request becomes an IncomingMessage and a ServerResponse. Responses
// to pipelined requests go out in request order: only the oldest unfinished response owns the
// socket (socket._httpMessage), later ones wait in `outgoing` with their data buffered. An
// upgrade or CONNECT request hands the raw socket, and the bytes after the headers, to the
// 'upgrade' / 'connect' listener. A socket error (a parse error included) is the server's
// 'clientError', which by default destroys the socket.

var util = require('util');
var assert = require('assert');
var net = require('net');
var EventEmitter = require('events').EventEmitter;
var common = require('_http_common');
var OutgoingMessage = require('_http_outgoing').OutgoingMessage;

var debug = common.debug;
var HTTPParser = common.HTTPParser;
var CRLF = common.CRLF;
var chunkExpression = common.chunkExpression;
var continueExpression = common.continueExpression;

var STATUS_CODES = exports.STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',                 // RFC 2518, obsoleted by RFC 4918
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',               // RFC 4918
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Moved Temporarily',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Time-out',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Request Entity Too Large',
  414: 'Request-URI Too Large',
  415: 'Unsupported Media Type',
  416: 'Requested Range Not Satisfiable',
  417: 'Expectation Failed',
  418: 'I\'m a teapot',              // RFC 2324
  422: 'Unprocessable Entity',       // RFC 4918
  423: 'Locked',                     // RFC 4918
  424: 'Failed Dependency',          // RFC 4918
  425: 'Unordered Collection',       // RFC 4918
  426: 'Upgrade Required',           // RFC 2817
  428: 'Precondition Required',      // RFC 6585
  429: 'Too Many Requests',          // RFC 6585
  431: 'Request Header Fields Too Large', // RFC 6585
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Time-out',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',    // RFC 2295
  507: 'Insufficient Storage',       // RFC 4918
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',               // RFC 2774
  511: 'Network Authentication Required' // RFC 6585
};

// ---------------------------------------------------------------------------------------------
// ServerResponse

function ServerResponse(req) {
  OutgoingMessage.call(this);

  if (req.method === 'HEAD') this._hasBody = false;

  this.sendDate = true;

  // An HTTP/1.0 client gets chunks only if it asked for them (TE: chunked), and no keep-alive.
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
util.inherits(ServerResponse, OutgoingMessage);
exports.ServerResponse = ServerResponse;

ServerResponse.prototype.statusCode = 200;

// The connection closed under the response. A 'close' listener list is copied before it runs,
// so this may run after detachSocket(): then there is no message to tell.
function onServerResponseClose() {
  if (this._httpMessage) this._httpMessage.emit('close');
}

ServerResponse.prototype.assignSocket = function (socket) {
  assert(!socket._httpMessage);
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.connection = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function (socket) {
  assert(socket._httpMessage === this);
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = this.connection = null;
};

ServerResponse.prototype.writeContinue = function () {
  this._writeRaw('HTTP/1.1 100 Continue' + CRLF + CRLF, 'ascii');
  this._sent100 = true;
};

ServerResponse.prototype._implicitHeader = function () {
  this.writeHead(this.statusCode);
};

// writeHead(statusCode, [reasonPhrase], [headers]): headers is an object or an array of
// [name, value] pairs; headers from setHeader() are sent too.
ServerResponse.prototype.writeHead = function (statusCode) {
  var reasonPhrase, headers, headerIndex;

  if (typeof arguments[1] === 'string') {
    reasonPhrase = arguments[1];
    headerIndex = 2;
  } else {
    reasonPhrase = STATUS_CODES[statusCode] || 'unknown';
    headerIndex = 1;
  }
  this.statusCode = statusCode;

  var obj = arguments[headerIndex];

  if (obj && this._headers) {
    // Both setHeader() and writeHead() headers.
    headers = this._renderHeaders();
    if (Array.isArray(obj)) {
      // (as v0.10: pairs whose name was also set with setHeader() get that value added)
      for (var i = 0, len = obj.length; i < len; ++i) {
        var field = obj[i][0];
        if (headers[field] !== undefined) obj.push([field, headers[field]]);
      }
      headers = obj;
    } else {
      var keys = Object.keys(obj);
      for (var k = 0; k < keys.length; k++) {
        if (keys[k]) headers[keys[k]] = obj[keys[k]];
      }
    }
  } else if (this._headers) {
    headers = this._renderHeaders();
  } else {
    headers = obj;
  }

  var statusLine = 'HTTP/1.1 ' + statusCode.toString() + ' ' + reasonPhrase + CRLF;

  // No body for 204, 304 and the informational 1xx (RFC 2616 10.1, 10.2.5, 10.3.5).
  if (statusCode === 204 || statusCode === 304 || (100 <= statusCode && statusCode <= 199)) {
    this._hasBody = false;
  }

  // A client that expected 100 Continue but got a final status may still send the body:
  // the connection cannot be reused.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
};

ServerResponse.prototype.writeHeader = function () {
  this.writeHead.apply(this, arguments);
};

// ---------------------------------------------------------------------------------------------
// Server

function Server(requestListener) {
  if (!(this instanceof Server)) return new Server(requestListener);
  net.Server.call(this, { allowHalfOpen: true });

  if (requestListener) this.addListener('request', requestListener);

  // Whether to keep answering a client that has half-closed its side (squid's half_closed_clients).
  this.httpAllowHalfOpen = false;

  this.addListener('connection', connectionListener);

  this.addListener('clientError', function (err, conn) {
    conn.destroy(err);
  });

  this.timeout = 2 * 60 * 1000;
}
util.inherits(Server, net.Server);
exports.Server = Server;

Server.prototype.setTimeout = function (msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
};

// A new connection: attach a parser and answer its requests until it ends.
function connectionListener(socket) {
  var self = this;
  // Responses often end with a small separate write (the last chunk, "0\r\n\r\n"); with
  // Nagle's algorithm on, the kernel holds it until the client ACKs the previous segment, which a
  // client waiting for the rest of the response delays by up to 40 ms. Node v0.10 left Nagle on
  // here; later Node versions turn it off for HTTP servers, as we do (only timing can tell).
  if (typeof socket.setNoDelay === 'function') socket.setNoDelay(true);
  var outgoing = []; // responses waiting for the socket (pipelining)
  var incoming = []; // requests whose response has not finished

  function abortIncoming() {
    while (incoming.length) {
      var req = incoming.shift();
      req.emit('aborted');
      req.emit('close');
    }
  }

  function serverSocketCloseListener() {
    debug('server socket close');
    if (this.parser) common.freeParser(this.parser);
    abortIncoming();
  }

  debug('SERVER new http connection');

  common.httpSocketSetup(socket);

  // Idle sockets are destroyed after the server's timeout, unless a 'timeout' listener on the
  // request, the response or the server takes care of them.
  if (self.timeout) socket.setTimeout(self.timeout);
  socket.on('timeout', function () {
    var req = socket.parser && socket.parser.incoming;
    var reqTimeout = req && !req.complete && req.emit('timeout', socket);
    var res = socket._httpMessage;
    var resTimeout = res && res.emit('timeout', socket);
    var serverTimeout = self.emit('timeout', socket);
    if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
  });

  var parser = common.allocParser(HTTPParser.REQUEST, socket, self.maxHeadersCount);
  socket.parser = parser;

  socket.addListener('error', function (e) {
    self.emit('clientError', e, this);
  });

  socket.ondata = function (d, start, end) {
    var ret = parser.execute(d, start, end - start);
    if (ret instanceof Error) {
      debug('parse error');
      socket.destroy(ret);
    } else if (parser.incoming && parser.incoming.upgrade) {
      // Upgrade or CONNECT: the rest of the connection is not HTTP.
      var bytesParsed = ret;
      var req = parser.incoming;
      var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      if (EventEmitter.listenerCount(self, eventName) > 0) {
        socket.ondata = null;
        socket.onend = null;
        socket.removeListener('close', serverSocketCloseListener);
        parser.finish();
        common.freeParser(parser, req);

        var bodyHead = d.slice(start + bytesParsed, end);
        self.emit(eventName, req, req.socket, bodyHead);
      } else {
        // No listener: nobody speaks the protocol asked for.
        socket.destroy();
      }
    }

    // Responses back up (a client pipelining without reading): stop reading more requests
    // until the socket drains.
    if (socket._paused && socket.parser) common.readStop(socket);
  };

  socket.onend = function () {
    var ret = parser.finish();
    if (ret instanceof Error) {
      debug('parse error');
      socket.destroy(ret);
      return;
    }

    if (!self.httpAllowHalfOpen) {
      abortIncoming();
      if (socket.writable) socket.end();
    } else if (outgoing.length) {
      outgoing[outgoing.length - 1]._last = true;
    } else if (socket._httpMessage) {
      socket._httpMessage._last = true;
    } else if (socket.writable) {
      socket.end();
    }
  };

  socket.addListener('close', serverSocketCloseListener);

  socket.on('drain', function () {
    if (socket._paused) {
      socket._paused = false;
      common.readStart(socket);
    }
  });

  // The headers of a request are in: make its response and give both to the user.
  parser.onIncoming = function (req, shouldKeepAlive) {
    incoming.push(req);

    // Stop taking requests while the responses are not being read.
    if (!socket._paused && socket._writableState.needDrain) socket._paused = true;

    var res = new ServerResponse(req);
    res.shouldKeepAlive = shouldKeepAlive;

    if (socket._httpMessage) {
      // An earlier response still owns the socket: this one waits its turn.
      outgoing.push(res);
    } else {
      res.assignSocket(socket);
    }

    // When the response is out, the next one gets the socket, or the connection ends.
    res.on('finish', function () {
      // Normally req is the oldest request; abortIncoming() may have emptied the list.
      assert(incoming.length === 0 || incoming[0] === req);
      incoming.shift();

      // A request body nobody reads is drained, so the next request can be parsed.
      if (!req._consuming) req._dump();

      res.detachSocket(socket);

      if (res._last) {
        socket.destroySoon();
      } else {
        var m = outgoing.shift();
        if (m) m.assignSocket(socket);
      }
    });

    if (req.headers.expect !== undefined &&
        (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) &&
        continueExpression.test(req.headers.expect)) {
      res._expect_continue = true;
      if (EventEmitter.listenerCount(self, 'checkContinue') > 0) {
        self.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        self.emit('request', req, res);
      }
    } else {
      self.emit('request', req, res);
    }
    return false; // a request always has whatever body its headers announce
  };
}
exports._connectionListener = connectionListener;
