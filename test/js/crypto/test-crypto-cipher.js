'use strict';
// crypto.createCipher(iv) / createDecipher(iv): known ciphertexts (NIST SP 800-38A for AES in
// every mode; the others computed with OpenSSL through Node v20 and `openssl enc`), the
// EVP_BytesToKey password derivation, OpenSSL's update/final buffering and PKCS#7 padding,
// setAutoPadding, string output through a decoder, DEFAULT_ENCODING, the stream interface and
// Node v0.10's errors (OpenSSL error strings as TypeErrors, "node-crypto :" lines on stderr).
var assert = require('assert');
var crypto = require('crypto');
var stream = require('stream');

function hexBuf(s) { return new Buffer(s, 'hex'); }
var NONE = new Buffer(0);

function encrypt(name, key, iv, plain, pad) {
  var c = crypto.createCipheriv(name, key, iv);
  if (pad === false) c.setAutoPadding(false);
  return c.update(plain, 'buffer', 'hex') + c.final('hex');
}

function decrypt(name, key, iv, cipherHex, pad) {
  var d = crypto.createDecipheriv(name, key, iv);
  if (pad === false) d.setAutoPadding(false);
  return Buffer.concat([d.update(cipherHex, 'hex'), d.final()]);
}

function roundTrip(name, key, iv, plain, expectedHex, pad) {
  assert.strictEqual(encrypt(name, key, iv, plain, pad), expectedHex, name);
  assert.strictEqual(decrypt(name, key, iv, expectedHex, pad).toString('hex'), plain.toString('hex'), name);
}

// NIST SP 800-38A, AES-128 (F.1.1, F.2.1, F.3.13, F.3.7, F.4.1, F.5.1).
var K = hexBuf('2b7e151628aed2a6abf7158809cf4f3c');
var IV = hexBuf('000102030405060708090a0b0c0d0e0f');
var P = hexBuf('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51' +
               '30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710');
roundTrip('aes-128-ecb', K, NONE, P, '3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf' +
          '43b1cd7f598ece23881b00e3ed0306887b0c785e27e8ad3f8223207104725dd4', false);
roundTrip('aes-128-cbc', K, IV, P, '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2' +
          '73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7', false);
roundTrip('aes-128-cfb', K, IV, P, '3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b' +
          '26751f67a3cbb140b1808cf187a4f4dfc04b05357c5d1c0eeac4c66f9ff7f2e6');
roundTrip('aes-128-cfb8', K, IV, P.slice(0, 18), '3b79424c9c0dd436bace9e0ed4586a4f32b9');
roundTrip('aes-128-ofb', K, IV, P, '3b3fd92eb72dad20333449f8e83cfb4a7789508d16918f03f53c52dac54ed825' +
          '9740051e9c5fecf64344f7a82260edcc304c6528f659c77866a510d9c1d6ae5e');
