'use strict';
// base64 encode (Buffer -> base64 string) and decode (base64 string -> Buffer) of 1 MiB.
var h = require('./harness');
var MiB = 1024 * 1024;
var data = h.alloc(MiB);
for (var i = 0; i < data.length; i++) data[i] = (i * 7919 + (i >> 8)) & 0xff;
var encoded = data.toString('base64');
h.bench('base64-encode', MiB, function () { h.consume(data.toString('base64')); });
h.bench('base64-decode', MiB, function () { h.consume(h.fromString(encoded, 'base64')); });
