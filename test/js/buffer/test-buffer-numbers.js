'use strict';
// read*/write* for every integer and float type in both byte orders, noAssert, and v0.10's
// errors (which differ between Buffer and SlowBuffer for floats).
var assert = require('assert');
var SlowBuffer = require('buffer').SlowBuffer;

function hex(buf) {
  return buf.toString('hex');
}

function errorIs(type, message) {
  return function (e) {
    return e instanceof type && e.message === message;
  };
}

[Buffer, SlowBuffer].forEach(function (Type) {
  var buf = new Type(8);

  // unsigned reads
  buf.fill(0);
  buf[0] = 0x03; buf[1] = 0x04; buf[2] = 0x23; buf[3] = 0x42;
  assert.strictEqual(buf.readUInt8(0), 0x03);
  assert.strictEqual(buf.readUInt8(3), 0x42);
  assert.strictEqual(buf.readUInt16BE(0), 0x0304);
  assert.strictEqual(buf.readUInt16LE(0), 0x0403);
  assert.strictEqual(buf.readUInt16BE(1), 0x0423);
  assert.strictEqual(buf.readUInt16LE(2), 0x4223);
  assert.strictEqual(buf.readUInt32BE(0), 0x03042342);
  assert.strictEqual(buf.readUInt32LE(0), 0x42230403);
  buf.fill(0xff);
  assert.strictEqual(buf.readUInt8(0), 255);
  assert.strictEqual(buf.readUInt16LE(0), 0xffff);
  assert.strictEqual(buf.readUInt32BE(0), 0xffffffff);
  assert.strictEqual(buf.readUInt32LE(4), 0xffffffff);

  // signed reads
  assert.strictEqual(buf.readInt8(0), -1);
  assert.strictEqual(buf.readInt16BE(0), -1);
  assert.strictEqual(buf.readInt32LE(0), -1);
  buf[0] = 0x87; buf[1] = 0xab; buf[2] = 0x7c; buf[3] = 0xef;
  assert.strictEqual(buf.readInt8(0), -121);
  assert.strictEqual(buf.readInt8(2), 124);
  buf[0] = 0xff; buf[1] = 0x80;
  assert.strictEqual(buf.readInt16BE(0), -128);
  assert.strictEqual(buf.readInt16LE(0), -32513);
  buf[0] = 0xff; buf[1] = 0xfe; buf[2] = 0xef; buf[3] = 0xfa;
  assert.strictEqual(buf.readInt32BE(0), -69638);
  assert.strictEqual(buf.readInt32LE(0), -84934913);
  buf[0] = 0x42; buf[1] = 0xc3; buf[2] = 0x95; buf[3] = 0xa9; buf[4] = 0x36; buf[5] = 0x17;
  assert.strictEqual(buf.readInt32BE(1), -1013601994);
  assert.strictEqual(buf.readInt32LE(2), 389458325);

  // unsigned writes
  buf.fill(0);
  buf.writeUInt8(0x3, 0);
  buf.writeUInt8(0xff, 1);
  assert.strictEqual(hex(buf.slice(0, 2)), '03ff');
  buf.writeUInt16BE(0xdead, 0);
  buf.writeUInt16BE(0xbeef, 2);
  assert.strictEqual(hex(buf.slice(0, 4)), 'deadbeef');
  buf.writeUInt16LE(0xdead, 0);
  buf.writeUInt16LE(0xbeef, 2);
  assert.strictEqual(hex(buf.slice(0, 4)), 'addeefbe');
  buf.writeUInt32BE(0xfeedface, 0);
  assert.strictEqual(hex(buf.slice(0, 4)), 'feedface');
  buf.writeUInt32LE(0xfeedface, 4);
  assert.strictEqual(hex(buf.slice(4)), 'cefaedfe');
  assert.strictEqual(buf.writeUInt8(1, 0), undefined);

  // signed writes
  buf.writeInt8(0x23, 0);
  buf.writeInt8(-5, 1);
  assert.strictEqual(hex(buf.slice(0, 2)), '23fb');
  buf.writeInt8(0x7f, 0);
  buf.writeInt8(-0x80, 1);
  assert.strictEqual(hex(buf.slice(0, 2)), '7f80');
  buf.writeInt16BE(-2, 0);
  buf.writeInt16LE(-2, 2);
  assert.strictEqual(hex(buf.slice(0, 4)), 'fffefeff');
  buf.writeInt16BE(0x7fff, 0);
  buf.writeInt16LE(-0x8000, 2);
  assert.strictEqual(hex(buf.slice(0, 4)), '7fff0080');
  buf.writeInt32BE(-2, 0);
  buf.writeInt32LE(0x7fffffff, 4);
  assert.strictEqual(hex(buf), 'fffffffeffffff7f');
  buf.writeInt32LE(-0x80000000, 0);
  assert.strictEqual(buf.readInt32LE(0), -0x80000000);

  // value checks (skipped with noAssert: the value is truncated)
  assert.throws(function () { buf.writeUInt8(256, 0); }, errorIs(TypeError, 'value is out of bounds'));
  assert.throws(function () { buf.writeUInt8(-1, 0); }, TypeError);
  assert.throws(function () { buf.writeUInt8(1.5, 0); }, TypeError);
  assert.throws(function () { buf.writeInt8(0xabc, 0); }, TypeError);
  assert.throws(function () { buf.writeInt8(0x80, 0); }, TypeError);
  assert.throws(function () { buf.writeInt8(-0x81, 0); }, TypeError);
  assert.throws(function () { buf.writeUInt16LE(0x10000, 0); }, TypeError);
  assert.throws(function () { buf.writeInt16BE(0x8000, 0); }, TypeError);
  assert.throws(function () { buf.writeUInt32BE(0x100000000, 0); }, TypeError);
  assert.throws(function () { buf.writeInt32LE(0x80000000, 0); }, TypeError);
  assert.throws(function () { buf.writeInt32LE(-0x80000001, 0); }, TypeError);
  buf.writeUInt8(0x1ff, 0, true);
  assert.strictEqual(buf[0], 0xff);
  buf.writeUInt16BE(0x12345, 0, true);
  assert.strictEqual(hex(buf.slice(0, 2)), '2345');
  buf.writeUInt32LE(0x100000001, 0, true);
  assert.strictEqual(hex(buf.slice(0, 4)), '01000000');

  // offset checks
  assert.throws(function () { buf.writeUInt8(1, -1); }, errorIs(TypeError, 'offset is not uint'));
  assert.throws(function () { buf.writeUInt8(1, 0.5); }, TypeError);
  assert.throws(function () { buf.writeUInt8(1, 8); },
                errorIs(RangeError, 'Trying to write outside buffer length'));
  assert.throws(function () { buf.writeUInt32LE(1, 5); }, RangeError);
  assert.throws(function () { buf.readUInt8(8); },
                errorIs(RangeError, 'Trying to access beyond buffer length'));
  assert.throws(function () { buf.readUInt32LE(5); }, /Trying to access beyond buffer length/);
  assert.throws(function () { buf.readInt16BE(7); }, /beyond buffer length/);
  assert.throws(function () { buf.readUInt8(-1); }, errorIs(RangeError, 'offset is not uint'));
  assert.throws(function () { buf.readUInt8(1.5); }, /offset is not uint/);
  assert.throws(function () { buf.readUInt8(); }, /offset is not uint/);
  assert.throws(function () { buf.readUInt8('x'); }, /offset is not uint/);
  // noAssert reads past the end give what v0.10's plain JavaScript gives
  assert.strictEqual(buf.readUInt8(8, true), undefined);
  assert.strictEqual(buf.readUInt16LE(7, true), buf[7]);
  buf.writeUInt8(5, 100, true);   // silently dropped
  assert.strictEqual(buf[100], undefined);

  // floats and doubles
  buf.fill(0);
  buf[2] = 0x80; buf[3] = 0x3f;
  assert.strictEqual(buf.readFloatLE(0), 1);
  buf.writeFloatBE(0xcafebabe, 0);
  buf.writeFloatLE(0xcafebabe, 4);
  assert.strictEqual(hex(buf), '4f4afebbbbfe4a4f');
  assert.strictEqual(buf.readFloatBE(0), 3405691648);
  assert.strictEqual(buf.readFloatLE(4), 3405691648);
  buf.writeFloatLE(-Infinity, 0);
  assert.strictEqual(buf.readFloatLE(0), -Infinity);
  buf.writeFloatBE(NaN, 0);
  assert.strictEqual(hex(buf.slice(0, 4)), '7fc00000');
  assert.ok(isNaN(buf.readFloatBE(0)));
  buf.writeFloatLE(0.1, 0);
  assert.strictEqual(buf.readFloatLE(0), Math.fround(0.1));
  buf.writeDoubleBE(0xdeadbeefcafebabe, 0);
  assert.strictEqual(hex(buf), '43ebd5b7ddf95fd7');
  buf.writeDoubleLE(0xdeadbeefcafebabe, 0);
  assert.strictEqual(hex(buf), 'd75ff9ddb7d5eb43');
  buf.fill(0x55);
  buf[6] = 0xd5; buf[7] = 0x3f;
  assert.strictEqual(buf.readDoubleLE(0), 0.3333333333333333);
  buf.writeDoubleBE(-0, 0);
  assert.strictEqual(1 / buf.readDoubleBE(0), -Infinity);
  buf.writeDoubleLE(1.7976931348623157e308, 0);
  assert.strictEqual(buf.readDoubleLE(0), 1.7976931348623157e308);
  buf.writeDoubleLE(5e-324, 0);
  assert.strictEqual(buf.readDoubleLE(0), 5e-324);
  buf.writeFloatLE('2', 4, true);  // noAssert: the value is converted
  assert.strictEqual(buf.readFloatLE(4), 2);
});

