'use strict';
// UTF-8 encoding of text past ASCII runs in Java loops that Graal compiles once they have seen a
// few million characters (jnode.binding.Utf8Encoder through jnode.runtime.HostCompiler). A child
// encodes two long strings (one stored as UTF-16, one as Latin-1) round after round until
// -Djnode.traceHostCompiler=true reports the four loops compiled; the parent then tells it (a
// line on its stdin) to check 50 rounds of random strings against the reference encoder, now in
// Graal's code, and exit.
var assert = require('assert');
var helper = require('./host-compiler-child');

if (process.argv[2] === 'child') {
  var checkRandomStrings = require('./utf8-check');
  var long = 'caf\u00e9 \u65e5\u672c\u8a9e \ud83d\ude00 text '.repeat(40000);
  var longBytes = Buffer.byteLength(long);
  var latin1 = 'caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve text '.repeat(40000);
  var latin1Bytes = Buffer.byteLength(latin1);
  helper.childRounds(50, function (told, round) {
    if (told) {
      checkRandomStrings(round, 3, [9000, 20000, 70]);
      checkRandomStrings(round, 2, [9000, 70], true);
    } else {
      assert.strictEqual(new Buffer(long).length, longBytes);
      assert.strictEqual(Buffer.byteLength(long), longBytes);
      assert.strictEqual(new Buffer(latin1).length, latin1Bytes);
      assert.strictEqual(Buffer.byteLength(latin1), latin1Bytes);
    }
  }, function (rounds) {
    console.log('checked ' + rounds + ' rounds');
  });
  return;
}

helper.tellWhenCompiled(__filename, ['Utf8Encoder.encode(', 'Utf8Encoder.extraBytes(',
                                     'Utf8Encoder.encodeLatin1(', 'Utf8Encoder.extraBytesLatin1('], function (output) {
  assert.ok(/checked \d+ rounds/.test(output.stdout), output.stdout);
});
