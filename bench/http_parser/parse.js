'use strict';
// process.binding('http_parser') end to end: parses a typical browser GET (8 headers) and a POST
// with a 1 KiB body through HTTPParser.execute with lib/http.js-like callbacks, and prints
// nanoseconds per request (median of rounds, after warm-up). jnode only (Node v0.10's binding API).
var HTTPParser = process.binding('http_parser').HTTPParser;

var WARMUP_MS = +(process.env.BENCH_WARMUP_MS || 4000);
var ROUND_MS = +(process.env.BENCH_ROUND_MS || 500);
var ROUNDS = +(process.env.BENCH_ROUNDS || 9);

var GET = 'GET /index.html?page=12&sort=desc HTTP/1.1\r\n' +
    'Host: www.example.com\r\n' +
    'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n' +
    'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n' +
    'Accept-Language: en-US,en;q=0.5\r\n' +
    'Accept-Encoding: gzip, deflate, br\r\n' +
    'Connection: keep-alive\r\n' +
    'Cookie: session=8f2a7c9e1b; theme=dark\r\n' +
    'Cache-Control: max-age=0\r\n' +
    '\r\n';
var POST = 'POST /upload HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/octet-stream\r\n' +
    'Content-Length: 1024\r\n\r\n' + new Array(1025).join('x');

function now() {
  var t = process.hrtime();
  return t[0] * 1e9 + t[1];
}

function makeParser() {
  var parser = new HTTPParser(HTTPParser.REQUEST);
  parser.seen = 0;
  parser.onHeaders = function(headers, url) { parser.seen += headers.length; };
  parser.onHeadersComplete = function(info) { parser.seen += info.headers.length + info.url.length; };
  parser.onBody = function(b, start, len) { parser.seen += len; };
  parser.onMessageComplete = function() { parser.seen++; };
  return parser;
}

function bench(name, text) {
  var buf = new Buffer(text);
  var parser = makeParser();
  function once() {
    var n = parser.execute(buf, 0, buf.length);
    if (n !== buf.length) throw new Error('parse failed: ' + n);
  }
  function rounds(ms) {
    var calls = 0, start = now(), end = start + ms * 1e6, t = start;
    while (t < end) {
      for (var i = 0; i < 1000; i++) once();
      calls += 1000;
      t = now();
    }
    return (t - start) / calls;
  }
  rounds(WARMUP_MS);
  var results = [];
  for (var r = 0; r < ROUNDS; r++) results.push(rounds(ROUND_MS));
  results.sort(function(a, b) { return a - b; });
  console.log(name + ': ' + results[results.length >> 1].toFixed(0) + ' ns/request (median), ' +
              results[0].toFixed(0) + ' best');
}

bench('get-8-headers (' + GET.length + ' bytes)', GET);
bench('post-1k-body', POST);
