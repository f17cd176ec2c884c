'use strict';
// socket.setTimeout(ms[, callback]): 'timeout' after ms of inactivity, the socket stays open;
// activity (reads, writes) restarts the countdown, so it never fires earlier than ms after the
// last activity; the callback is a one-time 'timeout' listener; setTimeout(0) switches the
// timeout off (and removes that listener); Infinity and NaN change nothing; a pending socket
// timeout does not keep the process alive.
var assert = require('assert');
var net = require('net');

var done = {};
process.on('exit', function () {
  assert.deepEqual(Object.keys(done).sort(), ['activity', 'disabled', 'fires']);
});

var T = 200;
var server = net.createServer(function (c) {
  c.on('data', function (d) {
    if (String(d) === 'ping') c.write('pong');
  });
  c.on('error', function () {});
});
server.listen(0, function () {
  var port = server.address().port;
  var left = 3;
  function finished() {
    if (--left === 0) server.close();
  }

  // Fires after inactivity; the callback is a once listener; the socket is still usable.
  var a = net.connect(port, function () {
    start = Date.now();
    a.setTimeout(T, onTimeoutA);
  });
  var start;
  var calls = 0;
  function onTimeoutA() {
    calls++;
    assert(Date.now() - start >= T - 20, 'not early');
    assert.strictEqual(a.readyState, 'open', 'a timeout does not close the socket');
    assert.strictEqual(a.listeners('timeout').length, 0);
    a.write('ping');
  }
  a.on('data', function (d) {
    assert.strictEqual(String(d), 'pong');
    assert.strictEqual(calls, 1);
    a.setTimeout(0);
    a.destroy();
    done.fires = true;
    finished();
  });

  // Activity postpones it: it comes T after the last data at the earliest.
  var b = net.connect(port);
  var last = Date.now();
  var pings = 0;
  b.on('data', function () {
    last = Date.now();
    if (++pings < 5) b.write('ping');
  });
  b.on('connect', function () {
    last = Date.now();
    b.write('ping');
  });
  b.setTimeout(2 * T);
  b.on('timeout', function () {
    // However slow the machine, never sooner than the timeout after the last activity.
    assert(Date.now() - last >= 2 * T - 20, 'timeout ' + (Date.now() - last) + ' ms after activity');
    b.destroy();
    done.activity = true;
    finished();
  });

  // setTimeout(0) switches it off; Infinity and NaN leave it as it is.
  var c = net.connect(port);
  var onTimeout = function () { assert.fail('disabled timeout fired'); };
  c.setTimeout(T, onTimeout);
  c.setTimeout(0, onTimeout);
  assert.strictEqual(c.listeners('timeout').length, 0);
  c.setTimeout(Infinity);
  c.setTimeout(NaN);
  var kept = net.connect(port);
  kept.setTimeout(T);
  kept.setTimeout(NaN);
  kept.on('timeout', function () {
    // c had the same timeout and stayed quiet.
    kept.destroy();
    setTimeout(function () {
      c.destroy();
      done.disabled = true;
      finished();
    }, T);
  });
});

// Not keeping the process alive: an unref'd idle socket with a long timeout.
var lonely = net.createServer(function (c) { c.unref(); });
lonely.listen(0, function () {
  var s = net.connect(lonely.address().port, function () {
    s.setTimeout(60000, function () { assert.fail('should have exited'); });
    s.unref();
    lonely.unref();
  });
});
