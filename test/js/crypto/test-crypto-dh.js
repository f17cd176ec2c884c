'use strict';
// Diffie-Hellman: the RFC 2409 / RFC 3526 groups of getDiffieHellman (primes checked in full for
// the Oakley groups 1 and 2, by SHA-1 for the larger ones, against OpenSSL's), key exchange in
// every encoding, arithmetic checked by hand on a small prime, the zero-padded secret, primes
// made by createDiffieHellman(bits) (safe, and 11 mod 24 as OpenSSL's DH_check wants for
// generator 2), primes OpenSSL refuses, DEFAULT_ENCODING and Node v0.10's errors.
var assert = require('assert');
var crypto = require('crypto');

function sha1(buf) { return crypto.createHash('sha1').update(buf).digest('hex'); }

// A Buffer's value modulo a small number.
function mod(buf, m) {
  var r = 0;
  for (var i = 0; i < buf.length; i++) r = (r * 256 + buf[i]) % m;
  return r;
}

var oakley1 = 'ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd' +
              'ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff';
var oakley2 = 'ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd' +
              'ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed' +
              'ee386bfb5a899fa5ae9f24117c4b1fe649286651ece65381ffffffffffffffff';
assert.strictEqual(crypto.getDiffieHellman('modp1').getPrime('hex'), oakley1);
assert.strictEqual(crypto.getDiffieHellman('modp2').getPrime('hex'), oakley2);
var groups = {
  modp5: [1536, '49ecaba9727a1af0636082c467485a1a9a04b669'],
  modp14: [2048, 'b95c799aa5dd388c6df5e72398cb9d7df40519e4'],
  modp15: [3072, '941a047738fe55333369e2b386b6d618c9fca5ff'],
  modp16: [4096, '2d8abef2bff635f80498b7b5e9576d520e523ef6'],
  modp17: [6144, '530d2c7cb09e547f2f501265aadc846fbbccf2c3'],
  modp18: [8192, '016170c528b306c9bb17b5ffacab0fe7eacad705']
};
Object.keys(groups).forEach(function(name) {
  var prime = crypto.getDiffieHellman(name).getPrime();
  assert.strictEqual(prime.length * 8, groups[name][0], name);
  assert.strictEqual(sha1(prime), groups[name][1], name);
});
assert.strictEqual(crypto.getDiffieHellman('modp14').getGenerator('hex'), '02');
assert.strictEqual(crypto.createDiffieHellmanGroup, crypto.getDiffieHellman);

// Exchange over a group, keys moving in different encodings.
var alice = crypto.getDiffieHellman('modp5');
var bob = crypto.DiffieHellmanGroup('modp5');
assert.ok(bob instanceof crypto.DiffieHellmanGroup);
var alicePublic = alice.generateKeys('base64');
var bobPublic = bob.generateKeys();
assert.ok(Buffer.isBuffer(bobPublic));
assert.strictEqual(alice.getPublicKey('base64'), alicePublic);
var s1 = alice.computeSecret(bobPublic.toString('hex'), 'hex', 'hex');
var s2 = bob.computeSecret(alicePublic, 'base64');
assert.strictEqual(s2.length, 192);
assert.strictEqual(s1, s2.toString('hex'));
// A new private key has one bit less than the prime: 1535 bits, the top one set.
var alicePrivate = alice.getPrivateKey();
assert.strictEqual(alicePrivate.length, 192);
assert.strictEqual(alicePrivate[0] >> 6, 1);
// Groups keep their keys: no setters.
assert.strictEqual(typeof alice.setPublicKey, 'undefined');
assert.strictEqual(typeof alice.setPrivateKey, 'undefined');

// The arithmetic on a tiny safe prime: p = 107, g = 2; 2^5 = 32, 2^7 = 21, 21^5 = 32^7 = 18.
var a = crypto.createDiffieHellman(new Buffer([107]));
var b = crypto.createDiffieHellman('6b', 'hex');
a.setPrivateKey(new Buffer([5]));
b.setPrivateKey('07', 'hex');
assert.deepEqual(a.generateKeys(), new Buffer([32]));
assert.strictEqual(b.generateKeys('hex'), '15');
assert.strictEqual(a.computeSecret(b.getPublicKey()).toString('hex'), '12');
assert.strictEqual(b.computeSecret(a.getPublicKey(), null, 'hex'), '12');
assert.strictEqual(a.getGenerator('hex'), '02');
assert.strictEqual(a.getPrime('hex'), '6b');

// The secret is padded to the prime's size: with private key 1 the secret is the other key.
var prime64 = crypto.createDiffieHellman(64).getPrime();
var pad = crypto.createDiffieHellman(prime64);
pad.setPrivateKey(new Buffer([1]));
assert.strictEqual(pad.computeSecret(new Buffer([5])).toString('hex'), '0000000000000005');

