'use strict';
// dns.resolve(domain[, rrtype], callback) and resolve4/6/Mx/Txt/Srv/Ns/Cname and reverse,
// against the test's own DNS server: each record type's result shape, a truncated UDP answer
// fetched again over TCP, compressed names, reverse lookups from /etc/hosts and by PTR, and
// v0.10's error codes — ENOTFOUND, ENODATA, ESERVFAIL, EREFUSED, EFORMERR, ENOTIMP, EBADRESP,
// ETIMEOUT, ECONNREFUSED, EBADNAME — with messages like 'queryA ENOTFOUND'.
var assert = require('assert');
var dns = require('dns');
var dgram = require('dgram');
var dnsServer = require('./fixtures/dns-server');

assert.throws(function () { dns.resolve('example.test', 'HI', function () {}); }, /Unknown type "HI"/);
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(dns.NODATA, 'ENODATA');
assert.strictEqual(dns.TIMEOUT, 'ETIMEOUT');
assert.strictEqual(dns.CONNREFUSED, 'ECONNREFUSED');
assert.strictEqual(dns.BADNAME, 'EBADNAME');

var expectedChecks = 0;
var checks = 0;
process.on('exit', function () {
  assert.strictEqual(checks, expectedChecks);
});

dnsServer.start(function (err, server) {
  assert.ifError(err);
  process.env.JNODE_DNS_SERVERS = '127.0.0.1:' + server.port;
  process.env.JNODE_DNS_TIMEOUT_MS = '20000';
  process.env.JNODE_DNS_TRIES = '1';

  var pending = 0;
  function expect(fnName, args, check) {
    pending++;
    expectedChecks++;
    var returned = false;
    dns[fnName].apply(dns, args.concat(function (err, result) {
      assert(returned, 'asynchronous');
      check(err, result);
      checks++;
      if (--pending === 0) afterwards();
    }));
    returned = true;
  }
  function fails(code, syscall) {
    return function (err, result) {
      assert(err instanceof Error, 'expected ' + code);
      assert.strictEqual(err.code, code);
      assert.strictEqual(err.errno, code);
      assert.strictEqual(err.syscall, syscall);
      assert.strictEqual(err.message, syscall + ' ' + code);
      assert.strictEqual(result, undefined);
    };
  }

  expect('resolve', ['multi.test'], function (err, r) {
    assert.strictEqual(err, null);
    assert.deepEqual(r, ['192.0.2.1', '192.0.2.2']);
  });
  expect('resolve4', ['multi.test'], function (err, r) { assert.deepEqual(r, ['192.0.2.1', '192.0.2.2']); });
  expect('resolve', ['multi.test', 'AAAA'], function (err, r) { assert.deepEqual(r, ['2001:db8::1', '2001:db8::2']); });
  expect('resolve6', ['multi.test'], function (err, r) { assert.deepEqual(r, ['2001:db8::1', '2001:db8::2']); });
  expect('resolveMx', ['mx.test'], function (err, r) {
    assert.deepEqual(r, [{ priority: 10, exchange: 'mail1.mx.test' }, { priority: 20, exchange: 'mail2.example' }]);
  });
  expect('resolve', ['mx.test', 'MX'], function (err, r) { assert.strictEqual(r.length, 2); });
  expect('resolveTxt', ['txt.test'], function (err, r) {
    assert.deepEqual(r, ['v=spf1 -all', 'first part', 'second part']);
  });
  expect('resolveSrv', ['_sip._tcp.srv.test'], function (err, r) {
    assert.deepEqual(r, [{ priority: 10, weight: 5, port: 5060, name: 'sip1.srv.test' },
                         { priority: 20, weight: 0, port: 5061, name: 'sip2.example' }]);
  });
  expect('resolveNs', ['ns.test'], function (err, r) { assert.deepEqual(r, ['ns1.ns.test', 'ns2.example']); });
  expect('resolveCname', ['alias.test'], function (err, r) { assert.deepEqual(r, ['real.test']); });
  expect('resolve', ['alias.test', 'CNAME'], function (err, r) { assert.deepEqual(r, ['real.test']); });
  expect('reverse', ['192.0.2.10'], function (err, r) { assert.deepEqual(r, ['real.test']); });
  expect('resolve', ['2001:db8::1', 'PTR'], function (err, r) { assert.deepEqual(r, ['six.test']); });
  expect('reverse', ['127.0.0.1'], function (err, r) {
    assert.strictEqual(err, null);
    assert(Array.isArray(r) && r.indexOf('localhost') >= 0, 'from /etc/hosts: ' + r);
  });
  expect('resolveTxt', ['big.test'], function (err, r) {
    assert.strictEqual(err, null);
    assert.strictEqual(r.length, 12);
    assert.strictEqual(r[11], new Array(101).join('l'));
  });

  expect('resolve4', ['no-such-name.test'], fails('ENOTFOUND', 'queryA'));
  expect('resolve6', ['nodata.test'], fails('ENODATA', 'queryAaaa'));
  expect('resolveMx', ['servfail.test'], fails('ESERVFAIL', 'queryMx'));
  expect('resolveTxt', ['refused.test'], fails('EREFUSED', 'queryTxt'));
  expect('resolveSrv', ['formerr.test'], fails('EFORMERR', 'querySrv'));
  expect('resolveNs', ['notimp.test'], fails('ENOTIMP', 'queryNs'));
  expect('resolveCname', ['badresp.test'], fails('EBADRESP', 'queryCname'));
  expect('reverse', ['192.0.2.99'], fails('ENOTFOUND', 'getHostByAddr'));

  // A name that cannot be put in a query fails at once (thrown, as v0.10 does).
  assert.throws(function () { dns.resolve4(new Array(70).join('x') + '.test', assert.fail); },
                function (e) { return e.code === 'EBADNAME' && e.message === 'queryA EBADNAME'; });
  assert.throws(function () { dns.reverse('not-an-ip', assert.fail); }, /getHostByAddr ENOTIMP/);

  var done = false;
  process.on('exit', function () { assert(done); });
  function afterwards() {
    // Where nobody listens (ICMP port unreachable): ECONNREFUSED. Where nobody answers: ETIMEOUT.
    var closed = dgram.createSocket('udp4');
    closed.bind(0, '127.0.0.1', function () {
      var port = closed.address().port;
      closed.close();
      process.env.JNODE_DNS_SERVERS = '127.0.0.1:' + port;
      process.env.JNODE_DNS_TIMEOUT_MS = '3000';
      dns.resolve4('multi.test', function (err) {
        fails('ECONNREFUSED', 'queryA')(err);
        process.env.JNODE_DNS_SERVERS = '127.0.0.1:' + server.port;
        process.env.JNODE_DNS_TIMEOUT_MS = '300';
        var start = Date.now();
        dns.resolve4('timeout.test', function (err) {
          fails('ETIMEOUT', 'queryA')(err);
          assert(Date.now() - start >= 250, 'waited for the timeout');
          assert.deepEqual(server.queries.filter(function (q) { return q === 'timeout.test'; }), ['timeout.test']);
          assert.notStrictEqual(server.queries.indexOf('tcp:big.test'), -1, 'big.test was asked again over TCP');
          server.close();
          done = true;
        });
      });
    });
  }
});
