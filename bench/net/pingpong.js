'use strict';
// Per-event latency: a sequential ping-pong of one byte between a client and a server socket in
// the same process (each round trip = two reads, two writes, two trips through the loop).
// Prints the median and p90 round trip in µs for each window of 10,000 round trips, so warm-up
// is visible; the last window is the steady state.
//   node bench/net/pingpong.js [roundTrips]      (default 60000)
var net = require('net');

var total = Number(process.argv[2]) || 60000;
var WINDOW = 10000;

var server = net.createServer(function (s) {
  s.setNoDelay(true);
  s.on('data', function (d) { s.write(d); });
});

server.listen(0, function () {
  var client = net.connect(server.address().port, function () {
    client.setNoDelay(true);
    var done = 0;
    var started = process.hrtime();
    var samples = [];
    var ping = new Buffer('x');
    client.on('data', function () {
      var d = process.hrtime(started);
      samples.push(d[0] * 1e6 + d[1] / 1e3);
      done++;
      if (done % WINDOW === 0 || done === total) report();
      if (done === total) {
        client.end();
        server.close();
        return;
      }
      started = process.hrtime();
      client.write(ping);
    });
    client.write(ping);

    function report() {
      samples.sort(function (a, b) { return a - b; });
      console.log('pingpong: ' + done + ' round trips, median ' +
                  samples[samples.length >> 1].toFixed(1) + ' us, p90 ' +
                  samples[Math.floor(samples.length * 0.9)].toFixed(1) + ' us');
      samples = [];
    }
  });
});
