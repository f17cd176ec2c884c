'use strict';
// net.isIP / isIPv4 / isIPv6: inet_pton's rules (4, 6 or 0), for strings and other input.
var assert = require('assert');
var net = require('net');

var v4 = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '1.2.3.4', '10.0.0.10'];
var v6 = ['::', '::1', '1::', '2001:db8::1', 'fe80::1:2:3:4', '1:2:3:4:5:6:7:8',
          '0000:0000:0000:0000:0000:0000:0000:0000', '::ffff:127.0.0.1', '::2001:252:1:255.255.255.255',
          'FFFF:ffff:FFFF:ffff:FFFF:ffff:FFFF:ffff', '1:2:3:4:5:6::8', '1::2:3:4:5:6:7'];
var neither = ['', '0', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.04', ' 1.2.3.4', '1.2.3.4 ',
               'x127.0.0.1', 'example.com', 'localhost', ':::', '1:2:3:4:5:6:7:8:9', '1::2::3', ':1::2',
               '1::2:', '12345::', 'g::1', '::1%lo', '[::1]', '::256.1.1.1', '::1.2.3', '1:2:3:4:5:6:7:1.2.3.4',
               '::anything', '1.2.3.4::'];

v4.forEach(function (s) {
  assert.strictEqual(net.isIP(s), 4, s);
  assert.strictEqual(net.isIPv4(s), true, s);
  assert.strictEqual(net.isIPv6(s), false, s);
});
v6.forEach(function (s) {
  assert.strictEqual(net.isIP(s), 6, s);
  assert.strictEqual(net.isIPv4(s), false, s);
  assert.strictEqual(net.isIPv6(s), true, s);
});
neither.forEach(function (s) {
  assert.strictEqual(net.isIP(s), 0, JSON.stringify(s));
  assert.strictEqual(net.isIPv4(s), false, s);
  assert.strictEqual(net.isIPv6(s), false, s);
});

// Non-strings are read as strings.
assert.strictEqual(net.isIP(), 0);
assert.strictEqual(net.isIP(null), 0);
assert.strictEqual(net.isIP(123), 0);
assert.strictEqual(net.isIP({ toString: function () { return '127.0.0.1'; } }), 4);
