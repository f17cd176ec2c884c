'use strict';
// The `dns` core module as in Node v0.10: lookup() resolves a name the way the system does
// (getaddrinfo: /etc/hosts, then DNS, on the worker pool) and is what net.connect() uses;
// resolve() and resolve4/6/Mx/Txt/Srv/Ns/Cname/reverse query DNS servers directly
// (/etc/resolv.conf's), asynchronously on the event loop. Errors have v0.10's shape:
// message 'queryA ENOTFOUND', code = errno = 'ENOTFOUND', syscall = the binding call.
// Callbacks always run asynchronously, even when the answer is known at once.

var cares = process.binding('cares_wrap');
var net = require('net');
var isIp = net.isIP;

function errnoException(errorno, syscall) {
  // libuv 0.10 reports a name that does not exist as ENOENT; Node calls it ENOTFOUND.
  if (errorno === 'ENOENT') errorno = 'ENOTFOUND';
  var e = new Error(syscall + ' ' + errorno);
  e.errno = e.code = errorno;
  e.syscall = syscall;
  return e;
}

// Runs `callback` on a later tick if it would otherwise be called before the caller returns.
function makeAsync(callback) {
  if (typeof callback !== 'function') return callback;
  return function asyncCallback() {
    if (asyncCallback.immediately) {
      // The caller has returned: call back right away.
      callback.apply(null, arguments);
    } else {
      var args = arguments;
      process.nextTick(function () {
        callback.apply(null, args);
      });
    }
  };
}

// lookup(domain, [family], callback): callback(err, address, family), family 4 or 6.
exports.lookup = function (domain, family, callback) {
  // Parse the arguments.
  if (arguments.length === 2) {
    callback = family;
    family = 0;
  } else if (!family) {
    family = 0;
  } else {
    family = +family;
    if (family !== 4 && family !== 6) {
      throw new Error('invalid argument: `family` must be 4 or 6');
    }
  }
  callback = makeAsync(callback);

  if (!domain) {
    callback(null, null, family === 6 ? 6 : 4);
    return {};
  }

  // Address literals need no lookup.
  var matchedFamily = net.isIP(domain);
  if (matchedFamily) {
    callback(null, domain, matchedFamily);
    return {};
  }

  function onanswer(addresses) {
    if (addresses) {
      if (family) {
        callback(null, addresses[0], family);
      } else {
        callback(null, addresses[0], addresses[0].indexOf(':') >= 0 ? 6 : 4);
      }
    } else {
      callback(errnoException(process._errno, 'getaddrinfo'));
    }
  }

  var wrap = cares.getaddrinfo(domain, family);
  if (!wrap) throw errnoException(process._errno, 'getaddrinfo');
  wrap.oncomplete = onanswer;

  callback.immediately = true;
  return wrap;
};

function resolver(bindingName) {
  var binding = cares[bindingName];

  return function query(name, callback) {
    function onanswer(status, result) {
      if (!status) {
        callback(null, result);
      } else {
        callback(errnoException(process._errno, bindingName));
      }
    }

    callback = makeAsync(callback);
    var wrap = binding(name, onanswer);
    if (!wrap) throw errnoException(process._errno, bindingName);

    callback.immediately = true;
    return wrap;
  };
}

var resolveMap = {};
exports.resolve4 = resolveMap.A = resolver('queryA');
exports.resolve6 = resolveMap.AAAA = resolver('queryAaaa');
exports.resolveCname = resolveMap.CNAME = resolver('queryCname');
exports.resolveMx = resolveMap.MX = resolver('queryMx');
exports.resolveNs = resolveMap.NS = resolver('queryNs');
exports.resolveTxt = resolveMap.TXT = resolver('queryTxt');
exports.resolveSrv = resolveMap.SRV = resolver('querySrv');
exports.reverse = resolveMap.PTR = resolver('getHostByAddr');

// resolve(domain, [rrtype], callback), rrtype 'A' when left out.
exports.resolve = function (domain, type_, callback_) {
  var resolver, callback;
  if (typeof type_ === 'string') {
    resolver = resolveMap[type_];
    callback = callback_;
  } else {
    resolver = exports.resolve4;
    callback = type_;
  }

  if (typeof resolver === 'function') {
    return resolver(domain, callback);
  } else {
    throw new Error('Unknown type "' + type_ + '"');
  }
};

// c-ares's error codes.
exports.NODATA = 'ENODATA';
exports.FORMERR = 'EFORMERR';
exports.SERVFAIL = 'ESERVFAIL';
exports.NOTFOUND = 'ENOTFOUND';
exports.NOTIMP = 'ENOTIMP';
exports.REFUSED = 'EREFUSED';
exports.BADQUERY = 'EBADQUERY';
exports.BADNAME = 'EBADNAME';
exports.BADFAMILY = 'EBADFAMILY';
exports.BADRESP = 'EBADRESP';
exports.CONNREFUSED = 'ECONNREFUSED';
exports.TIMEOUT = 'ETIMEOUT';
exports.EOF = 'EOF';
exports.FILE = 'EFILE';
exports.NOMEM = 'ENOMEM';
exports.DESTRUCTION = 'EDESTRUCTION';
exports.BADSTR = 'EBADSTR';
exports.BADFLAGS = 'EBADFLAGS';
exports.NONAME = 'ENONAME';
exports.BADHINTS = 'EBADHINTS';
exports.NOTINITIALIZED = 'ENOTINITIALIZED';
exports.LOADIPHLPAPI = 'ELOADIPHLPAPI';
exports.ADDRGETNETWORKPARAMS = 'EADDRGETNETWORKPARAMS';
exports.CANCELLED = 'ECANCELLED';
