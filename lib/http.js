'use strict';
// The `http` core module of Node v0.10: an HTTP/1.1 server and client over net sockets, with
// messages parsed by process.binding('http_parser'). This file only gathers the public API; the
// parts live in _http_common (parser pool and callbacks), _http_incoming (IncomingMessage),
// _http_outgoing (OutgoingMessage), _http_server (Server, ServerResponse, STATUS_CODES),
// _http_agent (Agent) and _http_client (ClientRequest, the legacy Client).

var util = require('util');
var url = require('url');
var common = require('_http_common');
var incoming = require('_http_incoming');
var outgoing = require('_http_outgoing');
var server = require('_http_server');
var agent = require('_http_agent');
var client = require('_http_client');

var ClientRequest = client.ClientRequest;

exports.parsers = common.parsers;
exports.STATUS_CODES = server.STATUS_CODES;
exports.IncomingMessage = incoming.IncomingMessage;
exports.OutgoingMessage = outgoing.OutgoingMessage;
exports.ServerResponse = server.ServerResponse;
exports.Agent = agent.Agent;
exports.globalAgent = agent.globalAgent;
exports.ClientRequest = ClientRequest;

// request(options | url, [cb]): a string is parsed with url.parse().
exports.request = function (options, cb) {
  if (typeof options === 'string') options = url.parse(options);

  if (options.protocol && options.protocol !== 'http:') {
    throw new Error('Protocol:' + options.protocol + ' not supported.');
  }

  return new ClientRequest(options, cb);
};

exports.get = function (options, cb) {
  var req = exports.request(options, cb);
  req.end();
  return req;
};

exports.Server = server.Server;

exports.createServer = function (requestListener) {
  return new server.Server(requestListener);
};

exports._connectionListener = server._connectionListener;

exports.Client = util.deprecate(client.Client,
    'http.Client will be removed soon. Do not use it.');

exports.createClient = util.deprecate(function (port, host) {
  return new client.Client(port, host);
}, 'http.createClient is deprecated. Use `http.request` instead.');
