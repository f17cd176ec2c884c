'use strict';
// crypto.createSign / createVerify with the keys in fixtures/ (made with `openssl` for these
// tests): RSA PKCS#1 v1.5 signatures for every digest compared with the ones OpenSSL made
// (through Node v20) for the same key and message; keys as PKCS#1, PKCS#8, OpenSSL's DSA form,
// SEC 1 EC; verification with SubjectPublicKeyInfo, PKCS#1 public keys and certificates; DSA and
// ECDSA signatures made elsewhere verified here and the other way round; encodings, streams,
// and Node v0.10's failures (a bad key throws "SignFinal error", a bad verification is false).
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

function fixture(name) {
  return fs.readFileSync(path.join(__dirname, 'fixtures', name), 'ascii');
}

var message = 'The quick brown fox jumps over the lazy dog';
var rsaPrivate = fixture('rsa_pkcs1.pem');
var rsaPublics = [fixture('rsa_spki.pem'), fixture('rsa_pkcs1_public.pem'), fixture('rsa_cert.pem')];

// Signatures by OpenSSL with rsa_pkcs1.pem over `message`.
var expected = {
  md5: 'lE4tYaaWk6i52O+DyF7b64KXUue0iyVP2xGOY+B0pwNSp1qalbZNJqGHhVsvbfYeK/td1lYeYwtuUdZJqEt1bu05pIipFqoP8Cl3' +
       'CeP9zWHLMgPrKp1wkHSf7YNBEYK/tPuUhRL2eDHFr2VmQ/2MzWZqPKN5F3FCVJ2Wqh0GkcM=',
  sha1: 'PPeHsuPxeKr0QFTzTvIaGMx9IUOAR6i5dO/b5XIjtmmjC5ZF+xdESCnoeThSSVclJRNFsNkq2d8yKX6pd0IiobSL2k2r4atuOSZd' +
        'wUpam6ff35ZZMCJFmL/CV5XqohpG+nu50LEc2kSXMeHTdGPU20z7d0lRQT/mEff+CJ8EiJM=',
  sha224: 'iK4Y5+Pum+wszKCc16Bd3vEyBXLxGP1zrgTYX7yaatKURogNOGceaOHoIuy/Crb51wVAHsxJ/mb9cpKm0RD3Bfp0uMpN0LcTOhfv' +
          'LRHPP7RfZdo2yV0Mks7Xi8f0gur+HQKGwebhj+eQPaEBY+0aCaV+XgTSYCOm/NaCCiZXiTo=',
  sha256: 'bU7iI+x3+dGqmbaWFqR5sg/oLdMVCvQBFeiLhcJv4f+kJ7BIxazFYHg5ea10o3rpHDN4/+SNhv/Pa8YfVQB9Dk5Jq9Ske2z4Izrc' +
          'PtZhKFML6v7Rgq0AKreaHG7ZMvceRuzGWIwTI0tB00JiyUwualiKkqfLC3xNRs0jhr+yejc=',
  sha384: 'bw+LwOL/ZFD3zey8GURDVoj4bZ6+EBXkC/mvGPmG1tt7fNh1qDCKM/6WrIucAsLzI7Hq54R/dtOmU/41Pat31e76vAQ5kqWXmESE' +
          'IYR0b5z54rdaHwVDt9akSINOtXNsi6Rt5q+h8mphKve3qx3AoVG3KUILjXLs7W+YEHizlmg=',
  sha512: 'I3Tf2/BerimPOj5KbyB6GBH5q/iw+JA0/p040gL7f6KWRZfPFVj8Pk9KTkngHfff+FrJBS8S++yz73V4ZR346B+JZC3guKa0MWKs' +
          'Az8TifOm1l5puLsGM1g1rHDZF1pHcxJaAIrwTdqbhO6+xsKSd2BKnqJTt3zx5Q99uN1LD54=',
  ripemd160: 'tjeIVBWtX48vufUa+8coFy7D+qIEgUq6cRrioUm6MYSYDj2MArkP1qc78tWEQNKaAunfej0PI5jfE0hIdymlXpfHbb3c/qTX' +
             'JMnYfKRIt7VhDU1XJ9ugVwRu8LkwqiohkwoYBIAfIQjDXXIWcCtsgl7tsQOKQf86YorTlFzwO20='
};

