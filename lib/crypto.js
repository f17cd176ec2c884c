'use strict';
// The crypto module of Node v0.10: hashes, HMACs, ciphers, signatures, Diffie-Hellman, PBKDF2 and
// random bytes, over process.binding('crypto') (the JDK's cryptography, with OpenSSL's names and
// behaviour). As in v0.10, Hash, Hmac, Cipher and Decipher are Transform streams and Sign and
// Verify Writable streams that also keep the older update()/digest()/final() calls, results are
// Buffers unless an encoding is named or crypto.DEFAULT_ENCODING is set to 'binary', and strings
// given without an encoding are taken as binary. TLS credentials (createCredentials) and engines
// are not provided.

var binding = process.binding('crypto');
var hostMemory = require('internal/host_memory');
var Buffer = require('buffer').Buffer;
var stream = require('stream');
var util = require('util');
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

var memoryOf = hostMemory.memoryOf;
var kMaxLength = 0x3fffffff;

exports.DEFAULT_ENCODING = 'buffer';

// --- Bytes in and out ------------------------------------------------------------------------

// A Buffer over memory Java produced, of its whole size.
function fromHost(memory) {
  var ab = hostMemory.adopt(memory);
  return Buffer[hostMemory.kMakers].view(ab, 0, ab.byteLength);
}

// v0.10's toBuf: strings become Buffers in the given encoding, binary when it is missing or
// 'buffer'; anything else is returned as it is for the binding to refuse.
function toBuf(value, encoding) {
  if (typeof value === 'string') {
    if (!encoding || encoding === 'buffer') encoding = 'binary';
    return new Buffer(value, encoding);
  }
  return value;
}

// The key and data arguments the binding takes must be Buffers ("Not a buffer", a TypeError).
function checkBuffer(value) {
  if (!Buffer.isBuffer(value)) throw new TypeError('Not a buffer');
  return hostMemory.hostBacked(value);
}

// How OpenSSL-backed code in v0.10 reads an encoding name: case-insensitive, anything unknown
// (and 'buffer') counting as binary for string input.
function stringEncoding(encoding) {
  switch (typeof encoding === 'string' ? encoding.toLowerCase() : '') {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ascii': return 'ascii';
    case 'base64': return 'base64';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'ucs2';
    case 'hex': return 'hex';
    default: return 'binary';
  }
}

// The data given to an update(): a Buffer as it is, a string in `encoding`. A hex string must
// have an even length; its bytes are taken up to the first pair that is not hex.
function dataBytes(data, encoding) {
  if (Buffer.isBuffer(data)) return hostMemory.hostBacked(data);
  if (typeof data !== 'string') throw new TypeError('Not a string or buffer');
  encoding = stringEncoding(encoding);
  if (encoding === 'hex') {
    if (data.length % 2 !== 0) throw new TypeError('Bad input string');
    data = /^(?:[0-9a-fA-F]{2})*/.exec(data)[0];
  }
  return new Buffer(data, encoding);
}

// A result in the encoding asked for: a string for the encodings Buffer knows, else the Buffer.
function digestOutput(buf, encoding) {
  if (typeof encoding !== 'string') return buf;
  var name = encoding.toLowerCase();
  if (name === 'buffer' || !Buffer.isEncoding(name)) return buf;
  return buf.toString(name);
}

// v0.10's encode(): any encoding other than 'buffer' is Buffer#toString's business.
function encode(buf, encoding) {
  if (encoding && encoding !== 'buffer') return buf.toString(encoding);
  return buf;
}

// --- Hash and Hmac ---------------------------------------------------------------------------

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (typeof algorithm !== 'string') throw new Error('Must give hashtype string as argument');
  this._binding = binding.createHash(algorithm);
  stream.Transform.call(this, options);
}
util.inherits(Hash, stream.Transform);

