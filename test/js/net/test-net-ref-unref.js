'use strict';
// server.unref()/ref() and socket.unref()/ref(): an unref'd server or socket does not keep the
// process alive; ref() undoes that; both may be called repeatedly. An unref'd timer checks,
// from inside the loop, which of them still hold the process open.
var assert = require('assert');
var net = require('net');

var refdServerChecked = false;
var refdSocketChecked = false;

// A server unref'd before it listens (and twice) does not hold the process.
var idle = net.createServer();
idle.unref();
idle.unref();
idle.listen(0);

// unref then ref: this one holds the process until the timer closes it.
var held = net.createServer(function (c) {
  c.unref();
  c.unref();
});
held.listen(0, function () {
  held.unref();
  held.ref();
  held.ref();

  // A connected client, unref'd and then ref'd again, keeps the loop alive too.
  var c = net.connect(held.address().port, function () {
    c.unref();
    c.ref();
    setTimeout(function () {
      refdSocketChecked = true;
      c.unref();
      setTimeout(function () {
        // Only unref'd handles remain: the process should exit now, without this firing.
        assert.fail('the process stayed alive');
      }, 30000).unref();
      refdServerChecked = true;
      held.close();
    }, 300).unref();
  });
});

process.on('exit', function () {
  assert(refdServerChecked, 'a ref()d server keeps the process alive');
  assert(refdSocketChecked, 'a ref()d socket keeps the process alive');
});
