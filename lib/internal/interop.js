// Helpers the Java side uses to build JavaScript values (see jnode.runtime.Interop), so what Java
// hands to JavaScript is made exactly as JavaScript would make it.
(function () {
  'use strict';

  // Node v0.10 fs errors: "ENOENT, open 'missing.txt'" with errno, code and path.
  function uvException(errno, code, description, syscall, path) {
    var message = code + ', ' + (syscall || description);
    if (path !== null && path !== undefined) message += " '" + path + "'";
    var e = new Error(message);
    e.errno = errno;
    e.code = code;
    if (path !== null && path !== undefined) e.path = path;
    return e;
  }

  // Node v0.10 net/process errors: "connect ECONNREFUSED" with errno = code = 'ECONNREFUSED'.
  function errnoException(code, syscall) {
    var e = new Error(syscall + ' ' + code);
    e.errno = e.code = code;
    e.syscall = syscall;
    return e;
  }

  var constructors = {
    Error: Error, TypeError: TypeError, RangeError: RangeError,
    SyntaxError: SyntaxError, ReferenceError: ReferenceError
  };

  return {
    array: function () { return []; },
    object: function () { return {}; },
    uvException: uvException,
    errnoException: errnoException,
    error: function (type, message) { return new (constructors[type] || Error)(message); }
  };
})()