function hashTransform(chunk, encoding, callback) {
  var bytes = dataBytes(chunk, encoding);
  this._binding.update(memoryOf(bytes), bytes.byteOffset, bytes.length);
  callback();
}

function hashFlush(callback) {
  this.push(fromHost(this._binding.digest()));
  callback();
}

function hashUpdate(data, encoding) {
  encoding = encoding || exports.DEFAULT_ENCODING;
  var bytes = dataBytes(data, encoding);
  this._binding.update(memoryOf(bytes), bytes.byteOffset, bytes.length);
  return this;
}

function hashDigest(outputEncoding) {
  outputEncoding = outputEncoding || exports.DEFAULT_ENCODING;
  return digestOutput(fromHost(this._binding.digest()), outputEncoding);
}

Hash.prototype._transform = hashTransform;
Hash.prototype._flush = hashFlush;
Hash.prototype.update = hashUpdate;
Hash.prototype.digest = hashDigest;

function Hmac(algorithm, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(algorithm, key, options);
  if (typeof algorithm !== 'string') throw new Error('Must give hashtype string as argument');
  var k = checkBuffer(toBuf(key));
  this._binding = binding.createHmac(algorithm, memoryOf(k), k.byteOffset, k.length);
  stream.Transform.call(this, options);
}
util.inherits(Hmac, stream.Transform);

Hmac.prototype._transform = hashTransform;
Hmac.prototype._flush = hashFlush;
Hmac.prototype.update = hashUpdate;
Hmac.prototype.digest = hashDigest;

exports.createHash = exports.Hash = Hash;
exports.createHmac = exports.Hmac = Hmac;

// --- Ciphers ---------------------------------------------------------------------------------

// OpenSSL's reasons for refusing a cipher, which v0.10 printed on stderr before throwing.
function cipherInitFailed(result, algorithm, key, iv, message) {
  if (result === 'unknown') process.stderr.write('node-crypto : Unknown cipher ' + algorithm + '\n');
  else if (result === 'key') process.stderr.write('node-crypto : Invalid key length ' + key.length + '\n');
  else if (result === 'iv') process.stderr.write('node-crypto : Invalid IV length ' + iv.length + '\n');
  return new Error(message);
}

function openCipher(self, decipher, algorithm, password) {
  password = toBuf(password);
  if (typeof algorithm !== 'string' || !Buffer.isBuffer(password)) {
    throw new Error('Must give cipher-type, key');
  }
  var pw = hostMemory.hostBacked(password);
  var result = binding.createCipher(algorithm, decipher, memoryOf(pw), pw.byteOffset, pw.length);
  if (typeof result === 'string') {
    throw cipherInitFailed(result, algorithm, pw, null, decipher ? 'DecipherInit error' : 'CipherInit error');
  }
  self._binding = result;
  self._decoder = null;
}

function openCipheriv(self, decipher, algorithm, key, iv) {
  key = toBuf(key);
  iv = toBuf(iv);
  if (typeof algorithm !== 'string' || !Buffer.isBuffer(key) || !Buffer.isBuffer(iv)) {
    throw new Error('Must give cipher-type, key, and iv as argument');
  }
  var k = hostMemory.hostBacked(key);
  var v = hostMemory.hostBacked(iv);
  var result = binding.createCipheriv(algorithm, decipher, memoryOf(k), k.byteOffset, k.length,
                                      memoryOf(v), v.byteOffset, v.length);
  if (typeof result === 'string') {
    throw cipherInitFailed(result, algorithm, k, v, decipher ? 'DecipherInitIv error' : 'CipherInitIv error');
  }
  self._binding = result;
  self._decoder = null;
}

// One decoder per cipher for string output, so a character or base64 group split between two
// updates comes out whole; v0.10 refuses to switch encodings half way.
function getDecoder(decoder, encoding) {
  if (encoding === 'utf-8') encoding = 'utf8';
  decoder = decoder || new StringDecoder(encoding);
  assert(decoder.encoding === encoding, 'Cannot change encoding');
  return decoder;
}

