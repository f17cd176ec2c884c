'use strict';
// Buffer.concat of many small Buffers: 1000 x 64 bytes and 10000 x 16 bytes.
var h = require('./harness');
[[1000, 64], [10000, 16]].forEach(function (shape) {
  var list = [];
  for (var i = 0; i < shape[0]; i++) {
    var b = h.alloc(shape[1]);
    b.fill(i & 0xff);
    list.push(b);
  }
  h.bench('concat-' + shape[0] + 'x' + shape[1], shape[0] * shape[1], function () {
    h.consume(Buffer.concat(list));
  });
});