// float offset errors: JavaScript's checks for Buffer, the native ones for SlowBuffer
var fast = new Buffer(8);
assert.throws(function () { fast.readFloatLE(0xffffffff); },
              errorIs(RangeError, 'Trying to access beyond buffer length'));
assert.throws(function () { fast.writeFloatLE(0.0, 0xffffffff); }, /Trying to access beyond buffer length/);
assert.throws(function () { fast.readDoubleBE(1); }, /Trying to access beyond buffer length/);
assert.throws(function () { fast.readFloatLE(-1); }, errorIs(RangeError, 'offset is not uint'));
assert.throws(function () { fast.writeFloatLE(0.0, -1); }, /offset is not uint/);
assert.throws(function () { fast.writeDoubleLE('1', 0); }, errorIs(TypeError, 'value not a number'));
var slowBuf = new SlowBuffer(8);
assert.throws(function () { slowBuf.readFloatLE(0xffffffff); },
              errorIs(RangeError, 'Trying to read beyond buffer length'));
assert.throws(function () { slowBuf.writeFloatLE(0.0, 0xffffffff); },
              errorIs(RangeError, 'Trying to write beyond buffer length'));
assert.throws(function () { slowBuf.readFloatLE(-1); }, errorIs(TypeError, 'offset is not uint'));
assert.throws(function () { slowBuf.writeFloatLE(0.0, -1); }, /offset is not uint/);
assert.throws(function () { slowBuf.writeDoubleBE({}, 0); }, /value not a number/);

// empty and short buffers
var empty = new Buffer(0);
assert.throws(function () { empty.readUInt8(0); }, /beyond buffer length/);
assert.throws(function () { empty.readInt8(0); }, /beyond buffer length/);
[16, 32].forEach(function (bits) {
  var short = new Buffer(bits / 8 - 1);
  ['readUInt', 'readInt'].forEach(function (name) {
    ['BE', 'LE'].forEach(function (order) {
      assert.throws(function () { short[name + bits + order](0); }, /beyond buffer length/);
    });
  });
  var ones = new Buffer([0xff, 0xff, 0xff, 0xff]);
  assert.strictEqual(ones['readUInt' + bits + 'BE'](0), 0xffffffff >>> (32 - bits));
  assert.strictEqual(ones['readInt' + bits + 'LE'](0), 0xffffffff >> (32 - bits));
});

// numbers on a slice land in the parent's memory
var whole = new Buffer(12);
whole.fill(0);
whole.slice(4).writeUInt32BE(0x01020304, 2);
assert.strictEqual(hex(whole), '000000000000010203040000');
assert.strictEqual(whole.slice(6).readUInt32BE(0), 0x01020304);

console.log('ok');
