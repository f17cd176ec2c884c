'use strict';
// Half-close, as the manual describes: with allowHalfOpen the side that receives FIN ('end')
// stays writable and must end() itself; without it, the socket ends its side once its queued
// writes are out, and writing after the peer's FIN fails with EPIPE ('This socket has been
// ended by the other party'). A socket whose own side has ended still receives data.
var assert = require('assert');
var net = require('net');

var done = {};
process.on('exit', function () {
  assert.deepEqual(Object.keys(done).sort(), ['auto-end', 'half-open', 'write-after-fin']);
});

// allowHalfOpen: true on the server. The client ends first; the server keeps talking.
var halfServer = net.createServer({ allowHalfOpen: true }, function (c) {
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { got += d; });
  c.on('end', function () {
    assert.strictEqual(got, 'question');
    assert.strictEqual(c.readable, false);
    assert.strictEqual(c.writable, true);
    assert.strictEqual(c.readyState, 'writeOnly');
    // Still writable, for as long as we like.
    setTimeout(function () {
      c.write('answer, ');
      setTimeout(function () {
        c.end('done');
      }, 20);
    }, 20);
  });
  c.on('close', function () {
    halfServer.close();
  });
});
halfServer.listen(0, function () {
  var c = net.connect(halfServer.address().port, function () {
    c.end('question');
    assert.strictEqual(c.writable, false);
  });
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function (d) {
    assert.strictEqual(c.writable, false);
    got += d;
  });
  c.on('end', function () {
    assert.strictEqual(got, 'answer, done');
    done['half-open'] = true;
  });
});

// allowHalfOpen: false (the default): our end follows the peer's automatically.
var autoServer = net.createServer(function (c) {
  c.resume();
  c.on('end', function () {
    assert.strictEqual(c.allowHalfOpen, false);
  });
  c.on('close', function (hadError) {
    assert.strictEqual(hadError, false);
    autoServer.close();
  });
});
autoServer.listen(0, function () {
  // The client is half-open so it can see that the server ended without being asked to.
  var c = net.connect({ port: autoServer.address().port, allowHalfOpen: true }, function () {
    c.shutdownSent = true;
    c.end();
  });
  c.resume();
  c.on('end', function () {
    done['auto-end'] = true;
  });
});

// Writing after the peer's FIN (not half-open): EPIPE, to 'error' and to the write callback.
var finServer = net.createServer(function (c) {
  c.resume();
  c.on('end', function () {
    setImmediate(function () {
      var errors = [];
      c.on('error', function (e) { errors.push(e); });
      var ret = c.write('too late', function (err) {
        assert.strictEqual(err, errors[0]);
        assert.strictEqual(err.code, 'EPIPE');
        assert.strictEqual(err.message, 'This socket has been ended by the other party');
        done['write-after-fin'] = true;
        finServer.close();
      });
      assert.strictEqual(ret, false);
      assert.strictEqual(errors.length, 1);
    });
  });
});
finServer.listen(0, function () {
  net.connect(finServer.address().port, function () {
    this.end();
  }).resume();
});
