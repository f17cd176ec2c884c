'use strict';
// process.binding('cares_wrap'): name resolution for lib/dns.js, over the Java binding
// jnode.binding.dns.CaresWrap. As in Node v0.10, getaddrinfo(host, family) returns a request
// whose `oncomplete(addresses)` gets an array, or nothing with the error code in
// process._errno; each query function — queryA(name, oncomplete) ... getHostByAddr — returns a
// request (null, with process._errno set, if the query cannot be made) and later calls
// `oncomplete(status, result)`, status 0 or -1. isIP(text) is 4, 6 or 0, as inet_pton decides.

var native = require('internal/native_binding')('cares_wrap');

// Tests point jnode at their own DNS server through process.env (see jnode.binding.dns.DnsConfig);
// the Java side is told whenever those variables change.
var configured = '\u0000' + [process.env.JNODE_DNS_SERVERS, process.env.JNODE_DNS_TIMEOUT_MS,
                               process.env.JNODE_DNS_TRIES].join('\u0000');
function configure() {
  var env = process.env;
  var servers = env.JNODE_DNS_SERVERS;
  var timeout = env.JNODE_DNS_TIMEOUT_MS;
  var tries = env.JNODE_DNS_TRIES;
  var key = '\u0000' + [servers, timeout, tries].join('\u0000');
  if (key !== configured) {
    configured = key;
    native.configure(servers === undefined ? null : servers, timeout === undefined ? null : timeout,
                     tries === undefined ? null : tries);
  }
}

exports.getaddrinfo = function (domain, family) {
  var req = { oncomplete: null };
  configure();
  native.getaddrinfo(String(domain), family | 0, function (err, addresses) {
    if (typeof req.oncomplete !== 'function') return;
    if (err !== null) {
      process._errno = err;
      req.oncomplete();
    } else {
      req.oncomplete(addresses);
    }
  });
  return req;
};

function answer(req) {
  return function (err, result) {
    if (typeof req.oncomplete !== 'function') return;
    if (err !== null) {
      process._errno = err;
      req.oncomplete(-1);
    } else {
      req.oncomplete(0, result);
    }
  };
}

function query(rrtype) {
  return function (name, oncomplete) {
    var req = { oncomplete: oncomplete };
    configure();
    var r = native.query(rrtype, String(name), answer(req));
    if (r !== null && r !== undefined) {
      process._errno = r;
      return null;
    }
    return req;
  };
}

exports.queryA = query('A');
exports.queryAaaa = query('AAAA');
exports.queryMx = query('MX');
exports.queryTxt = query('TXT');
exports.querySrv = query('SRV');
exports.queryNs = query('NS');
exports.queryCname = query('CNAME');

exports.getHostByAddr = function (address, oncomplete) {
  var req = { oncomplete: oncomplete };
  configure();
  var r = native.getHostByAddr(String(address), answer(req));
  if (r !== null && r !== undefined) {
    process._errno = r;
    return null;
  }
  return req;
};

// inet_pton(3)'s rules: dotted quads of decimal 0-255 without leading zeros; IPv6 as up to eight
// groups of 1-4 hex digits, one '::' standing for one or more zero groups, and optionally a
// dotted quad in place of the last two groups. No zone ids, no brackets.
var IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;
var HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function isIPv4(s) {
  return IPV4.test(s);
}

function isIPv6(s) {
  if (s.length < 2) return false;
  var halves = s.split('::');
  if (halves.length > 2) return false;
  var groups = 0;
  for (var h = 0; h < halves.length; h++) {
    if (halves[h] === '') continue;
    var parts = halves[h].split(':');
    for (var i = 0; i < parts.length; i++) {
      var last = h === halves.length - 1 && i === parts.length - 1;
      if (last && parts[i].indexOf('.') >= 0) {
        if (!isIPv4(parts[i])) return false;
        groups += 2;
      } else if (HEX_GROUP.test(parts[i])) {
        groups += 1;
      } else {
        return false;
      }
    }
  }
  if (halves.length === 2) return groups <= 7;
  return groups === 8;
}

exports.isIP = function (input) {
  if (typeof input !== 'string') input = input === undefined || input === null ? '' : String(input);
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
};