Object.keys(expected).forEach(function(digest) {
  var name = 'RSA-' + digest.toUpperCase();
  var sig = crypto.createSign(name).update(message).sign(rsaPrivate, 'base64');
  assert.strictEqual(sig, expected[digest], name);
  // The plain digest name and a PKCS#8 key (as a Buffer) sign the same.
  assert.strictEqual(crypto.createSign(digest).update(message).sign(new Buffer(fixture('rsa_pkcs8.pem')), 'base64'),
                     expected[digest]);
  rsaPublics.forEach(function(key) {
    assert.strictEqual(crypto.createVerify(name).update(message).verify(key, sig, 'base64'), true, name);
    assert.strictEqual(crypto.createVerify(name).update(message + '.').verify(key, sig, 'base64'), false, name);
  });
});

// Output and signature encodings; Buffers by default.
var raw = crypto.createSign('RSA-SHA256').update(message).sign(rsaPrivate);
assert.ok(Buffer.isBuffer(raw));
assert.strictEqual(raw.toString('base64'), expected.sha256);
assert.strictEqual(crypto.createSign('RSA-SHA256').update(message).sign(rsaPrivate, 'hex'), raw.toString('hex'));
assert.strictEqual(crypto.createVerify('RSA-SHA256').update(message).verify(rsaPublics[0], raw), true);
assert.strictEqual(crypto.createVerify('RSA-SHA256').update(message)
                   .verify(rsaPublics[0], raw.toString('binary'), 'binary'), true);
crypto.DEFAULT_ENCODING = 'binary';
var binSig = crypto.createSign('RSA-SHA256').update(message).sign(rsaPrivate);
assert.strictEqual(binSig, raw.toString('binary'));
assert.strictEqual(crypto.createVerify('RSA-SHA256').update(message).verify(rsaPublics[0], binSig), true);
crypto.DEFAULT_ENCODING = 'buffer';

// Streams: written data is what is signed.
var ws = crypto.createSign('RSA-SHA1');
ws.write('The quick brown ');
ws.end(new Buffer('fox jumps over the lazy dog'));
assert.strictEqual(ws.sign(rsaPrivate, 'base64'), expected.sha1);
var wv = crypto.createVerify('RSA-SHA1');
wv.write('The quick brown fox ');
wv.end('jumps over the lazy dog');
assert.strictEqual(wv.verify(rsaPublics[2], expected.sha1, 'base64'), true);
assert.ok(crypto.createSign('sha1') instanceof require('stream').Writable);
assert.ok(crypto.Sign('sha1') instanceof crypto.Sign);
assert.ok(crypto.Verify('sha1') instanceof crypto.Verify);

// DSA: signatures are randomized; check one made by OpenSSL, and ours both ways. SHA-1 with
// this key's 224-bit q is what the JDK's own DSA would refuse.
var dsaByOpenSSL = '303c021c5071262bd8805203def395b60294cff4a8178920687d16f62b30d43b021c24aad716c2325d' +
                   '546ecde5c512aa0b85f8c574d531fbbb1881bdb9fc';
var dsaPublic = fixture('dsa_spki.pem');
assert.strictEqual(crypto.createVerify('DSS1').update(message).verify(dsaPublic, dsaByOpenSSL, 'hex'), true);
assert.strictEqual(crypto.createVerify('DSS1').update('other').verify(dsaPublic, dsaByOpenSSL, 'hex'), false);
['dsa_openssl.pem', 'dsa_pkcs8.pem'].forEach(function(file) {
  var a = crypto.createSign('DSS1').update(message).sign(fixture(file), 'hex');
  var b = crypto.createSign('dss1').update(message).sign(fixture(file), 'hex');
  assert.notEqual(a, b, 'a fresh k each time');
  assert.strictEqual(crypto.createVerify('DSA-SHA1').update(message).verify(dsaPublic, a, 'hex'), true);
  assert.strictEqual(crypto.createVerify('sha1').update(message).verify(dsaPublic, b, 'hex'), true);
  var s256 = crypto.createSign('sha256').update(message).sign(fixture(file));
  assert.strictEqual(crypto.createVerify('sha256').update(message).verify(dsaPublic, s256), true);
  assert.strictEqual(crypto.createVerify('sha1').update(message).verify(dsaPublic, s256), false);
});