function cipherUpdate(data, inputEncoding, outputEncoding) {
  inputEncoding = inputEncoding || exports.DEFAULT_ENCODING;
  outputEncoding = outputEncoding || exports.DEFAULT_ENCODING;
  var bytes = dataBytes(data, inputEncoding);
  var ret = fromHost(this._binding.update(memoryOf(bytes), bytes.byteOffset, bytes.length));
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    ret = this._decoder.write(ret);
  }
  return ret;
}

function cipherFinal(outputEncoding) {
  outputEncoding = outputEncoding || exports.DEFAULT_ENCODING;
  var ret = fromHost(this._binding.doFinal());
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    ret = this._decoder.end(ret);
  }
  return ret;
}

function cipherSetAutoPadding(autoPadding) {
  this._binding.setAutoPadding(arguments.length === 0 ? true : !!autoPadding);
  return this;
}

function cipherTransform(chunk, encoding, callback) {
  var bytes = dataBytes(chunk, encoding);
  this.push(fromHost(this._binding.update(memoryOf(bytes), bytes.byteOffset, bytes.length)));
  callback();
}

// A failing final (a bad key or padding) becomes the stream's 'error', not an exception.
function cipherFlush(callback) {
  var rest;
  try {
    rest = fromHost(this._binding.doFinal());
  } catch (er) {
    callback(er);
    return;
  }
  this.push(rest);
  callback();
}

function cipherMethods(Constructor, decipher) {
  util.inherits(Constructor, stream.Transform);
  Constructor.prototype._transform = cipherTransform;
  Constructor.prototype._flush = cipherFlush;
  Constructor.prototype.update = cipherUpdate;
  Constructor.prototype.final = cipherFinal;
  if (decipher) Constructor.prototype.finaltol = cipherFinal;
  Constructor.prototype.setAutoPadding = cipherSetAutoPadding;
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  openCipher(this, false, cipher, password);
  stream.Transform.call(this, options);
}
cipherMethods(Cipher, false);

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  openCipheriv(this, false, cipher, key, iv);
  stream.Transform.call(this, options);
}
cipherMethods(Cipheriv, false);

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  openCipher(this, true, cipher, password);
  stream.Transform.call(this, options);
}
cipherMethods(Decipher, true);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  openCipheriv(this, true, cipher, key, iv);
  stream.Transform.call(this, options);
}
cipherMethods(Decipheriv, true);

exports.createCipher = exports.Cipher = Cipher;
exports.createCipheriv = exports.Cipheriv = Cipheriv;
exports.createDecipher = exports.Decipher = Decipher;
exports.createDecipheriv = exports.Decipheriv = Decipheriv;

// --- Sign and Verify -------------------------------------------------------------------------

function signWrite(chunk, encoding, callback) {
  var bytes = dataBytes(chunk, encoding);
  this._binding.update(memoryOf(bytes), bytes.byteOffset, bytes.length);
  callback();
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  if (typeof algorithm !== 'string') throw new Error('Must give signtype string as argument');
  this._binding = binding.createSign(algorithm);
  stream.Writable.call(this, options);
}
util.inherits(Sign, stream.Writable);

Sign.prototype._write = signWrite;
Sign.prototype.update = hashUpdate;

