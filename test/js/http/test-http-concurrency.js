'use strict';
// timeout: 300
// Many clients at once: a server that answers each request only after 2 seconds serves 1,000
// concurrent connections in about 2 seconds, because waiting costs no thread. The bound is kept
// generous (the test machine may be busy); what it rules out is requests being served one
// after another or a few at a time.
var assert = require('assert');
var http = require('http');

var PORT = 14231;
var CLIENTS = 1000;
var DELAY = 2000;
var LIMIT = 60000;

var waiting = 0;
var maxWaiting = 0;
var server = http.createServer(function (req, res) {
  waiting++;
  if (waiting > maxWaiting) maxWaiting = waiting;
  setTimeout(function () {
    waiting--;
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('answer ' + req.url);
  }, DELAY);
});

var agent = new http.Agent({ maxSockets: CLIENTS });
var answered = 0;
var started;
var elapsed = -1;

server.listen(PORT, function () {
  started = Date.now();
  for (var i = 0; i < CLIENTS; i++) {
    (function (i) {
      http.get({ port: PORT, path: '/' + i, agent: agent }, function (res) {
        var s = '';
        res.setEncoding('utf8');
        res.on('data', function (d) { s += d; });
        res.on('end', function () {
          assert.strictEqual(s, 'answer /' + i);
          if (++answered === CLIENTS) {
            elapsed = Date.now() - started;
            server.close();
          }
        });
      });
    })(i);
  }
});

process.on('exit', function () {
  assert.strictEqual(answered, CLIENTS);
  console.log('%d clients served in %d ms, at most %d waiting at once', CLIENTS, elapsed, maxWaiting);
  // Hundreds of requests waited at the same time (all of them, on an idle machine; on a
  // loaded one, connecting 1,000 clients may itself take longer than the delay).
  assert(maxWaiting >= CLIENTS / 4, maxWaiting + ' waiting at once');
  assert(elapsed >= DELAY, 'took ' + elapsed + ' ms');
  assert(elapsed < LIMIT, 'took ' + elapsed + ' ms');
});
