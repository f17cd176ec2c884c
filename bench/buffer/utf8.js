'use strict';
// utf8 encode (string -> Buffer) and decode (Buffer -> string) of 1 MiB, ASCII and mixed text.
var h = require('./harness');
var MiB = 1024 * 1024;
['ascii', 'mixed'].forEach(function (kind) {
  var s = h.text(kind, MiB);
  var bytes = h.fromString(s, 'utf8');
  h.bench('utf8-encode-' + kind, bytes.length, function () { h.consume(h.fromString(s, 'utf8')); });
  h.bench('utf8-decode-' + kind, bytes.length, function () { h.consume(bytes.toString('utf8')); });
});