// A set public key is what getPublicKey returns; keys come back without leading zeros.
var c = crypto.createDiffieHellman(prime64);
assert.strictEqual(c.setPublicKey(new Buffer([0, 0, 7])), c);
assert.strictEqual(c.getPublicKey('hex'), '07');
c.setPrivateKey('\u0000\u0009');
assert.strictEqual(c.getPrivateKey('hex'), '09');

// Generated primes: the size asked for, safe, 11 (mod 24).
[32, 64, 128].forEach(function(bits) {
  var dh = crypto.createDiffieHellman(bits);
  var p = dh.getPrime();
  assert.strictEqual(p.length * 8, bits);
  assert.ok(p[0] & 0x80, 'top bit set');
  assert.strictEqual(mod(p, 24), 11);
  // Another party over the same prime agrees on the secret.
  var other = crypto.createDiffieHellman(p);
  dh.generateKeys();
  other.generateKeys();
  assert.strictEqual(dh.computeSecret(other.getPublicKey(), null, 'hex'),
                     other.computeSecret(dh.getPublicKey(), null, 'hex'));
});
// A prime OpenSSL could never make refuses: there are none of 5 bits.
assert.throws(function() { crypto.createDiffieHellman(5); }, /^Error: Initialization failed$/);
assert.strictEqual(crypto.createDiffieHellman(4).getPrime('hex'), '0b');

// A private key longer than the prime is used as it is (test-crypto-dh-odd-key).
var odd = new Buffer(39);
odd.fill('A');
var small = crypto.createDiffieHellman(32);
small.setPrivateKey(odd);
small.generateKeys();
assert.strictEqual(small.getPrivateKey().toString(), odd.toString());

// Primes DH_check refuses for generator 2: the Oakley primes (23 mod 24), composites, nothing.
assert.throws(function() { crypto.createDiffieHellman(oakley1, 'hex'); }, /^Error: Initialization failed$/);
assert.throws(function() { crypto.createDiffieHellman(oakley2, 'hex'); }, /^Error: Initialization failed$/);
// 35 = 5 * 7 and 131 (prime, but 65 is not) are 11 (mod 24); 83 = 2 * 41 + 1 is fine.
assert.throws(function() { crypto.createDiffieHellman(new Buffer([35])); }, /^Error: Initialization failed$/);
assert.throws(function() { crypto.createDiffieHellman(new Buffer([131])); }, /^Error: Initialization failed$/);
assert.strictEqual(crypto.createDiffieHellman(new Buffer([83])).getPrime('hex'), '53');
assert.throws(function() { crypto.createDiffieHellman(); }, /^Error: Initialization failed$/);
assert.throws(function() { crypto.createDiffieHellman(1.5); }, /^Error: Initialization failed$/);
assert.throws(function() { crypto.createDiffieHellman(new Buffer(0)); }, /^Error: Initialization failed$/);

// computeSecret checks the other key as OpenSSL's DH_check_pub_key does.
var d = crypto.createDiffieHellman(prime64);
assert.throws(function() { d.computeSecret(new Buffer([2])); }, /^Error: Invalid key$/);
d.generateKeys();
assert.throws(function() { d.computeSecret(''); }, /^Error: Supplied key is too small$/);
assert.throws(function() { d.computeSecret(new Buffer([1])); }, /^Error: Supplied key is too small$/);
var pMinus1 = new Buffer(prime64);
pMinus1[pMinus1.length - 1] -= 1;  // the prime ends in 11 (mod 24): its last byte is odd
assert.throws(function() { d.computeSecret(pMinus1); }, /^Error: Supplied key is too large$/);
assert.throws(function() { d.computeSecret(); }, /^Error: First argument must be other party's public key$/);
assert.throws(function() { d.computeSecret({}); }, /^TypeError: Not a buffer$/);

var fresh = crypto.createDiffieHellman(prime64);
assert.throws(function() { fresh.getPublicKey(); }, /^Error: No public key - did you forget to generate one\?$/);
assert.throws(function() { fresh.getPrivateKey(); }, /^Error: No private key - did you forget to generate one\?$/);
assert.throws(function() { crypto.getDiffieHellman('modp3'); }, /^Error: Unknown group$/);
assert.throws(function() { crypto.getDiffieHellman(); }, /^Error: No group name given$/);

// DEFAULT_ENCODING 'binary': results and string inputs are binary.
crypto.DEFAULT_ENCODING = 'binary';
var e = crypto.createDiffieHellman('\u006b');
e.setPrivateKey('\u0005');
assert.strictEqual(e.generateKeys(), '\u0020');
assert.strictEqual(e.getPrime(), 'k');
assert.strictEqual(e.computeSecret('\u0015'), '\u0012');
crypto.DEFAULT_ENCODING = 'buffer';
