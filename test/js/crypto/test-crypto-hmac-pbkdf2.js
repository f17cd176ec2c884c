'use strict';
// crypto.createHmac against RFC 2202 and RFC 4231 (keys shorter and longer than the block, the
// empty key OpenSSL accepts), its stream interface and errors; crypto.pbkdf2 / pbkdf2Sync
// (HMAC-SHA1) against RFC 6070, with DEFAULT_ENCODING, callbacks on the worker pool, domains
// and Node v0.10's argument errors.
var assert = require('assert');
var crypto = require('crypto');
var domain = require('domain');

function hmac(algorithm, key, data) {
  return crypto.createHmac(algorithm, key).update(data).digest('hex');
}

// RFC 2202.
assert.strictEqual(hmac('md5', new Buffer('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex'), 'Hi There'),
                   '9294727a3638bb1c13f48ef8158bfc9d');
assert.strictEqual(hmac('md5', 'Jefe', 'what do ya want for nothing?'), '750c783e6ab0b503eaa86e310a5db738');
assert.strictEqual(hmac('sha1', 'Jefe', 'what do ya want for nothing?'), 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
var key80 = new Buffer(80);
key80.fill(0xaa);
assert.strictEqual(hmac('sha1', key80, 'Test Using Larger Than Block-Size Key - Hash Key First'),
                   'aa4ae5e15272d00e95705637ce8a3b55ed402112');

// RFC 4231 case 2 and case 6 (a 131-byte key, longer than SHA-512's 128-byte block).
var jefe = 'what do ya want for nothing?';
assert.strictEqual(hmac('sha224', 'Jefe', jefe), 'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44');
assert.strictEqual(hmac('sha256', 'Jefe', jefe), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(hmac('sha384', 'Jefe', jefe),
                   'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649');
assert.strictEqual(hmac('sha512', 'Jefe', jefe),
                   '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd' +
                   'caeab1a34d4a6b4b636e070a38bce737');
var key131 = new Buffer(131);
key131.fill(0xaa);
assert.strictEqual(hmac('sha512', key131, 'Test Using Larger Than Block-Size Key - Hash Key First'),
                   '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e52' +
                   '95e64f73f63f0aec8b915a985d786598');
assert.strictEqual(hmac('sha256', key131, 'Test Using Larger Than Block-Size Key - Hash Key First'),
                   '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');

// The empty key and empty data (the javax.crypto Mac would refuse this key).
assert.strictEqual(hmac('md5', '', ''), '74e6f7298a9c2d168935f58c001bad88');
assert.strictEqual(hmac('sha1', '', ''), 'fbdb1d1b18aa6c08324b7d64b71fb76370690e1d');
assert.strictEqual(hmac('sha256', new Buffer(0), 'The quick brown fox jumps over the lazy dog'),
                   'fb011e6154a19b9a4c767373c305275a5a69e8b68b0b4c9200c383dced19a416');

// A string key is binary: '\u20ac' is the byte 0xac.
assert.strictEqual(hmac('sha1', '\u20ac', 'x'), hmac('sha1', new Buffer([0xac]), 'x'));

// Stream interface.
var s = crypto.createHmac('sha256', 'Jefe');
s.write('what do ya ');
s.end('want for nothing?');
assert.strictEqual(s.read().toString('hex'), hmac('sha256', 'Jefe', jefe));

// A second digest is empty (Node v0.10), more data is refused.
var once = crypto.createHmac('sha1', 'k');
once.update('x').digest();
assert.strictEqual(once.digest('hex'), '');
assert.strictEqual(once.digest().length, 0);
assert.throws(function() { once.update('y'); }, /^TypeError: HmacUpdate fail$/);

assert.throws(function() { crypto.createHmac('sha1'); }, /^TypeError: Not a buffer$/);
assert.throws(function() { crypto.createHmac('nope', 'k'); }, /^Error: Unknown message digest$/);
assert.throws(function() { crypto.createHmac(null, 'k'); }, /^Error: Must give hashtype string as argument$/);
assert.ok(crypto.Hmac('md5', 'k') instanceof crypto.Hmac);

// PBKDF2, RFC 6070.
var vectors = [
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25,
   '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3']
];
var pending = 0;
vectors.forEach(function(v) {
  var sync = crypto.pbkdf2Sync(v[0], v[1], v[2], v[3]);
  assert.ok(Buffer.isBuffer(sync));
  assert.strictEqual(sync.toString('hex'), v[4]);
  pending++;
  var returned = crypto.pbkdf2(new Buffer(v[0], 'binary'), new Buffer(v[1], 'binary'), v[2], v[3], function(err, key) {
    assert.strictEqual(err, null);
    assert.strictEqual(key.toString('hex'), v[4]);
    pending--;
  });
  assert.strictEqual(returned, undefined);
});

// OpenSSL counts 0 iterations as 1; a 0-byte key is empty.
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 0, 20).toString('hex'), vectors[0][4]);
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 0).length, 0);

// DEFAULT_ENCODING 'binary' gives binary strings, synchronously and to the callback.
crypto.DEFAULT_ENCODING = 'binary';
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 20), new Buffer(vectors[0][4], 'hex').toString('binary'));
pending++;
crypto.pbkdf2('password', 'salt', 1, 20, function(err, key) {
  assert.strictEqual(typeof key, 'string');
  assert.strictEqual(key, new Buffer(vectors[0][4], 'hex').toString('binary'));
  pending--;
});
crypto.DEFAULT_ENCODING = 'buffer';

// Argument errors.
assert.throws(function() { crypto.pbkdf2('password', 'salt', 1, 20); }, /^Error: No callback provided to pbkdf2$/);
assert.throws(function() { crypto.pbkdf2('password', 'salt', 1, 20, null); }, /^Error: No callback provided to pbkdf2$/);
assert.throws(function() { crypto.pbkdf2Sync('password', 'salt', '1', 20); }, /^TypeError: Iterations not a number$/);
assert.throws(function() { crypto.pbkdf2Sync('password', 'salt', -1, 20); }, /^TypeError: Bad iterations$/);
assert.throws(function() { crypto.pbkdf2Sync('password', 'salt', 1, '20'); }, /^TypeError: Key length not a number$/);
assert.throws(function() { crypto.pbkdf2Sync('password', 'salt', 1, -20); }, /^TypeError: Bad key length$/);
assert.throws(function() { crypto.pbkdf2Sync(42, 'salt', 1, 20); }, /^TypeError: Not a buffer$/);
assert.throws(function() { crypto.pbkdf2Sync('password', {}, 1, 20); }, /^TypeError: Not a buffer$/);

// A callback throwing inside a domain goes to that domain.
var caught = null;
var d = domain.create();
d.on('error', function(e) { caught = e.message; });
d.run(function() {
  crypto.pbkdf2('a', 'b', 1, 8, function() { throw new Error('from pbkdf2'); });
});

process.on('exit', function() {
  assert.strictEqual(pending, 0);
  assert.strictEqual(caught, 'from pbkdf2');
});
