'use strict';
// crypto.createHash: digests of the published test vectors (FIPS 180 for SHA-0/1/2, RFC 1321
// for MD5), OpenSSL's digest names and their aliases, input and output encodings (strings
// without an encoding are binary), crypto.DEFAULT_ENCODING, the stream interface and Node
// v0.10's errors. Expected values not from the standards were computed with Node v20/OpenSSL.
var assert = require('assert');
var crypto = require('crypto');
var stream = require('stream');

function hex(algorithm, data, encoding) {
  return crypto.createHash(algorithm).update(data, encoding).digest('hex');
}

// Standard vectors.
assert.strictEqual(hex('md5', ''), 'd41d8cd98f00b204e9800998ecf8427e');
assert.strictEqual(hex('md5', 'abc'), '900150983cd24fb0d6963f7d28e17f72');
assert.strictEqual(hex('md5', 'message digest'), 'f96b697d7cb7938d525a2f31aaf161d0');
assert.strictEqual(hex('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(hex('sha1', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
                   '84983e441c3bd26ebaae4aa1f95129e5e54670f1');
assert.strictEqual(hex('sha224', 'abc'), '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7');
assert.strictEqual(hex('sha256', 'abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
assert.strictEqual(hex('sha384', 'abc'),
                   'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
                   '8086072ba1e7cc2358baeca134c825a7');
assert.strictEqual(hex('sha512', 'abc'),
                   'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
                   '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
// SHA-0, OpenSSL's "sha" (FIPS 180, 1993).
assert.strictEqual(hex('sha', ''), 'f96cea198ad1dd5617ac084a3d92c6107708c0ef');
assert.strictEqual(hex('sha', 'abc'), '0164b8a914cd2a5e74c4f7ff082c4d97f1edf880');
assert.strictEqual(hex('sha', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
                   'd2516ee1acfa5baf33dfc1c471e438449ef134c8');

// MD4 (RFC 1320) and RIPEMD-160 (its authors' vectors), also done here rather than by the JDK.
assert.strictEqual(hex('md4', ''), '31d6cfe0d16ae931b73c59d7e0c089c0');
assert.strictEqual(hex('md4', 'abc'), 'a448017aaf21d8525fc10ae87aa6729d');
assert.strictEqual(hex('md4', '12345678901234567890123456789012345678901234567890123456789012345678901234567890'),
                   'e33b4ddc9c38f2199c3e7b164fcc0536');
assert.strictEqual(hex('ripemd160', ''), '9c1185a5c5e9fc54612808977ee8f548b2258d31');
assert.strictEqual(hex('rmd160', 'abc'), '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc');
assert.strictEqual(hex('ripemd', 'message digest'), '5d0689ef49d2fae572b881b123a85ffa21595f36');
assert.strictEqual(crypto.createHmac('ripemd160', 'key').update('The quick brown fox jumps over the lazy dog')
                   .digest('hex'), '50278a77d4d7670561ab72e867383aef6ce50b3e');

// A million 'a's, whole and in 1000 updates of 1000 (many blocks, updates not block-aligned).
var million = new Array(1000001).join('a');
assert.strictEqual(hex('sha1', million), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');
assert.strictEqual(hex('ripemd160', million), '52783243c1697bdbe16d37f97f68f08325dc1528');
var piecewise = crypto.createHash('sha');
var thousand = million.slice(0, 1000);
for (var i = 0; i < 1000; i++) piecewise.update(thousand);
assert.strictEqual(piecewise.digest('hex'), '3232affa48628a26653b5aaa44541fd90d690603');

// Aliases: signature and DSA names are the digest alone; names are case-exact.
assert.strictEqual(hex('RSA-SHA256', 'abc'), hex('sha256', 'abc'));
assert.strictEqual(hex('sha256WithRSAEncryption', 'abc'), hex('sha256', 'abc'));
assert.strictEqual(hex('SHA1', 'abc'), hex('sha1', 'abc'));
assert.strictEqual(hex('dss1', 'abc'), hex('sha1', 'abc'));
assert.strictEqual(hex('RSA-MD5', 'abc'), hex('md5', 'abc'));
assert.throws(function() { crypto.createHash('Sha1'); }, /^Error: Digest method not supported$/);

// Output encodings; no encoding gives a Buffer; unknown names give a Buffer too.
var abc = crypto.createHash('sha512').update('abc');
assert.strictEqual(abc.digest('base64'),
                   '3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==');
var md5abc = new Buffer('900150983cd24fb0d6963f7d28e17f72', 'hex');
assert.strictEqual(crypto.createHash('md5').update('abc').digest('binary'), md5abc.toString('binary'));
var asBuffer = crypto.createHash('md5').update('abc').digest();
assert.ok(Buffer.isBuffer(asBuffer));
assert.strictEqual(asBuffer.toString('hex'), md5abc.toString('hex'));
assert.ok(Buffer.isBuffer(crypto.createHash('md5').update('abc').digest('buffer')));
assert.ok(Buffer.isBuffer(crypto.createHash('md5').update('abc').digest('no-such-encoding')));

// Input: a string without an encoding is binary (one byte per char, the low 8 bits).
assert.strictEqual(hex('md5', '\u20ac'), '20a7f30fb9f8e145422b66b3d4f4da70');  // the byte 0xac
assert.strictEqual(hex('md5', '\u20ac', 'utf8'), 'bca53fde466a76b7bee3e18997e94a7a');
assert.strictEqual(hex('md5', '\u20ac', 'utf-8'), 'bca53fde466a76b7bee3e18997e94a7a');
assert.strictEqual(hex('md5', '\u00e9\u00ff', 'binary'), 'c9781ff7b1f4dc5933478fc9bd17bcd2');
assert.strictEqual(hex('md5', '\u00e9\u00ff', 'buffer'), 'c9781ff7b1f4dc5933478fc9bd17bcd2');
assert.strictEqual(hex('md5', '\u00e9\u00ff', 'made-up'), 'c9781ff7b1f4dc5933478fc9bd17bcd2');
assert.strictEqual(hex('sha256', 'aGVsbG8=', 'base64'),
                   '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
assert.strictEqual(hex('sha1', '68656c6c6f', 'hex'), 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d');
assert.strictEqual(hex('md5', 'hi', 'ucs2'), '78765937e6f723f63442062da9b959eb');
// A Buffer ignores the encoding; a slice hashes only its own bytes.
assert.strictEqual(hex('md5', new Buffer('xxhelloxx').slice(2, 7), 'hex'), '5d41402abc4b2a76b9719d911017c592');

// Multiple updates equal one; update returns the hash.
var h = crypto.createHash('sha1');
assert.strictEqual(h.update('Test'), h);
assert.strictEqual(h.update('123').digest('hex'), hex('sha1', 'Test123'));

// Errors, as Node v0.10 words them.
assert.throws(function() { crypto.createHash('sha1').update({}); }, /^TypeError: Not a string or buffer$/);
assert.throws(function() { crypto.createHash('sha1').update(); }, /^TypeError: Not a string or buffer$/);
assert.throws(function() { crypto.createHash('sha1').update('abc', 'hex'); }, /^TypeError: Bad input string$/);
assert.throws(function() { crypto.createHash(); }, /^Error: Must give hashtype string as argument$/);
assert.throws(function() { crypto.createHash('xyzzy'); }, /^Error: Digest method not supported$/);
var done = crypto.createHash('md5');
done.digest();
assert.throws(function() { done.digest(); }, /^Error: Not initialized$/);
assert.throws(function() { done.update('more'); }, /^TypeError: HashUpdate fail$/);

// Hash is callable without new and is a Transform.
assert.ok(crypto.Hash('md5') instanceof crypto.Hash);
assert.ok(crypto.createHash('md5') instanceof stream.Transform);
assert.strictEqual(crypto.createHash, crypto.Hash);

// DEFAULT_ENCODING 'binary' turns the default output into binary strings.
crypto.DEFAULT_ENCODING = 'binary';
assert.strictEqual(crypto.createHash('md5').update('abc').digest(), md5abc.toString('binary'));
assert.ok(Buffer.isBuffer(crypto.createHash('md5').update('abc').digest('buffer')));
crypto.DEFAULT_ENCODING = 'buffer';

// Stream interface: written data is hashed, the digest is read back.
var s = crypto.createHash('sha1');
s.write('Te');
s.write(new Buffer('st'));
s.end('123');
assert.strictEqual(s.read().toString('hex'), hex('sha1', 'Test123'));

var piped = null;
var source = new stream.PassThrough();
source.pipe(crypto.createHash('md5')).setEncoding('hex');
source.pipe(crypto.createHash('sha256')).on('data', function(d) { piped = d; });
source.end('abc');

// getHashes: sorted, the lower-case name kept where OpenSSL has both cases.
var hashes = crypto.getHashes();
assert.deepEqual(hashes, hashes.slice().sort());
['md4', 'md5', 'ripemd160', 'rmd160', 'sha', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'RSA-SHA1', 'RSA-SHA256', 'dss1']
  .forEach(function(name) { assert.notEqual(hashes.indexOf(name), -1, name); });
['SHA1', 'SHA', 'MD5', 'DSS1', 'rsa-sha1'].forEach(function(name) {
  assert.strictEqual(hashes.indexOf(name), -1, name);
});
hashes.forEach(function(name) { crypto.createHash(name).update('x').digest(); });

process.on('exit', function() {
  assert.ok(Buffer.isBuffer(piped));
  assert.strictEqual(piped.toString('hex'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
