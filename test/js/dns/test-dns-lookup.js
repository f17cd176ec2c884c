'use strict';
// dns.lookup(domain[, family], callback): no domain gives (null, null, 4|6); address literals
// answer themselves; /etc/hosts names (localhost); family 4 and 6; a bad family throws;
// names the resolver does not know fail with ENOTFOUND ('getaddrinfo ENOTFOUND'); callbacks are
// always asynchronous. The test's own DNS server (fixtures/dns-server.js) stands in for the
// network: JNODE_DNS_SERVERS points jnode's resolver at it.
var assert = require('assert');
var dns = require('dns');
var dnsServer = require('./fixtures/dns-server');

var results = {};
var expected = ['null', 'null6', 'v4literal', 'v6literal', 'localhost', 'localhost4', 'dns', 'dns-v6',
                'notfound', 'nodata', 'net.connect'];
process.on('exit', function () {
  assert.deepEqual(Object.keys(results).sort(), expected.sort());
});

function lookup(name, args, fn) {
  var called = false;
  var returned = false;
  args.push(function () {
    assert(returned, name + ': callback ran before lookup() returned');
    called = true;
    fn.apply(null, arguments);
    results[name] = true;
  });
  var r = dns.lookup.apply(dns, args);
  returned = true;
  assert.strictEqual(typeof r, 'object');
  assert(!called);
}

assert.throws(function () { dns.lookup('localhost', 5, function () {}); }, /invalid argument: `family` must be 4 or 6/);
assert.throws(function () { dns.lookup('localhost', 'x', function () {}); }, /must be 4 or 6/);

lookup('null', [null], function (err, address, family) {
  assert.strictEqual(err, null);
  assert.strictEqual(address, null);
  assert.strictEqual(family, 4);
});
lookup('null6', ['', 6], function (err, address, family) {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 6);
});
lookup('v4literal', ['127.0.0.1'], function (err, address, family) {
  assert.strictEqual(err, null);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
});
lookup('v6literal', ['::1', 4], function (err, address, family) {
  assert.strictEqual(address, '::1');
  assert.strictEqual(family, 6, 'the family of the address, not the one asked for');
});
lookup('localhost', ['localhost'], function (err, address, family) {
  assert.strictEqual(err, null);
  assert(address === '127.0.0.1' || address === '::1', address);
  assert.strictEqual(family, address === '::1' ? 6 : 4);
});
lookup('localhost4', ['localhost', 4], function (err, address, family) {
  assert.strictEqual(err, null);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
});

dnsServer.start(function (err, server) {
  assert.ifError(err);
  process.env.JNODE_DNS_SERVERS = '127.0.0.1:' + server.port;
  process.env.JNODE_DNS_TIMEOUT_MS = '20000';
  process.env.JNODE_DNS_TRIES = '1';
  var left = 5;
  function finished() {
    if (--left === 0) server.close();
  }
  // net.connect resolves host names with lookup: loop.test is 127.0.0.1 on the test server.
  var tcp = require('net').createServer(function (c) { c.end('via dns'); });
  tcp.listen(0, '127.0.0.1', function () {
    var c = require('net').connect({ host: 'loop.test', port: tcp.address().port }, function () {
      assert.strictEqual(c.remoteAddress, '127.0.0.1');
    });
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('end', function () {
      assert.strictEqual(got, 'via dns');
      tcp.close();
      results['net.connect'] = true;
      finished();
    });
  });
  lookup('dns', ['multi.test'], function (err, address, family) {
    assert.strictEqual(err, null);
    assert.strictEqual(address, '192.0.2.1');
    assert.strictEqual(family, 4);
    finished();
  });
  lookup('dns-v6', ['multi.test', 6], function (err, address, family) {
    assert.strictEqual(err, null);
    assert.strictEqual(address, '2001:db8::1');
    assert.strictEqual(family, 6);
    finished();
  });
  lookup('notfound', ['no-such-name.test'], function (err, address) {
    assert(err instanceof Error);
    assert.strictEqual(err.code, 'ENOTFOUND');
    assert.strictEqual(err.errno, 'ENOTFOUND');
    assert.strictEqual(err.syscall, 'getaddrinfo');
    assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND');
    assert.strictEqual(address, undefined);
    finished();
  });
  lookup('nodata', ['v6only.test', 4], function (err) {
    assert.strictEqual(err.code, 'ENOTFOUND');
    finished();
  });
});
