'use strict';
// net.connect / net.createConnection in every form — (options[, cb]) with port, host,
// localAddress, allowHalfOpen; (port[, host][, cb]); (path[, cb]) — and new Socket().connect(),
// the 'connect' event, a host name going through dns.lookup, connecting to a closed port
// (ECONNREFUSED with Node's error shape) and to a name that does not exist.
var assert = require('assert');
var net = require('net');
var dns = require('dns');
var path = require('path');
var fs = require('fs');

var connected = [];
var expected = ['callback:port', 'callback:port,host', 'callback:options', 'event:port', 'event:port,host',
                'localAddress', 'socket.connect', 'socket.connect:options', 'pipe:path', 'pipe:options',
                'lookup', 'allowHalfOpen'];
process.on('exit', function () {
  assert.deepEqual(connected.sort(), expected.sort());
  assert(refused, 'ECONNREFUSED');
  assert(notFound, 'lookup failure');
});

var refused = false;
var notFound = false;

assert.strictEqual(net.connect, net.createConnection);

var server = net.createServer(function (c) {
  c.on('data', function (d) {
    // Every client says who it is; answer with what we see of it.
    c.end(JSON.stringify({ name: String(d), remote: c.remoteAddress, local: c.localAddress }));
  });
});

var pipePath = path.join(process.env.JNODE_TEST_TMPDIR || '/tmp', 'jnode-connect-' + process.pid + '.sock');
var pipeServer = net.createServer(function (c) {
  c.on('data', function (d) { c.end('pipe:' + d); });
});

function roundTrip(socket, name, check) {
  var reply = '';
  socket.setEncoding('utf8');
  socket.on('data', function (d) { reply += d; });
  socket.on('end', function () {
    var info = reply.charAt(0) === '{' ? JSON.parse(reply) : reply;
    if (check) check(info);
    // (A half-open socket must end its own side.)
    socket.end();
    connected.push(name);
    if (connected.length === expected.length) {
      server.close();
      pipeServer.close();
    }
  });
  socket.write(name);
}

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;

  var a = net.connect(port, function () {
    assert.strictEqual(this, a);
    roundTrip(a, 'callback:port');
  });
  assert(a instanceof net.Socket);
  assert.strictEqual(a.readyState, 'opening');

  var b = net.createConnection(port, '127.0.0.1', function () { roundTrip(b, 'callback:port,host'); });
  var c = net.connect({ port: port, host: '127.0.0.1' }, function () { roundTrip(c, 'callback:options'); });
  var d = net.connect(port);
  d.on('connect', function () { roundTrip(d, 'event:port'); });
  var e = net.createConnection(String(port), '127.0.0.1');
  e.on('connect', function () { roundTrip(e, 'event:port,host'); });

  var f = net.connect({ port: port, host: '127.0.0.1', localAddress: '127.0.0.1' }, function () {
    assert.strictEqual(f.localAddress, '127.0.0.1');
    roundTrip(f, 'localAddress', function (info) {
      assert.strictEqual(info.remote, '127.0.0.1');
    });
  });

  var g = new net.Socket();
  assert.strictEqual(g.readyState, 'closed');
  assert.strictEqual(g.connect(port, '127.0.0.1', function () { roundTrip(g, 'socket.connect'); }), g);

  var h = new net.Socket();
  h.connect({ port: port }, function () { roundTrip(h, 'socket.connect:options'); });

  // 'localhost' goes through dns.lookup, as the manual says.
  var looked = [];
  var realLookup = dns.lookup;
  dns.lookup = function (name) {
    looked.push(name);
    return realLookup.apply(this, arguments);
  };
  var i = net.connect({ port: port, host: 'localhost' }, function () {
    dns.lookup = realLookup;
    assert.notStrictEqual(looked.indexOf('localhost'), -1);
    assert.strictEqual(i.remoteAddress, '127.0.0.1');
    roundTrip(i, 'lookup');
  });

  var j = net.connect({ port: port, allowHalfOpen: true }, function () {
    assert.strictEqual(j.allowHalfOpen, true);
    roundTrip(j, 'allowHalfOpen');
  });

  try { fs.unlinkSync(pipePath); } catch (er) {}
  pipeServer.listen(pipePath, function () {
    var p = net.connect(pipePath, function () {
      roundTrip(p, 'pipe:path', function (info) { assert.strictEqual(info, 'pipe:pipe:path'); });
    });
    var q = net.createConnection({ path: pipePath }, function () {
      roundTrip(q, 'pipe:options', function (info) { assert.strictEqual(info, 'pipe:pipe:options'); });
    });
  });

  // A port nobody listens on: take one and free it.
  var probe = net.createServer().listen(0, '127.0.0.1', function () {
    var closedPort = probe.address().port;
    probe.close(function () {
      var r = net.connect(closedPort, '127.0.0.1', assert.fail);
      var closed = false;
      r.on('close', function (hadError) {
        assert.strictEqual(hadError, true);
        closed = true;
      });
      r.on('error', function (err) {
        assert.strictEqual(closed, false, "'error' comes before 'close'");
        assert.strictEqual(err.message, 'connect ECONNREFUSED');
        assert.strictEqual(err.code, 'ECONNREFUSED');
        assert.strictEqual(err.errno, 'ECONNREFUSED');
        assert.strictEqual(err.syscall, 'connect');
        refused = true;
      });
    });
  });

  // A name that cannot exist (a label over 63 bytes never reaches the network).
  var bad = net.connect(port, new Array(80).join('x') + '.invalid', assert.fail);
  bad.on('error', function (err) {
    assert.strictEqual(err.code, 'ENOTFOUND');
    assert.strictEqual(err.syscall, 'getaddrinfo');
    notFound = true;
  });
});
