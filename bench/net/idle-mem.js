'use strict';
// Memory per idle connection. `idle-mem.js server [N]` listens and prints {"port": p}; the
// client, `idle-mem.js client PORT N` (run by run.sh under node, the same for every server),
// first opens and closes a warm-up batch, then opens N (default 10000) connections and keeps
// them. The server takes its baseline RSS once the warm-up connections are gone and again when
// all N are open (each after garbage collection where the runtime allows it), prints
// "idlemem: <bytes per connection> B/conn (<rss before> -> <rss after>)" and exits. The server
// listens on an ephemeral port unless IDLE_PORT names one.
var net = require('net');

var role = process.argv[2];
var WARMUP = +(process.env.BENCH_WARMUP_CONNS || 2000);

function collect() {
  if (typeof gc === 'function') for (var i = 0; i < 3; i++) gc();
}

if (role === 'server') {
  var n = +(process.argv[3] || 10000);
  var open = 0;
  var accepted = 0;
  var baseline = 0;
  var server = net.createServer(function (c) {
    accepted++;
    open++;
    c.on('error', function () {});
    c.on('close', function () {
      open--;
      if (accepted === WARMUP && open === 0) {
        setTimeout(function () {
          collect();
          baseline = process.memoryUsage().rss;
          process.stdout.write('{"ready":true}\n');
        }, 500);
      }
    });
    if (accepted > WARMUP && open === n) {
      setTimeout(function () {
        collect();
        var rss = process.memoryUsage().rss;
        console.log('idlemem: ' + Math.round((rss - baseline) / n) + ' B/conn (' +
                    (baseline / 1048576).toFixed(1) + ' MiB -> ' + (rss / 1048576).toFixed(1) + ' MiB)');
        process.exit(0);
      }, 500);
    }
  });
  server.listen(+(process.env.IDLE_PORT || 0), '127.0.0.1', function () {
    process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
  });
} else {
  var port = +process.argv[3];
  var total = +(process.argv[4] || 10000);
  var sockets = [];
  var closed = 0;
  var phase = 'warmup';
  function open(count, onAllConnected) {
    var connected = 0;
    var started = 0;
    function launch() {
      while (started < count && started - connected < 200) {
        started++;
        var c = net.connect(port, '127.0.0.1', function () {
          if (++connected === count) onAllConnected();
          else launch();
        });
        c.on('error', function () {});
        c.on('close', function () {
          closed++;
          if (phase === 'hold' && closed === WARMUP + total) process.exit(0);
        });
        sockets.push(c);
      }
    }
    launch();
  }
  open(WARMUP, function () {
    var warm = sockets;
    sockets = [];
    warm.forEach(function (s) { s.destroy(); });
    // The server says when it has its baseline; then the real batch.
    process.stdin.setEncoding('utf8');
    process.stdin.once('data', function () {
      phase = 'hold';
      open(total, function () {});
    });
  });
}