roundTrip('aes-128-ctr', K, hexBuf('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), P,
          '874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff' +
          '5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee');

// Other ciphers, padded (a 32-byte message gets a whole block of padding).
var k24 = hexBuf('0123456789abcdeffedcba987654321089abcdef01234567');
var msg = new Buffer('Now is the time for all good men', 'ascii');
roundTrip('aes192', k24, IV, msg, 'bebe87cea1f2826e120b5a61ca037372ea5e7480c19eb8c79267323d1326cc2c' +
          'a1e3b0d1f480779496188f70cf73b7e1');
roundTrip('aes-256-cbc', Buffer.concat([k24, k24.slice(0, 8)]), IV, msg,
          'cb229175137a062cfb7a6acf2eff59a9c14bb1ef428051d3b4641ffc1832d822a21287790b11cb8b5ce0fd88fbdc919f');
roundTrip('des-cbc', k24.slice(0, 8), IV.slice(0, 8), msg,
          '6772b06bbc2200090b0ca71b7e8478f1837e294f47b9f30db7f362d24f5e41b009cb2809fe2cea99');
roundTrip('des-ecb', k24.slice(0, 8), NONE, msg,
          '3fa40e8a984d48156a271787ab8883f9893d51ec4b563b5373c1adb2171f7894086f9a1d74c94d4e');
roundTrip('des-ede3-cbc', k24, IV.slice(0, 8), msg,
          '75023126bb6ab78570df953d51a8bb25e49c08f0c40aad738c4ba6b92810968f76606333b51b1c8f');
roundTrip('des3', k24, IV.slice(0, 8), msg,
          '75023126bb6ab78570df953d51a8bb25e49c08f0c40aad738c4ba6b92810968f76606333b51b1c8f');
roundTrip('des-ede-cbc', k24.slice(0, 16), IV.slice(0, 8), msg,
          '4870907b7a64cb0b24fe986c4119cee67349a29d993ca38aabc6a925bbd630acb6b3455d7644bc45');
roundTrip('des-ede3-cfb', k24, IV.slice(0, 8), msg.slice(0, 13), 'd69b30f7429dad83b57c5a33b6');
roundTrip('bf-cbc', k24.slice(0, 16), IV.slice(0, 8), msg,
          'da25c51f2d3f6ec8244d85e1376892e6d03ef796fc93c589acb84ba62dbb3e6e285a1a8a19f103c5');
// Blowfish takes keys of other lengths; ECB takes an empty IV.
roundTrip('BF-ECB', new Buffer('a 23 byte blowfish key!'), '', msg,
          '7d16474d55b85cab49b4c7bf3d502f43846f0098371b7a69dda27f653d41d07bafeb8d58ab29502f');
roundTrip('rc4', k24.slice(0, 16), '', msg, 'e317e8bbbb4e978b65fa76991087e90b9d43e776b93203be540ca4f6f0504c9d');
// RC4 takes keys of any length, as in OpenSSL (the bytes past 256 do not count).
[[1, 'b67de52dcc172a55f86a7a'], [2, '64ce5e1cdea6676507ea8c'], [256, '76297a4f3da678d0e8b19f'],
 [300, '76297a4f3da678d0e8b19f']].forEach(function(v) {
  var key = new Buffer(v[0]);
  for (var i = 0; i < key.length; i++) key[i] = i * 7;
  roundTrip('rc4', key, NONE, new Buffer('hello world'), v[1]);
});
roundTrip('rc2-cbc', k24.slice(0, 16), IV.slice(0, 8), msg,
          'b42aa1170cea1efd73f1f06df5f6c231515542b13fdf4357ea11a48f6f9aa7b2fd973b6f27c1aed9');

// createCipher: key and IV from the password by EVP_BytesToKey (MD5, one round, no salt),
// as `openssl enc -md md5 -nosalt -k secret` does.
function withPassword(name, password, text) {
  var c = crypto.createCipher(name, password);
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}
assert.strictEqual(withPassword('aes-256-cbc', 'secret', 'test'), '375oxUQCIocvxmC5At+rvA==');
assert.strictEqual(withPassword('aes192', 'MySecretKey123', 'Keep this a secret'),
                   'Z2+5lqr3653dpN6mZvdOWQn1A7Ues5un90Wz3K5Wvm8=');
assert.strictEqual(withPassword('des-ede3-cbc', 'p', 'x'), '0TEc/J1gQhQ=');
assert.strictEqual(withPassword('bf', '', 'hello'), 'DziA/ByErqo=');
assert.strictEqual(withPassword('rc4', 'key', 'hello world'), 'B3B3ayHuMa2c2Mg=');
assert.strictEqual(withPassword('aes-256-cbc', new Buffer('secret'), 'test'), '375oxUQCIocvxmC5At+rvA==');
var back = crypto.createDecipher('aes192', 'MySecretKey123');
assert.strictEqual(back.update('Z2+5lqr3653dpN6mZvdOWQn1A7Ues5un90Wz3K5Wvm8=', 'base64', 'utf8') + back.final('utf8'),
                   'Keep this a secret');

// OpenSSL's buffering: an encryption returns whole blocks only; a padded decryption also keeps
// its last whole block back for final(); stream modes return every byte at once.
var e = crypto.createCipheriv('aes-128-cbc', K, IV);
assert.strictEqual(e.update(new Buffer(5)).length, 0);
assert.strictEqual(e.update(new Buffer(11)).length, 16);
assert.strictEqual(e.update(new Buffer(20)).length, 16);
assert.strictEqual(e.final().length, 16);
var ct = hexBuf(encrypt('aes-128-cbc', K, IV, new Buffer(32)));
assert.strictEqual(ct.length, 48);
var dd = crypto.createDecipheriv('aes-128-cbc', K, IV);
assert.strictEqual(dd.update(ct.slice(0, 16)).length, 0);
assert.strictEqual(dd.update(ct.slice(16, 20)).length, 16);
assert.strictEqual(dd.update(ct.slice(20, 32)).length, 0);
assert.strictEqual(dd.update(ct.slice(32)).length, 16);
assert.strictEqual(dd.final().length, 0);
var unpadded = crypto.createDecipheriv('aes-128-cbc', K, IV).setAutoPadding(false);
assert.strictEqual(unpadded.update(ct.slice(0, 16)).length, 16);
var ctr = crypto.createCipheriv('aes-128-ctr', K, IV);
assert.strictEqual(ctr.update(new Buffer(5)).length, 5);
assert.strictEqual(ctr.final().length, 0);
var cfb = crypto.createCipheriv('aes-128-cfb', K, IV);
assert.strictEqual(cfb.update(new Buffer(3)).length, 3);

// Padding: without it the input must fill whole blocks; with it a decryption checks it.
var odd = new Buffer('Hello node world!');
assert.strictEqual(encrypt('aes-128-cbc', K, IV, odd).length, 64);
assert.throws(function() { encrypt('aes-128-cbc', K, IV, odd, false); },
  /^TypeError: error:0607F08A:digital envelope routines:EVP_EncryptFinal_ex:data not multiple of block length$/);
assert.strictEqual(decrypt('aes-128-cbc', K, IV, encrypt('aes-128-cbc', K, IV, odd), false).length, 32);
assert.throws(function() { decrypt('aes-128-cbc', K, IV, encrypt('aes-128-cbc', K, IV, P, false)); },
              /^TypeError: error:06065064:digital envelope routines:EVP_DecryptFinal_ex:bad decrypt$/);
assert.throws(function() { decrypt('aes-128-cbc', new Buffer(16), IV, encrypt('aes-128-cbc', K, IV, odd)); },
              /bad decrypt/);
assert.throws(function() { crypto.createDecipher('aes-128-ecb', '').final('utf8'); },
  /^TypeError: error:0606506D:digital envelope routines:EVP_DecryptFinal_ex:wrong final block length$/);
assert.throws(function() { decrypt('aes-128-cbc', K, IV, 'abcd', false); },
  /^TypeError: error:0606508A:digital envelope routines:EVP_DecryptFinal_ex:data not multiple of block length$/);
// setAutoPadding() without an argument turns padding on; it returns the cipher.
var p2 = crypto.createCipheriv('aes-128-cbc', K, IV);
assert.strictEqual(p2.setAutoPadding(false), p2);
p2.setAutoPadding();
assert.strictEqual(Buffer.concat([p2.update(odd), p2.final()]).length, 32);

// String output goes through one decoder: characters and base64 groups split between calls
// come out whole; the encoding cannot change half way.
var text = 'caf\u00e9 \u20ac\u20ac \u4e2d\u6587 and more text to cross blocks';
var sealed = encrypt('aes-128-cbc', K, IV, new Buffer(text, 'utf8'));
var de = crypto.createDecipheriv('aes-128-cbc', K, IV);
var out = '';
for (var i = 0; i < sealed.length; i += 6) out += de.update(sealed.slice(i, i + 6), 'hex', 'utf8');
out += de.final('utf8');
assert.strictEqual(out, text);
var b64 = crypto.createCipheriv('aes-128-cbc', K, IV);
var b64text = b64.update(P.slice(0, 10), 'buffer', 'base64') + b64.update(P.slice(10), 'buffer', 'base64') +
              b64.final('base64');
assert.strictEqual(b64text, hexBuf(encrypt('aes-128-cbc', K, IV, P)).toString('base64'));
assert.throws(function() {
  var c = crypto.createCipheriv('aes-128-cbc', K, IV);
  c.update('0123456789abcdef0123', 'utf8', 'hex');
  c.final('base64');
}, /Cannot change encoding/);
// 'utf-8' is 'utf8'; an empty input encoding is the default.
var c5 = crypto.createCipher('aes192', '0123456789abcdef');
c5.update('update', '');
c5.final('utf-8');

// Input strings: binary by default, hex must have an even length.
assert.strictEqual(encrypt('rc4', K, '', '\u00ff\u0100'), encrypt('rc4', K, '', new Buffer([0xff, 0x00])));
var uc = crypto.createCipheriv('rc4', K, '');
assert.strictEqual(uc.update('\u00e9', 'utf8', 'hex'), encrypt('rc4', K, '', new Buffer('\u00e9', 'utf8')));
assert.throws(function() { crypto.createCipher('aes192', 'test').update('0', 'hex'); }, /^TypeError: Bad input string$/);
assert.throws(function() { crypto.createDecipher('aes192', 'test').update('0', 'hex'); }, /^TypeError: Bad input string$/);
assert.throws(function() { crypto.createCipher('aes192', 'test').update(42); }, /^TypeError: Not a string or buffer$/);

// DEFAULT_ENCODING 'binary': results are binary strings.
crypto.DEFAULT_ENCODING = 'binary';
var bin = crypto.createCipheriv('aes-128-ecb', K, NONE);
bin.setAutoPadding(false);
var binOut = bin.update(P.slice(0, 16)) + bin.final();
assert.strictEqual(typeof binOut, 'string');
assert.strictEqual(new Buffer(binOut, 'binary').toString('hex'), '3ad77bb40d7a3660a89ecaf32466ef97');
crypto.DEFAULT_ENCODING = 'buffer';

// A finished cipher fails with OpenSSL's empty error.
var fin = crypto.createCipher('aes-256-cbc', 'secret');
fin.final();
assert.throws(function() { fin.final(); }, /^TypeError: error:00000000:lib\(0\):func\(0\):reason\(0\)$/);
assert.throws(function() { fin.update('x'); }, /^TypeError: error:00000000:lib\(0\):func\(0\):reason\(0\)$/);
var badFinal = crypto.createDecipher('aes-256-cbc', 'secret');
assert.throws(function() { badFinal.final(); }, /wrong final block length/);
assert.throws(function() { badFinal.final(); }, /lib\(0\)/);

// finaltol is Decipher's old name for final.
var tol = crypto.createDecipheriv('aes-128-ecb', K, NONE).setAutoPadding(false);
tol.update(hexBuf('3ad77bb40d7a3660a89ecaf32466ef97'));
assert.strictEqual(tol.finaltol().length, 0);
assert.strictEqual(typeof crypto.createCipher('aes128', 'x').finaltol, 'undefined');

// Setup errors. Node v0.10 prints OpenSSL's reason on stderr and throws a generic Error.
var stderr = '';
var realWrite = process.stderr.write;
process.stderr.write = function(s) { stderr += s; return true; };
try {
  assert.throws(function() { crypto.createCipher('aes-999', 'x'); }, /^Error: CipherInit error$/);
  assert.throws(function() { crypto.createDecipher('aes-999', 'x'); }, /^Error: DecipherInit error$/);
  assert.throws(function() { crypto.createCipheriv('aes-128-cbc', K, new Buffer(3)); }, /^Error: CipherInitIv error$/);
  assert.throws(function() { crypto.createDecipheriv('aes-128-cbc', new Buffer(15), IV); },
                /^Error: DecipherInitIv error$/);
  assert.throws(function() { crypto.createCipheriv('aes-128-ecb', K, IV); }, /^Error: CipherInitIv error$/);
  assert.throws(function() { crypto.createCipheriv('Aes-128-cbc', K, IV); }, /^Error: CipherInitIv error$/);
} finally {
  process.stderr.write = realWrite;
}
assert.strictEqual(stderr, 'node-crypto : Unknown cipher aes-999\n' +
                           'node-crypto : Unknown cipher aes-999\n' +
                           'node-crypto : Invalid IV length 3\n' +
                           'node-crypto : Invalid key length 15\n' +
                           'node-crypto : Invalid IV length 16\n' +
                           'node-crypto : Unknown cipher Aes-128-cbc\n');
assert.throws(function() { crypto.createCipher('aes192'); }, /^Error: Must give cipher-type, key$/);
assert.throws(function() { crypto.createCipher(null, 'x'); }, /^Error: Must give cipher-type, key$/);
assert.throws(function() { crypto.createCipheriv('aes192', K); },
              /^Error: Must give cipher-type, key, and iv as argument$/);

// Constructors: callable without new, Transform streams, upper-case names accepted.
assert.ok(crypto.Cipher('aes128', 'x') instanceof crypto.Cipher);
assert.ok(crypto.Decipheriv('AES-128-CBC', K, IV) instanceof crypto.Decipheriv);
assert.ok(crypto.createCipheriv('aes128', K, IV) instanceof stream.Transform);

// Streams: ciphertext piped into a decipher comes back; a bad key is an 'error' event.
var plainOut = [];
var enc = crypto.createCipher('aes256', 'pass');
var dec = crypto.createDecipher('aes256', 'pass');
enc.pipe(dec).on('data', function(d) { plainOut.push(d); });
enc.write('streamed ');
enc.end('text');
var streamError = null;
var enc2 = crypto.createCipheriv('aes-128-cbc', K, IV);
var dec2 = crypto.createDecipheriv('aes-128-cbc', new Buffer(16), IV);
dec2.on('error', function(err) { streamError = err; });
enc2.pipe(dec2);
enc2.end('Papaya!');

// getCiphers: sorted, lower case, and every name works.
var ciphers = crypto.getCiphers();
assert.deepEqual(ciphers, ciphers.slice().sort());
['aes-128-cbc', 'aes256', 'des-ede3-cbc', 'des3', 'bf-ecb', 'blowfish', 'rc4'].forEach(function(n) {
  assert.notEqual(ciphers.indexOf(n), -1, n);
});
assert.strictEqual(ciphers.indexOf('AES-128-CBC'), -1);
ciphers.forEach(function(name) {
  var c = crypto.createCipher(name, 'pw');
  var d = crypto.createDecipher(name, 'pw');
  var sealed = Buffer.concat([c.update('round trip through ' + name), c.final()]);
  assert.strictEqual(d.update(sealed, 'buffer', 'utf8') + d.final('utf8'), 'round trip through ' + name);
});

process.on('exit', function() {
  assert.strictEqual(Buffer.concat(plainOut).toString(), 'streamed text');
  assert.ok(streamError instanceof TypeError);
  assert.ok(/bad decrypt/.test(streamError.message));
});
