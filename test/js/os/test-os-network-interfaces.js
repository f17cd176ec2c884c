// os.networkInterfaces(): v0.10's shape, { name: [{ address, family, internal }] }, listing the
// IPv4 and IPv6 addresses of interfaces that are up, checked against the kernel's own tables.
var assert = require('assert');
var fs = require('fs');
var os = require('os');

var interfaces = os.networkInterfaces();
assert.strictEqual(typeof interfaces, 'object');
assert.strictEqual(Object.getPrototypeOf(interfaces), Object.prototype);

// The loopback address, exactly as Node's own test expects it.
assert.deepEqual(interfaces.lo.filter(function(e) { return e.address === '127.0.0.1'; }),
                 [{ address: '127.0.0.1', family: 'IPv4', internal: true }]);

var IFF_LOOPBACK = 0x8;
function isLoopback(name) {
  return (parseInt(fs.readFileSync('/sys/class/net/' + name + '/flags', 'utf8'), 16) & IFF_LOOPBACK) !== 0;
}

// Shortest text form of an IPv6 address (RFC 5952): lower case, leading zeros dropped, the
// longest run of two or more zero groups (the first of equals) written as "::".
function ipv6Text(hex32) {
  var groups = hex32.match(/.{4}/g).map(function(g) { return parseInt(g, 16).toString(16); });
  var best = -1, bestLen = 1;
  for (var i = 0; i < 8; i++) {
    var j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
  }
  if (best < 0) return groups.join(':');
  return groups.slice(0, best).join(':') + '::' + groups.slice(best + bestLen).join(':');
}
assert.strictEqual(ipv6Text('00000000000000000000000000000001'), '::1');
assert.strictEqual(ipv6Text('fe8000000000000000fc00fffe000001'), 'fe80::fc:ff:fe00:1');
assert.strictEqual(ipv6Text('20010db8000000010000000000000000'), '2001:db8:0:1::');

// The kernel's IPv6 addresses per interface: /proc/net/if_inet6 ("hex index plen scope flags name").
var kernelV6 = {};
try {
  fs.readFileSync('/proc/net/if_inet6', 'utf8').split('\n').forEach(function(line) {
    var f = line.trim().split(/\s+/);
    if (f.length < 6) return;
    (kernelV6[f[5]] = kernelV6[f[5]] || []).push(ipv6Text(f[0]));
  });
} catch (e) {
  // no IPv6 in this kernel: nothing to compare
}

// The kernel's local IPv4 addresses: "/32 host LOCAL" leaves of /proc/net/fib_trie.
var localV4 = {};
var lastLeaf = null;
fs.readFileSync('/proc/net/fib_trie', 'utf8').split('\n').forEach(function(line) {
  var leaf = /\|-- (\d+\.\d+\.\d+\.\d+)/.exec(line);
  if (leaf) lastLeaf = leaf[1];
  else if (/\/32 host LOCAL/.test(line) && lastLeaf) localV4[lastLeaf] = true;
});

Object.keys(interfaces).forEach(function(name) {
  var list = interfaces[name];
  assert.ok(Array.isArray(list) && list.length > 0, name);
  var internal = isLoopback(name);
  var v6seen = [];
  list.forEach(function(entry) {
    assert.deepEqual(Object.keys(entry), ['address', 'family', 'internal'], name);
    assert.strictEqual(entry.internal, internal, name + ' internal');
    if (entry.family === 'IPv4') {
      assert.ok(/^\d+\.\d+\.\d+\.\d+$/.test(entry.address), entry.address);
      assert.ok(localV4[entry.address], entry.address + ' is a local address of the kernel');
    } else {
      assert.strictEqual(entry.family, 'IPv6');
      assert.ok((kernelV6[name] || []).indexOf(entry.address) !== -1,
                name + ' ' + entry.address + ' in /proc/net/if_inet6 ' + JSON.stringify(kernelV6[name]));
      v6seen.push(entry.address);
    }
  });
  // Every IPv6 address the kernel holds on a listed interface is listed.
  (kernelV6[name] || []).forEach(function(address) {
    assert.ok(v6seen.indexOf(address) !== -1, name + ' lacks ' + address);
  });
});

// A new object each call.
assert.notStrictEqual(os.networkInterfaces(), interfaces);
assert.deepEqual(os.networkInterfaces().lo, interfaces.lo);
