// The training run for the JVM's AOT cache (see bin/jdk.sh): the classes this program loads
// and the methods it runs are what a later launch finds pre-loaded and pre-linked. So it
// touches what typical programs use at startup — core modules, timers, the console, Buffers,
// a loopback socket — and exits within a second or two.
'use strict';
var names = ['events', 'util', 'assert', 'path', 'stream', 'buffer', 'string_decoder', 'url',
             'querystring', 'punycode', 'timers', 'vm', 'fs', 'net', 'dns', 'dgram', 'http',
             'child_process', 'os', 'domain'];
var loaded = {};
names.forEach(function (name) {
  // Modules not built yet are skipped: training must not fail on a partial tree.
  try { loaded[name] = require(name); } catch (e) {}
});

var buf = new Buffer('training ✓ run', 'utf8');
buf.toString('base64'); buf.toString('hex'); Buffer.concat([buf, buf]).toString();
require('util').inspect({ a: [1, 2, { b: buf }] }, { depth: 4 });
console.log('%s %d', 'aot', 1);

var pending = 0;
function done() { if (--pending === 0) clearTimeout(guard); }
var guard = setTimeout(function () {}, 5000);

pending++;
setTimeout(function () { setImmediate(function () { process.nextTick(done); }); }, 1);

if (loaded.fs && loaded.fs.readFile) {
  pending++;
  loaded.fs.readFile(__filename, function () { done(); });
}

if (loaded.net && loaded.net.createServer) {
  pending++;
  var server = loaded.net.createServer(function (socket) { socket.pipe(socket); });
  server.on('error', done);
  server.listen(0, '127.0.0.1', function () {
    var client = loaded.net.connect(server.address().port, '127.0.0.1', function () {
      client.end('ping');
    });
    client.on('data', function () {});
    client.on('error', function () {});
    client.on('close', function () { server.close(); done(); });
  });
}
