'use strict';
// Protocol switches and interim responses, client and server together: an Upgrade request and
// a CONNECT request hand both sides the raw socket and the bytes that came after the headers
// ('upgrade' / 'connect' with head); Expect: 100-continue gives the server 'checkContinue' and
// the client 'continue' before the body is sent; without a checkContinue listener the server
// answers 100 Continue itself. An upgrade nobody listens for closes the connection.
var assert = require('assert');
var http = require('http');

var PORT = 14221;
var events = [];

var server = http.createServer(function (req, res) {
  events.push('request ' + req.url);
  var body = '';
  req.on('data', function (d) { body += d; });
  req.on('end', function () { res.end('got ' + body); });
});

server.on('upgrade', function (req, socket, head) {
  events.push('server upgrade');
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert(Buffer.isBuffer(head));
  // The bytes after the headers: in head, or (sent in a later packet) from the socket.
  var early = head.toString();
  var switched = false;
  function maybeSwitch() {
    if (switched || early !== 'early') return;
    switched = true;
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nfirst');
  }
  socket.on('data', function (d) {
    if (!switched) {
      early += d;
      maybeSwitch();
    } else {
      socket.write(d);
    }
  });
  socket.on('end', function () { socket.end(); });
  maybeSwitch();
});

server.on('connect', function (req, socket, head) {
  events.push('server connect');
  assert.strictEqual(req.method, 'CONNECT');
  assert.strictEqual(req.url, 'example.org:443');
  var got = head.toString();
  socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
  socket.on('data', function (d) {
    got += d;
    if (got === 'tunnel-headtunnel') socket.end('TUNNEL');
  });
});

var sawCheckContinue = false;
function checkContinue(req, res) {
  sawCheckContinue = true;
  assert.strictEqual(req.headers.expect, '100-continue');
  res.writeContinue();
  server.emit('request', req, res);
}

var steps = [
  function upgrade(next) {
    var req = http.request({
      port: PORT, path: '/up', headers: { Connection: 'Upgrade', Upgrade: 'echo' }
    });
    req.on('response', function () { assert.fail('no response expected'); });
    req.on('upgrade', function (res, socket, head) {
      events.push('client upgrade');
      assert.strictEqual(res.statusCode, 101);
      assert.strictEqual(res.headers.upgrade, 'echo');
      var got = head.toString();
      socket.on('data', function (d) {
        got += d;
        if (got === 'firstping') socket.end();
      });
      socket.on('close', function () {
        assert.strictEqual(got, 'firstping');
        next();
      });
      socket.write('ping');
    });
    req.end('early');
  },
  function connect(next) {
    var req = http.request({ port: PORT, method: 'CONNECT', path: 'example.org:443' });
    req.on('connect', function (res, socket, head) {
      events.push('client connect');
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(head.length, 0);
      var got = '';
      socket.setEncoding('utf8');
      socket.on('data', function (d) { got += d; });
      socket.on('end', function () {
        assert.strictEqual(got, 'TUNNEL');
        socket.end();
        next();
      });
      socket.write('tunnel');
    });
    req.end('tunnel-head');
  },
  function continueWithListener(next) {
    server.on('checkContinue', checkContinue);
    var req = http.request({
      port: PORT, method: 'POST', path: '/cont', headers: { Expect: '100-continue' }
    });
    var sawContinue = false;
    req.on('continue', function () {
      sawContinue = true;
      req.end('payload');
    });
    req.on('response', function (res) {
      assert(sawContinue);
      assert(sawCheckContinue);
      var s = '';
      res.on('data', function (d) { s += d; });
      res.on('end', function () {
        assert.strictEqual(s, 'got payload');
        server.removeListener('checkContinue', checkContinue);
        next();
      });
    });
  },
  function continueAutomatic(next) {
    var req = http.request({
      port: PORT, method: 'POST', path: '/auto', headers: { Expect: '100-continue' }
    });
    req.on('continue', function () { req.end('more'); });
    req.on('response', function (res) {
      var s = '';
      res.on('data', function (d) { s += d; });
      res.on('end', function () {
        assert.strictEqual(s, 'got more');
        next();
      });
    });
  },
  function upgradeWithoutListener(next) {
    var req = http.request({ port: PORT, path: '/up2', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    // The client has no 'upgrade' listener: the socket is destroyed and the request fails.
    req.on('error', function () {});
    req.on('close', function () { next(); });
    req.end('early');
  }
];

var done = 0;
server.listen(PORT, function () {
  (function run(i) {
    if (i === steps.length) {
      done = i;
      return server.close();
    }
    if (process.env.STEP_DEBUG) console.error("step", i);
    steps[i](function () { run(i + 1); });
  })(0);
});

process.on('exit', function () {
  assert.strictEqual(done, steps.length);
  assert.deepEqual(events, ['server upgrade', 'client upgrade', 'server connect', 'client connect',
                            'request /cont', 'request /auto', 'server upgrade']);
});
