'use strict';
// The client: http.request with an options object or a URL string, http.get, what goes on the
// wire (method, path, Host, auth, headers as an object or as [name, value] pairs, chunked
// bodies when no length is given), the Agent's pooling (maxSockets per host:port, queued
// requests in agent.requests, sockets reused for keep-alive), agent: false, socketPath,
// localAddress, abort() and setTimeout().
var assert = require('assert');
var http = require('http');
var net = require('net');
var fs = require('fs');

var PORT = 14211;
var SOCK = '/tmp/jnode-http-client-test-' + process.pid + '.sock';

var requests = [];
var remotePorts = {};
var server = http.createServer(function (req, res) {
  requests.push(req);
  remotePorts[req.socket.remotePort] = true;
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function (d) { body += d; });
  req.on('end', function () {
    if (req.url === '/hang') return; // never answered
    var reply = JSON.stringify({
      method: req.method, url: req.url, headers: req.headers, body: body,
      address: req.socket.remoteAddress
    });
    if (req.url === '/delay') {
      setTimeout(function () { res.end(reply); }, 50);
    } else {
      res.end(reply);
    }
  });
});

function readJSON(res, cb) {
  var s = '';
  res.setEncoding('utf8');
  res.on('data', function (d) { s += d; });
  res.on('end', function () { cb(JSON.parse(s)); });
}

