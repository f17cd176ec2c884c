// Base64 is fast only once Graal has compiled jnode's two base64 loops (jnode.runtime.HostCompiler;
// HotSpot itself runs C1 only, whose code for them is ~10x slower). A child process that keeps
// encoding and decoding must get both compiled, reported by -Djnode.traceHostCompiler=true, and
// its results must stay right before and after.
var assert = require('assert');

if (process.argv[2] === 'child') {
  var MIB = 1024 * 1024;
  var data = new Buffer(MIB);
  for (var i = 0; i < MIB; i++) data[i] = (i * 7919 + (i >> 8)) & 0xff;
  var text = data.toString('base64');
  var rounds = 0;
  (function round() {
    assert.strictEqual(data.toString('base64'), text);
    var back = new Buffer(text, 'base64');
    assert.strictEqual(back.length, MIB);
    assert.strictEqual(back[rounds % MIB], data[rounds % MIB]);
    // a padded end reached by the block loop after the lenient one (the SIMD routine decodes
    // the padded group itself); the leading space makes room for a wrong extra byte
    var spaced = new Buffer(' ' + text, 'base64');
    assert.strictEqual(spaced.length, MIB);
    assert.strictEqual(spaced[MIB - 1], data[MIB - 1]);
    // the lenient path as well: a line break every 76 characters
    assert.strictEqual(new Buffer(text.slice(0, 76) + '\n' + text.slice(76, 4000), 'base64').toString('base64'),
                       data.slice(0, 3000).toString('base64'));
    // the parent stops this child; the bound only keeps an orphan from running forever
    if (++rounds < 20000) setImmediate(round);
  })();
  return;
}

var child = require('./host-compiler-child')(__filename);
var stopped = false;
var compiled = {};
var wanted = ['Base64Codec.encode(', 'Base64Codec$Reader.read('];
var timer = setTimeout(function () {
  child.kill();
  assert.fail('not compiled within 90 s; stderr:\n' + child.output.stderr);
}, 90000);
child.stderr.on('data', function () {
  child.output.stderr.split('\n').forEach(function (line) {
    wanted.forEach(function (m) { if (line.indexOf(m) >= 0 && / compiled in /.test(line)) compiled[m] = true; });
  });
  if (!stopped && wanted.every(function (m) { return compiled[m]; })) {
    stopped = true;
    child.kill();
  }
});
child.on('exit', function (code, signal) {
  clearTimeout(timer);
  var stderr = child.output.stderr;
  assert.ok(!/failed|unavailable|AssertionError/.test(stderr), stderr);
  wanted.forEach(function (m) { assert.ok(compiled[m], m + ' not compiled; stderr:\n' + stderr); });
  assert.ok(stopped, 'the child ended by itself (' + code + ', ' + signal + '); stderr:\n' + stderr);
});
