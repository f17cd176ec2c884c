'use strict';
// http.Agent: the client's connection pool, as Node v0.10 has it. Sockets are grouped by origin
// ('host:port' or 'host:port:localAddress'); at most maxSockets (default 5) are open per origin
// and further requests queue in agent.requests. When a response has been read on a keep-alive
// connection the socket emits 'free': the agent gives it to the next queued request for that
// origin, or destroys it when none waits (v0.10 keeps no idle sockets). A socket leaves the pool
// when it closes, or on 'agentRemove' (an upgraded connection, say); a queued request then gets
// a new socket.

var util = require('util');
var net = require('net');
var EventEmitter = require('events').EventEmitter;

function Agent(options) {
  EventEmitter.call(this);

  var self = this;
  self.options = options || {};
  self.requests = {};
  self.sockets = {};
  self.maxSockets = self.options.maxSockets || Agent.defaultMaxSockets;

  self.on('free', function (socket, host, port, localAddress) {
    var name = originName(host, port, localAddress);
    var queue = self.requests[name];
    // A destroyed socket is on its way out: its 'close' makes room for the next request.
    if (socket.destroyed) return;
    if (queue && queue.length) {
      queue.shift().onSocket(socket);
      if (queue.length === 0) delete self.requests[name];
    } else {
      // Nobody waits: close it rather than keep it idle (and it leaves the pool on 'close').
      socket.destroy();
    }
  });

  self.createConnection = net.createConnection;
}
util.inherits(Agent, EventEmitter);
exports.Agent = Agent;

Agent.defaultMaxSockets = 5;

Agent.prototype.defaultPort = 80;

function originName(host, port, localAddress) {
  var name = host + ':' + port;
  if (localAddress) name += ':' + localAddress;
  return name;
}

// Gives the request a socket now if the origin is under maxSockets, else queues it.
Agent.prototype.addRequest = function (req, host, port, localAddress) {
  var name = originName(host, port, localAddress);
  if (!this.sockets[name]) this.sockets[name] = [];
  if (this.sockets[name].length < this.maxSockets) {
    req.onSocket(this.createSocket(name, host, port, localAddress, req));
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function (name, host, port, localAddress, req) {
  var self = this;
  var options = util._extend({}, self.options);
  options.port = port;
  options.host = host;
  options.localAddress = localAddress;

  // (for TLS: the name the server should present, taken from the Host header when there is one)
  options.servername = host;
  if (req) {
    var hostHeader = req.getHeader('host');
    if (hostHeader) options.servername = hostHeader.replace(/:.*$/, '');
  }

  var s = self.createConnection(options);
  if (!self.sockets[name]) self.sockets[name] = [];
  self.sockets[name].push(s);

  function onFree() {
    self.emit('free', s, host, port, localAddress);
  }
  s.on('free', onFree);

  // Every socket error ends in 'close': the one place sockets leave the pool.
  function onClose(err) {
    self.removeSocket(s, name, host, port, localAddress);
  }
  s.on('close', onClose);

  // For a socket that will not come back (an upgraded connection).
  function onRemove() {
    self.removeSocket(s, name, host, port, localAddress);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('agentRemove', onRemove);

  return s;
};

Agent.prototype.removeSocket = function (s, name, host, port, localAddress) {
  var sockets = this.sockets[name];
  if (sockets) {
    var index = sockets.indexOf(s);
    if (index !== -1) {
      sockets.splice(index, 1);
      if (sockets.length === 0) delete this.sockets[name];
    }
  }
  var queue = this.requests[name];
  if (queue && queue.length) {
    // A queued request takes the place of the socket that left.
    this.createSocket(name, host, port, localAddress, queue[0]).emit('free');
  }
};

exports.globalAgent = new Agent();