var steps = [
  function options(next) {
    var req = http.request({
      host: 'localhost', port: PORT, method: 'put', path: '/p?q=1',
      headers: { 'X-One': '1', 'Content-Length': 5 }, auth: 'user:pass'
    }, function (res) {
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(res.httpVersion, '1.1');
      assert.strictEqual(res.headers.connection, 'keep-alive');
      readJSON(res, function (o) {
        assert.strictEqual(o.method, 'PUT');
        assert.strictEqual(o.url, '/p?q=1');
        assert.strictEqual(o.headers.host, 'localhost:' + PORT);
        assert.strictEqual(o.headers['x-one'], '1');
        assert.strictEqual(o.headers.authorization, 'Basic ' + new Buffer('user:pass').toString('base64'));
        assert.strictEqual(o.body, 'hello');
        next();
      });
    });
    assert(req instanceof http.ClientRequest);
    assert(req instanceof http.OutgoingMessage);
    var sawSocket = false;
    req.on('socket', function (s) { sawSocket = true; assert(s instanceof net.Socket); });
    req.on('response', function () { assert(sawSocket); });
    req.end('hello');
  },
  function urlString(next) {
    http.get('http://127.0.0.1:' + PORT + '/from/url?x=y', function (res) {
      readJSON(res, function (o) {
        assert.strictEqual(o.method, 'GET');
        assert.strictEqual(o.url, '/from/url?x=y');
        assert.strictEqual(o.headers.host, '127.0.0.1:' + PORT);
        next();
      });
    });
  },
  function headerArray(next) {
    var req = http.request({
      port: PORT, method: 'POST', path: '/arr',
      headers: [['Host', 'h'], ['X-Twice', 'a'], ['X-Twice', 'b'], ['Transfer-Encoding', 'chunked']]
    }, function (res) {
      readJSON(res, function (o) {
        assert.strictEqual(o.headers.host, 'h');
        assert.strictEqual(o.headers['x-twice'], 'a, b');
        assert.strictEqual(o.body, 'onetwo');
        next();
      });
    });
    req.write('one');
    req.end('two');
  },
  function chunkedBody(next) {
    var req = http.request({ port: PORT, method: 'POST', path: '/chunks' }, function (res) {
      readJSON(res, function (o) {
        assert.strictEqual(o.headers['transfer-encoding'], 'chunked');
        assert.strictEqual(o.body, 'abcdef');
        next();
      });
    });
    req.write('ab');
    req.write(new Buffer('cd'));
    req.end('ef');
  },
  function pooling(next) {
    var agent = new http.Agent({ maxSockets: 2 });
    assert.strictEqual(agent.maxSockets, 2);
    assert.strictEqual(http.globalAgent.maxSockets, 5);
    assert.strictEqual(http.Agent.defaultMaxSockets, 5);
    var name = 'localhost:' + PORT;
    var answered = 0;
    var before = Object.keys(remotePorts).length;
    remotePorts = {};
    for (var i = 0; i < 6; i++) {
      http.get({ port: PORT, path: '/delay', agent: agent }, function (res) {
        readJSON(res, function () {
          if (++answered === 6) {
            // Two connections carried all six requests.
            assert.strictEqual(Object.keys(remotePorts).length, 2);
            // v0.10 keeps no idle sockets: once nothing waits they close.
            setImmediate(function () {
              assert.strictEqual(agent.requests[name], undefined);
              next();
            });
          }
        });
      });
    }
    assert.strictEqual(agent.sockets[name].length, 2);
    assert.strictEqual(agent.requests[name].length, 4);
  },
  function noAgent(next) {
    http.get({ port: PORT, path: '/noagent', agent: false }, function (res) {
      assert.strictEqual(res.headers.connection, 'close');
      readJSON(res, function (o) {
        assert.strictEqual(o.headers.connection, 'close');
        next();
      });
    });
  },
  function localAddress(next) {
    http.get({ host: '127.0.0.1', port: PORT, path: '/la', localAddress: '127.0.0.1' }, function (res) {
      readJSON(res, function (o) {
        assert.strictEqual(o.address, '127.0.0.1');
        next();
      });
    });
  },
  function socketPath(next) {
    var unixServer = http.createServer(function (req, res) {
      res.end('over unix ' + req.url);
    });
    try { fs.unlinkSync(SOCK); } catch (e) {}
    unixServer.listen(SOCK, function () {
      http.get({ socketPath: SOCK, path: '/u' }, function (res) {
        var s = '';
        res.setEncoding('utf8');
        res.on('data', function (d) { s += d; });
        res.on('end', function () {
          assert.strictEqual(s, 'over unix /u');
          unixServer.close(next);
        });
      });
    });
  },
  function abort(next) {
    var req = http.get({ port: PORT, path: '/hang' });
    var closed = false;
    // (v0.10 emits 'close' first, then the hang-up error)
    req.on('error', function (e) {
      assert(closed);
      assert.strictEqual(e.code, 'ECONNRESET');
      assert.strictEqual(e.message, 'socket hang up');
      next();
    });
    req.on('socket', function (s) {
      s.on('connect', function () {
        setTimeout(function () { req.abort(); }, 20);
      });
    });
    req.on('close', function () {
      closed = true;
    });
  },
  function timeout(next) {
    var req = http.get({ port: PORT, path: '/hang', agent: false });
    req.on('error', function () {});
    req.setTimeout(100, function () {
      req.abort();
      next();
    });
  },
  function socketOptions(next) {
    // Called before the socket exists: applied once it connects.
    var req = http.get({ port: PORT, path: '/opts', agent: false }, function (res) {
      assert.strictEqual(req.socket._handle === null || typeof req.socket._handle, 'object');
      readJSON(res, function (o) {
        assert.strictEqual(o.url, '/opts');
        next();
      });
    });
    assert.strictEqual(req.setNoDelay(true), undefined);
    assert.strictEqual(req.setSocketKeepAlive(true, 1000), undefined);
  },
  function connRefused(next) {
    var req = http.get({ port: PORT + 1, path: '/' });
    req.on('error', function (e) {
      assert.strictEqual(e.code, 'ECONNREFUSED');
      next();
    });
  },
  function badProtocol(next) {
    assert.throws(function () { http.get('https://localhost/'); }, /Protocol:https: not supported\./);
    next();
  }
];

var done = 0;
server.listen(PORT, function () {
  (function run(i) {
    if (i === steps.length) {
      done = i;
      return server.close();
    }
    steps[i](function () { run(i + 1); });
  })(0);
});

process.on('exit', function () {
  assert.strictEqual(done, steps.length, 'steps run');
  try { fs.unlinkSync(SOCK); } catch (e) {}
});
