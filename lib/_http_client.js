'use strict';
// The http client: http.ClientRequest (an outgoing request, whose response arrives as an
// IncomingMessage in 'response') and the deprecated http.Client of createClient(). A request
// gets its socket from an Agent (pooled, keep-alive), a UNIX socket path, or a connection of its
// own (agent: false, Connection: close). Once the socket is assigned a response parser is fed
// from socket.ondata; a response to HEAD or CONNECT has no body, 100 Continue is reported as
// 'continue' and parsing goes on, and an upgrade/CONNECT response hands the raw socket and the
// bytes after the headers to 'upgrade' / 'connect'. When a keep-alive response has been read the
// socket emits 'free' for the agent to reuse.

var util = require('util');
var net = require('net');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;
var common = require('_http_common');
var OutgoingMessage = require('_http_outgoing').OutgoingMessage;
var agentModule = require('_http_agent');

var debug = common.debug;
var HTTPParser = common.HTTPParser;
var freeParser = common.freeParser;
var Agent = agentModule.Agent;
var globalAgent = agentModule.globalAgent;

function ClientRequest(options, cb) {
  var self = this;
  OutgoingMessage.call(self);

  self.agent = options.agent === undefined ? globalAgent : options.agent;

  var defaultPort = options.defaultPort || 80;
  var port = options.port || defaultPort;
  var host = options.hostname || options.host || 'localhost';
  var setHost = options.setHost === undefined;

  self.socketPath = options.socketPath;

  var method = self.method = (options.method || 'GET').toUpperCase();
  self.path = options.path || '/';
  if (cb) self.once('response', cb);

  if (!Array.isArray(options.headers)) {
    if (options.headers) {
      var keys = Object.keys(options.headers);
      for (var i = 0, l = keys.length; i < l; i++) {
        self.setHeader(keys[i], options.headers[keys[i]]);
      }
    }
    if (host && !self.getHeader('host') && setHost) {
      var hostHeader = host;
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      self.setHeader('Host', hostHeader);
    }
  }

  if (options.auth && !self.getHeader('Authorization')) {
    self.setHeader('Authorization', 'Basic ' + new Buffer(options.auth).toString('base64'));
  }

  // Requests that normally have no body are not chunked unless asked to be.
  self.useChunkedEncodingByDefault = !(method === 'GET' || method === 'HEAD' || method === 'CONNECT');

  if (Array.isArray(options.headers)) {
    // An array of [name, value] pairs is sent as given (and fixes the header block now).
    self._storeHeader(self.method + ' ' + self.path + ' HTTP/1.1\r\n', options.headers);
  } else if (self.getHeader('expect')) {
    // Expect: 100-continue needs the header block sent before any body.
    self._storeHeader(self.method + ' ' + self.path + ' HTTP/1.1\r\n', self._renderHeaders());
  }

  var conn;
  if (self.socketPath) {
    self._last = true;
    self.shouldKeepAlive = false;
    if (options.createConnection) conn = options.createConnection(self.socketPath);
    else conn = net.createConnection(self.socketPath);
    self.onSocket(conn);
  } else if (self.agent && !options.createConnection) {
    // With an agent the connection is kept alive for the next request.
    self._last = false;
    self.shouldKeepAlive = true;
    self.agent.addRequest(self, host, port, options.localAddress);
  } else {
    // A connection of its own, closed after the response.
    self._last = true;
    self.shouldKeepAlive = false;
    if (options.createConnection) {
      options.port = port;
      options.host = host;
      conn = options.createConnection(options);
    } else {
      conn = net.createConnection({
        port: port,
        host: host,
        localAddress: options.localAddress
      });
    }
    self.onSocket(conn);
  }

  self._deferToConnect(null, null, function () {
    self._flush();
    self = null;
  });
}
util.inherits(ClientRequest, OutgoingMessage);
exports.ClientRequest = ClientRequest;

ClientRequest.prototype._implicitHeader = function () {
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._renderHeaders());
};

ClientRequest.prototype.abort = function () {
  // No more interest in the response.
  if (this.res) {
    this.res._dump();
  } else {
    this.once('response', function (res) {
      res._dump();
    });
  }

  if (this.socket) {
    this.socket.destroy();
  } else {
    // No socket yet: destroy it when it comes.
    this._deferToConnect('destroy', []);
  }
};

function createHangUpError() {
  var error = new Error('socket hang up');
  error.code = 'ECONNRESET';
  return error;
}

