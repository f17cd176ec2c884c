'use strict';
// A request that waits in the agent's queue may be handed a kept-alive socket that is connected
// already (it will never emit 'connect' again). A timeout set on that request before it had a
// socket must still start once it has one: request.setTimeout(ms) means "once the request has a
// connected socket". Here an agent with one socket serves a quick request, then reuses its
// socket for a request the server never answers; that request must time out.
var assert = require('assert');
var http = require('http');

var PORT = 14271;
var server = http.createServer(function (req, res) {
  if (req.url === '/fast') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('fast');
  }
  // '/slow' is never answered.
});

var guard = setTimeout(function () {
  assert.fail('the queued request never timed out');
}, 10000);

server.listen(PORT, '127.0.0.1', function () {
  var agent = new http.Agent({ maxSockets: 1 });
  var fastSocket = null;
  var timedOut = false;

  var fast = http.get({ host: '127.0.0.1', port: PORT, path: '/fast', agent: agent }, function (res) {
    fastSocket = res.socket;
    res.resume();
  });
  fast.on('error', function (e) { throw e; });

  var slow = http.get({ host: '127.0.0.1', port: PORT, path: '/slow', agent: agent }, function () {
    assert.fail('/slow was answered');
  });
  // Set while the request still waits in the queue (the agent's one socket is busy).
  assert.ok(!slow.socket);
  slow.setTimeout(100, function () {
    timedOut = true;
    // The request really reused the fast request's connection.
    assert.ok(fastSocket !== null, 'the fast response came first');
    assert.strictEqual(slow.socket, fastSocket, 'the queued request got the kept-alive socket');
    slow.abort();
  });
  slow.on('error', function () {});
  slow.on('close', function () {
    assert.ok(timedOut, 'closed by the timeout');
    clearTimeout(guard);
    server.close();
  });
});

process.on('exit', function () {
  assert.ok(!server._handle, 'server closed');
});
