'use strict';
// Connection rate: clients connect and end() at once, CONCURRENCY (default 50) at a time, to a
// server in the same process that ends its side when the client's end arrives; a connection
// counts when its 'close' is seen. After a warm-up (BENCH_WARMUP_CONNS, default 3000), N
// connections (default 20000) are timed. Prints "connrate: <connections/s> conn/s".
// Destinations rotate over 127.0.0.1-4 so address/port pairs in TIME_WAIT do not run out.
var net = require('net');

var total = +(process.argv[2] || 20000);
var warmup = +(process.env.BENCH_WARMUP_CONNS || 3000);
var concurrency = +(process.env.BENCH_CONCURRENCY || 50);

var server = net.createServer(function (c) {
  c.resume();
  c.on('error', function () {});
});

function round(port, n, done) {
  var started = 0;
  var finished = 0;
  var start = process.hrtime();
  function launch() {
    while (started < n && started - finished < concurrency) one(started++);
  }
  function one(i) {
    var c = net.connect(port, '127.0.0.' + (1 + i % 4), function () {
      c.end();
    });
    c.resume();
    c.on('error', function (e) { throw e; });
    c.on('close', function () {
      finished++;
      if (finished === n) {
        var t = process.hrtime(start);
        done(n / (t[0] + t[1] / 1e9));
      } else {
        launch();
      }
    });
  }
  if (n === 0) return done(0);
  launch();
}

server.listen(0, '0.0.0.0', function () {
  var port = server.address().port;
  round(port, warmup, function () {
    round(port, total, function (rate) {
      console.log('connrate: ' + rate.toFixed(0) + ' conn/s');
      server.close();
    });
  });
});