function socketCloseListener() {
  var socket = this;
  var parser = socket.parser;
  var req = socket._httpMessage;
  debug('HTTP socket close');
  req.emit('close');
  if (req.res && req.res.readable) {
    // The connection closed before the response ended.
    req.res.emit('aborted');
    var res = req.res;
    res.on('end', function () {
      res.emit('close');
    });
    res.push(null);
  } else if (!req.res && !req._hadError) {
    // Closed before any response: the request failed.
    req.emit('error', createHangUpError());
    req._hadError = true;
  } else if (req.res) {
    // The response was read to its end; its connection is gone now.
    req.res.emit('close');
  }

  // Whatever was still waiting will never be written.
  if (req.output) req.output.length = 0;
  if (req.outputEncodings) req.outputEncodings.length = 0;

  if (parser) {
    parser.finish();
    freeParser(parser, req);
  }
}

function socketErrorListener(err) {
  var socket = this;
  var parser = socket.parser;
  var req = socket._httpMessage;
  debug('HTTP SOCKET ERROR: ' + err.message + '\n' + err.stack);

  if (req) {
    req.emit('error', err);
    // Later errors of the same socket are not reported again.
    req._hadError = true;
  }

  if (parser) {
    parser.finish();
    freeParser(parser, req);
  }
  socket.destroy();
}

function socketOnEnd() {
  var socket = this;
  var req = this._httpMessage;
  var parser = this.parser;

  if (!req.res) {
    // The server ended the connection without answering.
    req.emit('error', createHangUpError());
    req._hadError = true;
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req);
  }
  socket.destroy();
}

function socketOnData(d, start, end) {
  var socket = this;
  var req = this._httpMessage;
  var parser = this.parser;

  var ret = parser.execute(d, start, end - start);
  if (ret instanceof Error) {
    debug('parse error');
    freeParser(parser, req);
    socket.destroy();
    req.emit('error', ret);
    req._hadError = true;
  } else if (parser.incoming && parser.incoming.upgrade) {
    // Upgrade or CONNECT: the socket now carries another protocol.
    var bytesParsed = ret;
    var res = parser.incoming;
    req.res = res;

    socket.ondata = null;
    socket.onend = null;
    parser.finish();

    var bodyHead = d.slice(start + bytesParsed, end);

    var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (EventEmitter.listenerCount(req, eventName) > 0) {
      req.upgradeOrConnect = true;

      // The socket leaves the pool and the request.
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);

      // Reading is the new owner's business: the socket starts out neither flowing nor paused.
      socket._readableState.flowing = null;

      req.emit(eventName, res, socket, bodyHead);
      req.emit('close');
    } else {
      // No listener: nobody speaks the protocol the server switched to.
      socket.destroy();
    }
    freeParser(parser, req);
  } else if (parser.incoming && parser.incoming.complete &&
             // After 100 Continue the real response is still to come on this parser.
             parser.incoming.statusCode !== 100) {
    freeParser(parser, req);
  }
}

// The headers of a response are in. Returns true when no body follows.
function parserOnIncomingClient(res, shouldKeepAlive) {
  var parser = this;
  var socket = this.socket;
  var req = socket._httpMessage;

  // The response belongs to the request's domain.
  if (req.domain && !res.domain) {
    debug('setting "res.domain"');
    res.domain = req.domain;
  }

  debug('AGENT incoming response!');

  if (req.res) {
    // A second response to one request: the server is confused.
    socket.destroy();
    return;
  }
  req.res = res;

  // The answer to CONNECT is handled like an upgrade.
  if (req.method === 'CONNECT') {
    res.upgrade = true;
    return true;
  }

  // A response to HEAD has no body, whatever its Content-Length says.
  var isHeadResponse = req.method === 'HEAD';
  debug('AGENT isHeadResponse ' + isHeadResponse);

  if (res.statusCode === 100) {
    // Not the response yet: the server says to go on with the body.
    delete req.res;
    req.emit('continue');
    return true;
  }

  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) {
    // The server must agree to keep the connection (and an upgraded one is never reused).
    req.shouldKeepAlive = false;
  }

  req.res = res;
  res.req = req;

  // Ours first, so the socket is cleaned up whatever the user's listeners do.
  res.on('end', responseOnEnd);
  var handled = req.emit('response', res);

  // Nobody listens for the response, so nobody can read it: discard it so the socket moves on.
  if (!handled) res._dump();

  return isHeadResponse;
}

