'use strict';
// server.listen in all its forms: (port), (port, host), (port, host, backlog, cb),
// (port, backlog, cb), (cb) and () for an ephemeral port, IPv4 and IPv6 hosts, a host name;
// 'listening' and the callback; address(); close([cb]) and 'close'; listen again after close;
// close() on a server that is not listening throws; createServer options and listener.
var assert = require('assert');
var net = require('net');

var pending = 0;
var done = 0;
function step(name, fn) {
  pending++;
  fn(function () {
    done++;
    console.log('ok', name);
  });
}
process.on('exit', function () {
  assert.strictEqual(done, pending);
});

assert.strictEqual(typeof net.Server, 'function');
assert(net.createServer() instanceof net.Server);
assert(net.Server() instanceof net.Server, 'works without new');
assert(net.createServer() instanceof require('events').EventEmitter);
assert.strictEqual(net.createServer().address(), null, 'address() before listen');

step('ephemeral port via listen(cb)', function (ok) {
  var s = net.createServer();
  var events = [];
  s.on('listening', function () { events.push('event'); });
  var r = s.listen(function () {
    events.push('callback');
    var a = s.address();
    assert.strictEqual(a.family, 'IPv4');
    assert.strictEqual(a.address, '0.0.0.0');
    assert(a.port > 0 && a.port < 65536);
    assert.deepEqual(events, ['event', 'callback']);
    s.close(function () {
      assert.strictEqual(s.address(), null);
      ok();
    });
  });
  assert.strictEqual(r, s, 'listen returns the server');
});

step('listen() with no arguments, then close event', function (ok) {
  var s = net.createServer();
  s.listen();
  s.on('listening', function () {
    assert(s.address().port > 0);
    s.on('close', ok);
    s.close();
  });
});

step('listen(0, host) and listen(0, host, backlog, cb)', function (ok) {
  var s = net.createServer();
  s.listen(0, '127.0.0.1', 10, function () {
    assert.deepEqual(Object.keys(s.address()).sort(), ['address', 'family', 'port']);
    assert.strictEqual(s.address().address, '127.0.0.1');
    s.close();
    var s2 = net.createServer();
    s2.listen(0, '127.0.0.1', function () {
      assert.strictEqual(s2.address().address, '127.0.0.1');
      s2.close(ok);
    });
  });
});

step('listen(port, backlog, cb): backlog is not a host', function (ok) {
  var s = net.createServer();
  s.listen(0, 5, function () {
    assert.strictEqual(s.address().address, '0.0.0.0');
    s.close(ok);
  });
});

step('IPv6 host', function (ok) {
  var s = net.createServer(function (c) { c.end('six'); });
  s.listen(0, '::1', function () {
    var a = s.address();
    assert.strictEqual(a.family, 'IPv6');
    assert.strictEqual(a.address, '::1');
    var c = net.connect({ port: a.port, host: '::1' }, function () {
      assert.strictEqual(c.remoteAddress, '::1');
      assert.strictEqual(c.remotePort, a.port);
      assert.strictEqual(c.address().family, 'IPv6');
    });
    var got = '';
    c.setEncoding('utf8');
    c.on('data', function (d) { got += d; });
    c.on('end', function () {
      assert.strictEqual(got, 'six');
      s.close(ok);
    });
  });
});

step('IPv6 any address accepts IPv4 clients too', function (ok) {
  var s = net.createServer(function (c) { c.end(); });
  s.listen(0, '::', function () {
    assert.strictEqual(s.address().address, '::');
    net.connect(s.address().port, '127.0.0.1').on('close', function () {
      s.close(ok);
    }).resume();
  });
});

step('host name is looked up', function (ok) {
  var s = net.createServer();
  s.listen(0, 'localhost', function () {
    assert.strictEqual(s.address().address, '127.0.0.1');
    s.close(ok);
  });
});

step('a fixed port (from an ephemeral one) can be listened on again after close', function (ok) {
  var s = net.createServer();
  s.listen(0, '127.0.0.1', function () {
    var port = s.address().port;
    s.close(function () {
      // SO_REUSEADDR: the port is free again at once.
      s.listen(port, '127.0.0.1', function () {
        assert.strictEqual(s.address().port, port);
        assert.strictEqual(s.listeners('listening').length, 0, 'listen callbacks are once listeners');
        s.close(ok);
      });
    });
  });
});

step('close() on a server that is not listening', function (ok) {
  var s = net.createServer();
  assert.throws(function () { s.close(); }, /Not running/);
  ok();
});

step('createServer(options, listener) and the connection event', function (ok) {
  var s = net.createServer({ allowHalfOpen: true }, function (c) {
    assert(c instanceof net.Socket);
    assert.strictEqual(c.allowHalfOpen, true);
    assert.strictEqual(c.server, s);
    c.on('end', function () { c.end('bye'); });
    c.resume();
  });
  assert.strictEqual(s.allowHalfOpen, true);
  assert.strictEqual(s.listeners('connection').length, 1);
  s.listen(0, function () {
    var c = net.connect(s.address().port);
    c.end();
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('close', function () {
      assert.strictEqual(got, 'bye');
      s.close(ok);
    });
  });
});

step('new net.Server(listener)', function (ok) {
  var s = new net.Server(function () {});
  assert.strictEqual(s.listeners('connection').length, 1);
  assert.strictEqual(s.allowHalfOpen, false);
  ok();
});