// ECDSA (P-256).
var ecByOpenSSL = '3045022100cb104d23caae051b7a47edfd1d4e2b0ddaa2300f7d23b1634e8fa35e93fd9b290220437f4d' +
                  '0528931f353bf4a46dcd3113153f53364274b18ba94b295a4fe2062f73';
var ecPublic = fixture('ec_spki.pem');
assert.strictEqual(crypto.createVerify('sha256').update(message).verify(ecPublic, ecByOpenSSL, 'hex'), true);
var ecSig = crypto.createSign('sha256').update(message).sign(fixture('ec_sec1.pem'));
assert.strictEqual(crypto.createVerify('sha256').update(message).verify(ecPublic, ecSig), true);
assert.strictEqual(crypto.createVerify('sha256').update(message + '!').verify(ecPublic, ecSig), false);

// Failures. Signing: a key too small for the digest, no key, an encrypted key, a used object.
assert.throws(function() {
  crypto.createSign('RSA-SHA512').update('x').sign(fixture('rsa512.pem'));
}, /^Error: SignFinal error$/);
assert.ok(crypto.createSign('RSA-SHA1').update('x').sign(fixture('rsa512.pem')).length === 64);
assert.throws(function() { crypto.createSign('RSA-SHA1').update('x').sign('not a key'); }, /^Error: SignFinal error$/);
assert.throws(function() { crypto.createSign('RSA-SHA1').update('x').sign(rsaPublics[0]); }, /^Error: SignFinal error$/);
assert.throws(function() { crypto.createSign('RSA-SHA1').update('x').sign(fixture('rsa_encrypted.pem')); },
              /^Error: SignFinal error$/);
assert.throws(function() { crypto.createSign('RSA-SHA1').update('x').sign(); }, /^TypeError: Not a buffer$/);
var used = crypto.createSign('RSA-SHA1');
used.sign(rsaPrivate);
assert.throws(function() { used.sign(rsaPrivate); }, /^Error: SignFinal error$/);
assert.throws(function() { used.update('x'); }, /^TypeError: SignUpdate fail$/);
assert.throws(function() { crypto.createSign('RSA-SHA1').update('0', 'hex'); }, /^TypeError: Bad input string$/);
assert.throws(function() { crypto.createSign('RSA-SHA1').update([]); }, /^TypeError: Not a string or buffer$/);
assert.throws(function() { crypto.createSign('RSA-SHA999'); }, /^Error: Unknown message digest$/);
assert.throws(function() { crypto.createSign(); }, /^Error: Must give signtype string as argument$/);
assert.throws(function() { crypto.createVerify(); }, /^Error: Must give verifytype string as argument$/);

// Verifying: anything wrong is false; the PEM must start with the public key's header.
var v = function() { return crypto.createVerify('RSA-SHA256').update(message); };
assert.strictEqual(v().verify(rsaPublics[0], 'asdfasdfas', 'base64'), false);
assert.strictEqual(v().verify('junk', expected.sha256, 'base64'), false);
assert.strictEqual(v().verify(rsaPrivate, expected.sha256, 'base64'), false);
assert.strictEqual(v().verify('\n' + rsaPublics[0], expected.sha256, 'base64'), false);
assert.strictEqual(v().verify('some text first\n' + rsaPublics[2], expected.sha256, 'base64'), true);
assert.throws(function() { v().verify(rsaPublics[0]); }, /^TypeError: Not a buffer$/);
var usedVerify = v();
usedVerify.verify(rsaPublics[0], expected.sha256, 'base64');
assert.throws(function() { usedVerify.verify(rsaPublics[0], expected.sha256, 'base64'); },
              /^Error: Verify object not initialised$/);
assert.throws(function() { usedVerify.update('x'); }, /^TypeError: VerifyUpdate fail$/);