function responseOnEnd() {
  var res = this;
  var req = res.req;
  var socket = req.socket;

  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      debug('AGENT socket.destroySoon()');
      socket.destroySoon();
    }
    assert(!socket.writable);
  } else {
    debug('AGENT socket keep-alive');
    if (req.timeoutCb) {
      socket.setTimeout(0, req.timeoutCb);
      req.timeoutCb = null;
    }
    // Free for the agent once the user's 'end' listeners have run — unless one of them
    // destroyed the socket: then it is closing, and its 'close' (which the agent also hears)
    // still belongs to this request and response.
    process.nextTick(function () {
      if (socket.destroyed) return;
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket.emit('free');
    });
  }
}

ClientRequest.prototype.onSocket = function (socket) {
  var req = this;

  process.nextTick(function () {
    var parser = common.allocParser(HTTPParser.RESPONSE, socket, req.maxHeadersCount);
    req.socket = socket;
    req.connection = socket;
    req.parser = parser;

    socket.parser = parser;
    socket._httpMessage = req;

    common.httpSocketSetup(socket);

    parser.onIncoming = parserOnIncomingClient;
    socket.on('error', socketErrorListener);
    socket.ondata = socketOnData;
    socket.onend = socketOnEnd;
    socket.on('close', socketCloseListener);
    req.emit('socket', socket);
  });
};

// Runs a socket method (and/or cb) once the request has a connected socket.
ClientRequest.prototype._deferToConnect = function (method, args, cb) {
  var self = this;
  function run() {
    if (method) self.socket[method].apply(self.socket, args);
    if (cb) cb();
  }
  function onSocket() {
    if (self.socket.writable) run();
    else self.socket.once('connect', run);
  }
  if (!self.socket) self.once('socket', onSocket);
  else onSocket();
};

ClientRequest.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.once('timeout', callback);

  var self = this;
  function emitTimeout() {
    self.emit('timeout');
  }

  if (this.socket && this.socket.writable) {
    if (this.timeoutCb) this.socket.setTimeout(0, this.timeoutCb);
    this.timeoutCb = emitTimeout;
    this.socket.setTimeout(msecs, emitTimeout);
    return;
  }

  // Remembered so that the end of the response can clear it.
  this.timeoutCb = emitTimeout;
  if (this.socket) {
    armWhenConnected(this.socket, msecs, emitTimeout);
    return;
  }

  this.once('socket', function (sock) {
    armWhenConnected(sock, msecs, emitTimeout);
  });
};

// A request queued in the agent may be handed a kept-alive socket that is connected already and
// will never emit 'connect' again: its timeout starts at once.
function armWhenConnected(sock, msecs, emitTimeout) {
  if (sock._connecting) {
    sock.once('connect', function () {
      sock.setTimeout(msecs, emitTimeout);
    });
  } else if (!sock.destroyed) {
    sock.setTimeout(msecs, emitTimeout);
  }
}

ClientRequest.prototype.setNoDelay = function () {
  this._deferToConnect('setNoDelay', arguments);
};

ClientRequest.prototype.setSocketKeepAlive = function () {
  this._deferToConnect('setKeepAlive', arguments);
};

ClientRequest.prototype.clearTimeout = function (cb) {
  this.setTimeout(0, cb);
};

// ---------------------------------------------------------------------------------------------
// The legacy client: one origin, requests through an agent with a single socket.

function Client(port, host) {
  if (!(this instanceof Client)) return new Client(port, host);
  EventEmitter.call(this);

  host = host || 'localhost';
  port = port || 80;
  this.host = host;
  this.port = port;
  this.agent = new Agent({ host: host, port: port, maxSockets: 1 });
}
util.inherits(Client, EventEmitter);

// request([method], path, [headers])
Client.prototype.request = function (method, path, headers) {
  var self = this;
  var options = {};
  options.host = self.host;
  options.port = self.port;
  if (method[0] === '/') {
    headers = path;
    path = method;
    method = 'GET';
  }
  options.method = method;
  options.path = path;
  options.headers = headers;
  options.agent = self.agent;
  var c = new ClientRequest(options);
  c.on('error', function (e) {
    self.emit('error', e);
  });
  // The old interface reported the end of the connection as the client's 'end'.
  c.on('socket', function (s) {
    s.on('end', function () {
      if (self._decoder) {
        var ret = self._decoder.end();
        if (ret) self.emit('data', ret);
      }
      self.emit('end');
    });
  });
  return c;
};

exports.Client = Client;