Sign.prototype.sign = function(key, encoding) {
  encoding = encoding || exports.DEFAULT_ENCODING;
  var k = checkBuffer(toBuf(key));
  return encode(fromHost(this._binding.sign(memoryOf(k), k.byteOffset, k.length)), encoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  if (typeof algorithm !== 'string') throw new Error('Must give verifytype string as argument');
  this._binding = binding.createVerify(algorithm);
  stream.Writable.call(this, options);
}
util.inherits(Verify, stream.Writable);

Verify.prototype._write = signWrite;
Verify.prototype.update = hashUpdate;

Verify.prototype.verify = function(object, signature, sigEncoding) {
  sigEncoding = sigEncoding || exports.DEFAULT_ENCODING;
  var key = checkBuffer(toBuf(object));
  var sig = checkBuffer(toBuf(signature, sigEncoding));
  return this._binding.verify(memoryOf(key), key.byteOffset, key.length,
                              memoryOf(sig), sig.byteOffset, sig.length);
};

exports.createSign = exports.Sign = Sign;
exports.createVerify = exports.Verify = Verify;

// --- Diffie-Hellman --------------------------------------------------------------------------

function DiffieHellman(sizeOrKey, encoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, encoding);
  var handle = null;
  if (typeof sizeOrKey === 'number') {
    if ((sizeOrKey | 0) === sizeOrKey) handle = binding.createDiffieHellman(sizeOrKey);
  } else if (sizeOrKey) {
    var prime = toBuf(sizeOrKey, encoding || exports.DEFAULT_ENCODING);
    if (Buffer.isBuffer(prime)) {
      prime = hostMemory.hostBacked(prime);
      handle = binding.createDiffieHellmanWithPrime(memoryOf(prime), prime.byteOffset, prime.length);
    }
  }
  if (handle === null) throw new Error('Initialization failed');
  this._binding = handle;
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') throw new Error('No group name given');
  var handle = binding.getDiffieHellmanGroup(name);
  if (handle === null) throw new Error('Unknown group');
  this._binding = handle;
}

DiffieHellmanGroup.prototype.generateKeys = DiffieHellman.prototype.generateKeys = function(encoding) {
  return encode(fromHost(this._binding.generateKeys()), encoding || exports.DEFAULT_ENCODING);
};

DiffieHellmanGroup.prototype.computeSecret = DiffieHellman.prototype.computeSecret =
function(key, inputEncoding, outputEncoding) {
  inputEncoding = inputEncoding || exports.DEFAULT_ENCODING;
  outputEncoding = outputEncoding || exports.DEFAULT_ENCODING;
  if (arguments.length === 0) throw new Error("First argument must be other party's public key");
  var k = checkBuffer(toBuf(key, inputEncoding));
  return encode(fromHost(this._binding.computeSecret(memoryOf(k), k.byteOffset, k.length)), outputEncoding);
};

DiffieHellmanGroup.prototype.getPrime = DiffieHellman.prototype.getPrime = function(encoding) {
  return encode(fromHost(this._binding.getPrime()), encoding || exports.DEFAULT_ENCODING);
};

DiffieHellmanGroup.prototype.getGenerator = DiffieHellman.prototype.getGenerator = function(encoding) {
  return encode(fromHost(this._binding.getGenerator()), encoding || exports.DEFAULT_ENCODING);
};

DiffieHellmanGroup.prototype.getPublicKey = DiffieHellman.prototype.getPublicKey = function(encoding) {
  return encode(fromHost(this._binding.getPublicKey()), encoding || exports.DEFAULT_ENCODING);
};

DiffieHellmanGroup.prototype.getPrivateKey = DiffieHellman.prototype.getPrivateKey = function(encoding) {
  return encode(fromHost(this._binding.getPrivateKey()), encoding || exports.DEFAULT_ENCODING);
};

// Only a DiffieHellman made from a prime lets its keys be set; a group's are its own.
DiffieHellman.prototype.setPublicKey = function(key, encoding) {
  if (arguments.length === 0) throw new Error('First argument must be public key');
  var k = checkBuffer(toBuf(key, encoding || exports.DEFAULT_ENCODING));
  this._binding.setPublicKey(memoryOf(k), k.byteOffset, k.length);
  return this;
};

DiffieHellman.prototype.setPrivateKey = function(key, encoding) {
  if (arguments.length === 0) throw new Error('First argument must be private key');
  var k = checkBuffer(toBuf(key, encoding || exports.DEFAULT_ENCODING));
  this._binding.setPrivateKey(memoryOf(k), k.byteOffset, k.length);
  return this;
};

exports.createDiffieHellman = exports.DiffieHellman = DiffieHellman;
exports.getDiffieHellman = exports.createDiffieHellmanGroup = exports.DiffieHellmanGroup = DiffieHellmanGroup;

// --- PBKDF2 and random bytes -----------------------------------------------------------------

// The receiver of an asynchronous completion: it carries the active domain, which the callback
// then runs in, as v0.10's request objects do.
function request() {
  return { domain: process.domain || null };
}

function pbkdf2(password, salt, iterations, keylen, callback) {
  password = toBuf(password);
  salt = toBuf(salt);
  if (!Buffer.isBuffer(password) || !Buffer.isBuffer(salt)) throw new TypeError('Not a buffer');
  if (typeof iterations !== 'number') throw new TypeError('Iterations not a number');
  iterations = iterations | 0;
  if (iterations < 0) throw new TypeError('Bad iterations');
  if (typeof keylen !== 'number') throw new TypeError('Key length not a number');
  keylen = keylen | 0;
  if (keylen < 0) throw new TypeError('Bad key length');
  var pw = hostMemory.hostBacked(password);
  var s = hostMemory.hostBacked(salt);
  var encoding = exports.DEFAULT_ENCODING;
  if (typeof callback === 'function') {
    binding.pbkdf2(memoryOf(pw), pw.byteOffset, pw.length, memoryOf(s), s.byteOffset, s.length,
                   iterations, keylen, request(), function(er, memory) {
      if (er) return callback(er);
      callback(null, encode(fromHost(memory), encoding));
    });
    return;
  }
  return encode(fromHost(binding.pbkdf2(memoryOf(pw), pw.byteOffset, pw.length, memoryOf(s), s.byteOffset,
                                        s.length, iterations, keylen, null, null)), encoding);
}

exports.pbkdf2 = function(password, salt, iterations, keylen, callback) {
  if (typeof callback !== 'function') throw new Error('No callback provided to pbkdf2');
  return pbkdf2(password, salt, iterations, keylen, callback);
};

exports.pbkdf2Sync = function(password, salt, iterations, keylen) {
  return pbkdf2(password, salt, iterations, keylen);
};

function randomBytes(size, callback) {
  return makeRandomBytes(size, callback);
}

// The JDK's generator is cryptographically strong either way.
function pseudoRandomBytes(size, callback) {
  return makeRandomBytes(size, callback);
}

function makeRandomBytes(size, callback) {
  // v0.10 takes any unsigned 32-bit integer, then refuses more than a Buffer can hold.
  if (typeof size !== 'number' || size < 0 || size > 0xffffffff || size % 1 !== 0) {
    throw new TypeError('Argument #1 must be number > 0');
  }
  if (size > kMaxLength) throw new TypeError('size > Buffer::kMaxLength');
  if (typeof callback === 'function') {
    binding.randomBytes(size, request(), function(er, memory) {
      if (er) return callback(er);
      callback(null, fromHost(memory));
    });
    return;
  }
  return fromHost(binding.randomBytes(size, null, null));
}

exports.randomBytes = exports.rng = randomBytes;
exports.pseudoRandomBytes = exports.prng = pseudoRandomBytes;

// --- What is offered -------------------------------------------------------------------------

// OpenSSL lists most names twice ("sha1" and "SHA1"): keep the lower-case one, then sort.
function lowerCaseNames(names) {
  var present = {};
  names.forEach(function(name) { present[name] = true; });
  return names.filter(function(name) {
    var lower = name.toLowerCase();
    return !(name !== lower && name === name.toUpperCase() && present[lower] === true);
  }).sort();
}

exports.getCiphers = function() {
  return lowerCaseNames(binding.getCiphers());
};

exports.getHashes = function() {
  return lowerCaseNames(binding.getHashes());
};
