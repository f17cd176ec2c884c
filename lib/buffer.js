'use strict';
// Buffer and SlowBuffer: Node v0.10's binary data type, exactly as v0.10.40 behaves (argument
// handling, errors, encodings, pooling), built on engine typed arrays: every Buffer is a real
// Uint8Array (an internal FastBuffer subclass whose prototype is Buffer.prototype) over memory
// Java allocated (see lib/internal/host_memory.js), so index access is the engine's own and I/O
// bindings see the bytes without copies. Small Buffers are cut from shared 8 KiB slabs as in
// Node; string encoding and decoding of anything but tiny strings runs in Java on that memory.

var hostMemory = require('internal/host_memory');

var binding = hostMemory.binding;
var adopt = hostMemory.adopt;
var kMemory = hostMemory.kMemory;

// The SlowBuffer a Buffer reports as its `parent`, stored on the ArrayBuffer it views.
var kParent = Symbol('jnode.bufferParent');

// v0.10's limit on one allocation (1 GiB - 1).
var kMaxLength = 0x3fffffff;

// Strings up to this length are encoded in JavaScript; longer ones, and all decoding, in Java.
// A call into Java costs about as much as encoding 16 characters in JavaScript (measured with
// the JIT warm: ~20-30 ns), and Java decodes even short ranges faster than JavaScript can build
// a string.
var kSmallWrite = 16;

// Copies and fills up to this size run as JavaScript loops instead of a Java memmove/memset: a
// call into Java costs ~20 ns, a JavaScript loop ~2.5 ns a byte (interop element access).
var kSmallCopy = 8;

exports.INSPECT_MAX_BYTES = 50;

var TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
var isView = ArrayBuffer.isView;
var typedArraySet = TypedArrayPrototype.set;
var typedArraySubarray = TypedArrayPrototype.subarray;

// FastBuffer is how Buffers get made; `Buffer` itself stays a plain function, as in v0.10.
class FastBuffer extends Uint8Array {
  constructor(arrayBuffer, byteOffset, length) {
    super(arrayBuffer, byteOffset, length);
  }
}

class SlowBufferImpl extends Uint8Array {
  constructor(arrayBuffer, byteOffset, length) {
    super(arrayBuffer, byteOffset, length);
  }
}

// ---------------------------------------------------------------------------------------------
// Allocation

var pool = null;          // the current slab's ArrayBuffer
var poolSize = 0;
var poolUsed = 0;
var zeroArrayBuffer = null;

function createPool() {
  poolSize = Buffer.poolSize;
  pool = adopt(binding.alloc(poolSize));
  poolUsed = 0;
}

// v0.10's SlowBuffer(length) checks, which large Buffers go through too.
function checkAllocationLength(length) {
  if (typeof length !== 'number' || length >>> 0 !== length) throw new TypeError('Bad argument');
  if (length > kMaxLength) throw new RangeError('length > kMaxLength');
}

// A new Buffer of `size` bytes: own memory when larger than Buffer.poolSize, else a slab slice.
function allocate(size) {
  if (size > Buffer.poolSize) {
    checkAllocationLength(size);
    return new FastBuffer(adopt(binding.alloc(size)), 0, size);
  }
  if (size === 0) {
    if (zeroArrayBuffer === null) zeroArrayBuffer = adopt(binding.alloc(0));
    return new FastBuffer(zeroArrayBuffer, 0, 0);
  }
  if (pool === null || poolSize - poolUsed < size) createPool();
  var buf = new FastBuffer(pool, poolUsed, size);
  poolUsed = alignPool(poolUsed + size);
  return buf;
}

function alignPool(used) {
  return (used & 7) === 0 ? used : (used + 8) & ~7;
}

// `buf` (just allocated) holds only `used` meaningful bytes: shorten it, and hand the rest of
// the slab back when buf was the slab's latest allocation.
function truncate(buf, used) {
  if (used === buf.length) return buf;
  var ab = buf.buffer;
  var start = buf.byteOffset;
  if (ab === pool && alignPool(start + buf.length) === poolUsed) poolUsed = alignPool(start + used);
  return new FastBuffer(ab, start, used);
}

function memoryOf(buf) {
  return buf.buffer[kMemory];
}

// ---------------------------------------------------------------------------------------------
// Buffer

function Buffer(subject, encoding, offset) {
  // v0.10's internal form Buffer(parent, length, offset): a view into parent's memory.
  if (typeof offset === 'number') return viewOfParent(subject, encoding, offset);

  switch (typeof subject) {
    case 'number':
      return allocate(+subject > 0 ? Math.ceil(subject) : 0);
    case 'string':
      return fromString(subject, encoding);
    case 'object':
      if (subject === null) throw new TypeError("Cannot read property 'length' of null");
      return fromArrayLike(subject);
    default:
      throw new TypeError('First argument needs to be a number, array or string.');
  }
}

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true
});
// Engine operations that make new typed arrays from a Buffer (subarray, map, filter...) make Buffers.
Object.defineProperty(Buffer, Symbol.species, {
  get: function () { return FastBuffer; }, enumerable: false, configurable: true
});

exports.Buffer = Buffer;

Buffer.poolSize = 8 * 1024;
Buffer._charsWritten = 0;

function viewOfParent(subject, length, offset) {
  if (!Buffer.isBuffer(subject)) {
    throw new TypeError('First argument must be a Buffer when slicing');
  }
  length = +length > 0 ? Math.ceil(length) : 0;
  var parent = subject.parent ? subject.parent : subject;
  return viewOf(parent, offset, length);
}

// SlowBuffer.makeFastBuffer's checks: offset and length as uint32 within the parent.
function viewOf(parent, offset, length) {
  var parentLength = parent.length;
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > parentLength) throw new RangeError('offset out of range');
  if (offset + length > parentLength) throw new RangeError('object out of range');
  var ab = parent.buffer;
  if (parent.byteOffset + offset + length > ab.byteLength) throw new RangeError('object out of range');
  return new FastBuffer(ab, parent.byteOffset + offset, length);
}

// Encoding names as Buffer methods take them (already lower-cased), or undefined if unknown.
function normalizeEncoding(encoding) {
  switch (encoding) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'ucs2';
    case 'ascii': return 'ascii';
    case 'binary': case 'raw': return 'binary';
    case 'base64': return 'base64';
    case 'hex': return 'hex';
    default: return undefined;
  }
}

// `new Buffer(string, encoding)` writes the string as buf.write(string, 0, encoding) would,
// so a number in the encoding's place counts as a length (and the encoding stays utf8).
function fromString(string, encoding) {
  var name = encoding === undefined || isFinite(encoding) ? 'utf8' : String(encoding || 'utf8').toLowerCase();
  var enc = normalizeEncoding(name);
  if (enc === undefined) throw new TypeError('Unknown encoding: ' + name);
  if (string.length === 0) return allocate(0);
  if (enc === 'hex') {
    var hex = allocate(string.length >>> 1);
    hexWrite(hex, string, 0, hex.length);
    return hex;
  }
  if (string.length > kMaxLength) throw new RangeError('length > kMaxLength');
  if (enc === 'utf8' && string.length > kSmallWrite && string.length * 3 <= Buffer.poolSize) {
    // Room for the worst case from the slab, one call into Java, the unused rest given back.
    var room = allocate(string.length * 3);
    return truncate(room, writeString(room, string, 0, room.length, enc));
  }
  if (string.length * (enc === 'ucs2' ? 2 : 1) > Buffer.poolSize) {
    // Big: Java encodes into memory of exactly the right size.
    if (enc === 'utf8' && !string.isWellFormed()) string = string.toWellFormed();
    var ab = adopt(binding.fromString(string, enc));
    checkAllocationLength(ab.byteLength);
    setCharsWritten(enc === 'base64' ? ab.byteLength : string.length);
    return new FastBuffer(ab, 0, ab.byteLength);
  }
  var buf = allocate(byteLength(string, enc));
  return truncate(buf, writeString(buf, string, 0, buf.length, enc));
}

function fromArrayLike(object) {
  var isBuf = object instanceof Buffer;
  var length = coerce(object.length);
  var buf = allocate(length);
  if (isBuf) {
    object.copy(buf, 0, 0, length);
  } else if (object instanceof Uint8Array && length > kSmallCopy) {
    copyPlainBytes(object, 0, buf, 0, Math.min(length, object.length));
  } else if (Array.isArray(object) || typeof object.length === 'number') {
    for (var i = 0; i < length; i++) buf[i] = object[i];
  }
  return buf;
}

function coerce(length) {
  length = ~~Math.ceil(+length);
  return length < 0 ? 0 : length;
}

// Bytes of any Uint8Array into host memory (a Buffer's), without a JS loop for large ranges.
function copyPlainBytes(source, sourceStart, target, targetStart, n) {
  var sourceMemory = memoryOf(source);
  var targetMemory = memoryOf(target);
  if (sourceMemory !== undefined && targetMemory !== undefined) {
    binding.copy(sourceMemory, source.byteOffset + sourceStart, targetMemory, target.byteOffset + targetStart, n);
  } else if (targetMemory !== undefined) {
    binding.copyFromArrayBuffer(source.buffer, source.byteOffset + sourceStart, targetMemory, target.byteOffset + targetStart, n);
  } else {
    typedArraySet.call(target, typedArraySubarray.call(source, sourceStart, sourceStart + n), targetStart);
  }
}

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  switch (encoding && encoding.toLowerCase()) {
    case 'hex': case 'utf8': case 'utf-8': case 'ascii': case 'binary': case 'base64':
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': case 'raw':
      return true;
    default:
      return false;
  }
};

// The C++ side's encoding parse: case-insensitive, anything unknown means utf8.
function byteLengthEncoding(encoding) {
  if (typeof encoding !== 'string') return 'utf8';
  var enc = normalizeEncoding(encoding.toLowerCase());
  if (enc !== undefined) return enc;
  return encoding.toLowerCase() === 'buffer' ? 'binary' : 'utf8';
}

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') throw new TypeError('Argument must be a string');
  return exports._byteLength(string, byteLengthEncoding(encoding));
};

function byteLength(string, enc) {
  switch (enc) {
    case 'utf8':
      return string.length > kSmallWrite ? binding.utf8Length(string) : utf8Length(string);
    case 'ucs2':
      return string.length * 2;
    case 'hex':
      return string.length >>> 1;
    case 'base64':
      return base64DecodedSize(string);
    default:
      return string.length;
  }
}
Object.defineProperty(exports, '_byteLength', { value: byteLength, enumerable: false });

function utf8Length(string) {
  var n = string.length;
  var length = n;
  for (var i = 0; i < n; i++) {
    var c = string.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      length += 1;
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n &&
               (string.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      length += 2;
      i++;
    } else {
      length += 2;
    }
  }
  return length;
}

// v0.10's size estimate: trailing '=' (two at most) do not count; no padding needed.
function base64DecodedSize(string) {
  var size = string.length;
  if (size === 0) return 0;
  if (string.charCodeAt(size - 1) === 0x3D) size--;
  if (size > 0 && string.charCodeAt(size - 1) === 0x3D) size--;
  var rem = size & 3;
  var bytes = (size >>> 2) * 3;
  if (rem !== 0) {
    if (bytes === 0 && rem === 1) return 0;
    bytes += rem === 3 ? 2 : 1;
  }
  return bytes;
}

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) {
    throw new TypeError('Usage: Buffer.concat(list, [length])');
  }
  if (list.length === 0) return allocate(0);
  if (list.length === 1) return list[0];
  var size = typeof length === 'number' ? (+length > 0 ? Math.ceil(length) : 0) : -1;
  var whole = concatHostMemory(list, size);
  if (whole !== null) return whole;
  var i;
  if (size < 0) {
    size = 0;
    for (i = 0; i < list.length; i++) size += list[i].length;
    size = +size > 0 ? Math.ceil(size) : 0;
  }
  var buffer = allocate(size);
  var pos = 0;
  for (i = 0; i < list.length; i++) {
    var buf = list[i];
    buf.copy(buffer, pos);
    pos += buf.length;
  }
  return buffer;
};

// Buffer.concat as it is nearly always called: every chunk a Buffer (or another Uint8Array) with
// host memory, and room for all of them. One pass lists the copies in a table (see
// takeCopyTable) and sums the lengths, then Java makes them all in one call: ~10 ns a chunk,
// where a call into Java per chunk costs ~100 ns. Returns null, having done nothing, for any
// other list (plain objects with a copy method, typed arrays over plain ArrayBuffers, a length
// that cuts the list short), which Buffer.concat then copies chunk by chunk as v0.10 does.
// size: the result's length, or -1 for the chunks' total.
function concatHostMemory(list, size) {
  var table = takeCopyTable(list.length);
  var memories = [];
  var lastArrayBuffer = null;
  var lastIndex = -1;
  var total = 0;
  for (var i = 0; i < list.length; i++) {
    var buf = list[i];
    if (!isView(buf)) break;
    var n = buf.length;
    if (n !== buf.byteLength) break;   // a DataView, or a length the program overwrote
    var arrayBuffer = buf.buffer;
    if (arrayBuffer !== lastArrayBuffer) {
      var memory = arrayBuffer[kMemory];
      if (memory === undefined) break;
      lastIndex = indexOfMemory(memories, memory);
      lastArrayBuffer = arrayBuffer;
    }
    var e = i * 4;
    table[e] = lastIndex;
    table[e + 1] = buf.byteOffset;
    table[e + 2] = total;
    table[e + 3] = n;
    total += n;
  }
  var buffer = null;
  if (i === list.length && (size < 0 || size >= total)) {
    buffer = allocate(size < 0 ? total : size);
    if (total > 0) binding.copyMany(memories, table.buffer, list.length, memoryOf(buffer), buffer.byteOffset);
  }
  if (table.length <= kKeptCopyTable) spareCopyTable = table;
  return buffer;
}

// Entries of four int32s (memory index, source offset, target position, length) for
// binding.copyMany, in a plain (not host-memory) Int32Array: written at JavaScript speed, read by
// Java in one go. Kept between calls (a concat takes it, or makes a bigger one, and leaves its
// own when done); one cut short by an exception leaves none, and the next makes a new one.
var spareCopyTable = new Int32Array(1024);
// Largest table kept (ints): 64 Ki chunks, as many as binding.copyMany keeps room for.
var kKeptCopyTable = 4 * 65536;

function takeCopyTable(chunks) {
  var table = spareCopyTable;
  spareCopyTable = null;
  if (table === null || table.length < chunks * 4) table = new Int32Array(Math.max(chunks * 4, 1024));
  return table;
}

// The index of `memory` in `memories`, added if new. Only the last few are searched: chunks come
// from a few slabs in turn, or each from its own memory (large Buffers), where a full search would
// make a concat quadratic; a memory listed twice costs Java one more lookup.
function indexOfMemory(memories, memory) {
  for (var k = memories.length - 1; k >= 0 && k >= memories.length - 8; k--) {
    if (memories[k] === memory) return k;
  }
  memories.push(memory);
  return memories.length - 1;
}

// ---------------------------------------------------------------------------------------------
// Properties v0.10 Buffers have: length (assignable, as in v0.10), parent, offset.

Object.defineProperty(Buffer.prototype, 'length', {
  enumerable: true,
  configurable: true,
  get: function length() {
    return this.byteLength;
  },
  set: function length(value) {
    // v0.10 lets programs overwrite length (with "undefined behaviour"); keep the value they set.
    Object.defineProperty(this, 'length', { value: value, writable: true, enumerable: true, configurable: true });
  }
});

Object.defineProperty(Buffer.prototype, 'parent', {
  enumerable: true,
  configurable: true,
  get: function parent() {
    return parentOf(this.buffer);
  }
});

Object.defineProperty(Buffer.prototype, 'offset', {
  enumerable: true,
  configurable: true,
  get: function offset() {
    return this.byteOffset;
  }
});

// The SlowBuffer spanning all of an ArrayBuffer (a slab, a large Buffer's own memory...).
function parentOf(ab) {
  var parent = ab[kParent];
  if (parent === undefined) {
    parent = new SlowBufferImpl(ab, 0, ab.byteLength);
    Object.defineProperty(ab, kParent, { value: parent });
  }
  return parent;
}

// ---------------------------------------------------------------------------------------------
// toString / write

Buffer.prototype.toString = function toString(encoding, start, end) {
  var name = encoding === undefined ? 'utf8' : String(encoding || 'utf8').toLowerCase();
  start = +start || 0;
  var length = this.length;
  if (typeof end !== 'number' || end > length) end = length;
  if (start < 0) start = 0;
  if (!(end > start)) return '';
  var enc = normalizeEncoding(name);
  if (enc === undefined) throw new TypeError('Unknown encoding: ' + name);
  if (end > this.byteLength) end = this.byteLength;
  return decodeRange(this, start | 0, end | 0, enc);
};

function decodeRange(buf, start, end, enc) {
  var memory = memoryOf(buf);
  if (memory === undefined) {
    // A plain Uint8Array borrowing Buffer methods: decode a host copy.
    var copy = allocate(end - start);
    copyPlainBytes(buf, start, copy, 0, end - start);
    return decodeRange(copy, 0, end - start, enc);
  }
  var base = buf.byteOffset;
  return binding.toString(memory, base + start, base + end, enc);
}

Buffer.prototype.write = function write(string, offset, length, encoding) {
  // Both (string, offset, length, encoding) and the legacy (string, encoding, offset, length).
  if (isFinite(offset)) {
    if (!isFinite(length)) {
      encoding = length;
      length = undefined;
    }
  } else {
    var swap = encoding;
    encoding = offset;
    offset = length;
    length = swap;
  }

  offset = +offset || 0;
  var remaining = this.length - offset;
  if (!length) {
    length = remaining;
  } else {
    length = +length;
    if (length > remaining) length = remaining;
  }
  var name = encoding === undefined ? 'utf8' : String(encoding || 'utf8').toLowerCase();

  if (string.length > 0 && (length < 0 || offset < 0)) {
    throw new RangeError('attempt to write beyond buffer bounds');
  }
  var enc = normalizeEncoding(name);
  if (enc === undefined) throw new TypeError('Unknown encoding: ' + name);
  if (typeof string !== 'string') throw new TypeError('Argument must be a string');

  var max = length | 0;
  if (max > this.byteLength - offset) max = this.byteLength - offset;
  if (string.length === 0 || !(max > 0)) {
    if (enc === 'hex' && (string.length & 1) === 1) throw new TypeError('Invalid hex string');
    setCharsWritten(0);
    return 0;
  }
  return writeString(this, string, offset | 0, max, enc);
};

function setCharsWritten(n) {
  Buffer._charsWritten = n;
  SlowBuffer._charsWritten = n;
}

// Writes string at [offset, offset + max) of buf (max > 0); returns the bytes written and sets
// Buffer._charsWritten.
function writeString(buf, string, offset, max, enc) {
  if (enc === 'hex') return hexWrite(buf, string, offset, max);
  if (string.length <= kSmallWrite) {
    switch (enc) {
      case 'utf8': return utf8Write(buf, string, offset, max);
      case 'ascii':
      case 'binary': return binaryWrite(buf, string, offset, max);
    }
  }
  var memory = memoryOf(buf);
  if (memory === undefined) {
    var tmp = allocate(max);
    var written = writeString(tmp, string, 0, max, enc);
    typedArraySet.call(buf, typedArraySubarray.call(tmp, 0, written), offset);
    return written;
  }
  if (enc === 'utf8' && !string.isWellFormed()) string = string.toWellFormed();
  var bytes = binding.write(memory, buf.byteOffset + offset, max, string, enc);
  setCharsWritten(binding.charsWritten);
  return bytes;
}

function utf8Write(buf, string, offset, max) {
  var p = offset;
  var end = offset + max;
  var n = string.length;
  var i = 0;
  for (; i < n; i++) {
    var c = string.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
      continue;
    }
    if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xC0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3F);
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
      var d = string.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        if (p + 4 > end) break;
        var cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        buf[p++] = 0xF0 | (cp >> 18);
        buf[p++] = 0x80 | ((cp >> 12) & 0x3F);
        buf[p++] = 0x80 | ((cp >> 6) & 0x3F);
        buf[p++] = 0x80 | (cp & 0x3F);
        i++;
        continue;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    if (p + 3 > end) break;
    buf[p++] = 0xE0 | (c >> 12);
    buf[p++] = 0x80 | ((c >> 6) & 0x3F);
    buf[p++] = 0x80 | (c & 0x3F);
  }
  setCharsWritten(i);
  return p - offset;
}

function binaryWrite(buf, string, offset, max) {
  var n = string.length < max ? string.length : max;
  for (var i = 0; i < n; i++) buf[offset + i] = string.charCodeAt(i);
  setCharsWritten(n);
  return n;
}

// Pairs are read as parseInt(pair, 16) reads them; v0.10 rejects odd lengths and NaN pairs
// (after writing the pairs before the bad one).
function hexWrite(buf, string, offset, max) {
  if ((string.length & 1) === 1) throw new TypeError('Invalid hex string');
  var pairs = string.length >>> 1;
  if (pairs > max) pairs = max;
  var memory = memoryOf(buf);
  var written;
  if (pairs > kSmallWrite && memory !== undefined) {
    written = binding.write(memory, buf.byteOffset + offset, pairs, string, 'hex');
    if (written < 0) throw new TypeError('Invalid hex string');
  } else {
    for (written = 0; written < pairs; written++) {
      var value = parseInt(string.substr(written * 2, 2), 16);
      if (value !== value) throw new TypeError('Invalid hex string');
      buf[offset + written] = value;
    }
  }
  setCharsWritten(written * 2);
  return written;
}

// Old per-encoding methods v0.10 Buffers have: name + 'Write'(string, offset[, length]).
function writeWith(encoding) {
  return function (string, offset, length) {
    if (length === undefined) return this.write(string, offset, encoding);
    return this.write(string, offset, length, encoding);
  };
}
Buffer.prototype.utf8Write = writeWith('utf8');
Buffer.prototype.binaryWrite = writeWith('binary');
Buffer.prototype.asciiWrite = writeWith('ascii');
Buffer.prototype.ucs2Write = writeWith('ucs2');
Buffer.prototype.base64Write = writeWith('base64');
Buffer.prototype.hexWrite = writeWith('hex');
Buffer.prototype.utf8Slice = function (start, end) { return this.toString('utf8', start, end); };
Buffer.prototype.binarySlice = function (start, end) { return this.toString('binary', start, end); };
Buffer.prototype.asciiSlice = function (start, end) { return this.toString('ascii', start, end); };
Buffer.prototype.ucs2Slice = function (start, end) { return this.toString('ucs2', start, end); };
Buffer.prototype.base64Slice = function (start, end) { return this.toString('base64', start, end); };
Buffer.prototype.hexSlice = function (start, end) { return this.toString('hex', start, end); };

Buffer.prototype.toJSON = function toJSON() {
  return Array.prototype.slice.call(this, 0);
};

// <Buffer 01 02 ...>: at most INSPECT_MAX_BYTES + 1 bytes, then '...', as v0.10 prints it.
Buffer.prototype.inspect = function inspect() {
  return inspectBytes(this, this.constructor.name);
};

function inspectBytes(buf, name) {
  var out = [];
  var len = buf.length;
  for (var i = 0; i < len; i++) {
    var b = buf[i];
    out[i] = b < 16 ? '0' + b.toString(16) : b.toString(16);
    if (i === exports.INSPECT_MAX_BYTES) {
      out[i + 1] = '...';
      break;
    }
  }
  return '<' + name + ' ' + out.join(' ') + '>';
}

// ---------------------------------------------------------------------------------------------
// get / set / slice / copy / fill

Buffer.prototype.get = function get(offset) {
  if (offset < 0 || offset >= this.length) throw new RangeError('offset is out of bounds');
  return this[offset];
};

// v0.10's set(offset, value); a typed-array style set(array[, offset]) still works.
Buffer.prototype.set = function set(offset, value) {
  if (typeof offset !== 'number' && offset !== null && typeof offset === 'object') {
    return typedArraySet.call(this, offset, value);
  }
  if (offset < 0 || offset >= this.length) throw new RangeError('offset is out of bounds');
  return this[offset] = value;
};

function clamp(index, length, defaultValue) {
  if (typeof index !== 'number') return defaultValue;
  index = ~~index;
  if (index >= length) return length;
  if (index >= 0) return index;
  index += length;
  if (index >= 0) return index;
  return 0;
}

// A view of the same memory (v0.10: a Buffer sharing the parent).
Buffer.prototype.slice = function slice(start, end) {
  var length = this.length;
  start = clamp(start, length, 0);
  end = clamp(end, length, length);
  var size = end - start;
  if (size < 0) size = 0;
  var offset = this.byteOffset + start;
  var ab = this.buffer;
  if (offset > ab.byteLength) throw new RangeError('offset out of range');
  if (offset + size > ab.byteLength) throw new RangeError('object out of range');
  return new FastBuffer(ab, offset, size);
};

Buffer.prototype.copy = function copy(target, targetStart, start, end) {
  // Undefined, NaN or out-of-range values become their defaults.
  if (!(targetStart >= 0)) targetStart = 0;
  if (!(start >= 0)) start = 0;
  var length = this.length;
  if (!(end < length)) end = length;

  if (end === start || target.length === 0 || length === 0 || start > length) return 0;
  if (end < start) throw new RangeError('sourceEnd < sourceStart');
  if (targetStart >= target.length) throw new RangeError('targetStart out of bounds');
  if (target.length - targetStart < end - start) end = target.length - targetStart + start;

  if (!(target instanceof Uint8Array)) throw new TypeError('First arg should be a Buffer');
  targetStart = targetStart | 0;
  start = start | 0;
  var n = (end | 0) - start;
  // Never past either side's real memory, whatever their `length` says.
  if (n > this.byteLength - start) n = this.byteLength - start;
  if (n > target.byteLength - targetStart) n = target.byteLength - targetStart;
  if (n <= 0) return 0;
  copyBytes(this, start, target, targetStart, n);
  return n;
};

function copyBytes(source, sourceStart, target, targetStart, n) {
  if (n > kSmallCopy) {
    copyPlainBytes(source, sourceStart, target, targetStart, n);
    return;
  }
  if (source.buffer === target.buffer &&
      target.byteOffset + targetStart > source.byteOffset + sourceStart) {
    // Overlap with the target after the source: copy from the end.
    for (var j = n - 1; j >= 0; j--) target[targetStart + j] = source[sourceStart + j];
    return;
  }
  for (var i = 0; i < n; i++) target[targetStart + i] = source[sourceStart + i];
}

Buffer.prototype.fill = function fill(value, start, end) {
  value || (value = 0);
  start || (start = 0);
  end || (end = this.length);

  if (typeof value === 'string') value = value.charCodeAt(0);
  if (typeof value !== 'number' || value !== value) throw new TypeError('value is not a number');
  if (end < start) throw new RangeError('end < start');
  if (end === start || this.length === 0) return;
  if (start < 0 || start >= this.length) throw new RangeError('start out of bounds');
  if (end < 0 || end > this.length) throw new RangeError('end out of bounds');

  start = start | 0;
  end = end | 0;
  if (end > this.byteLength) end = this.byteLength;
  var n = end - start;
  var byte = value & 0xFF;
  var memory = memoryOf(this);
  if (n > kSmallCopy && memory !== undefined) {
    binding.fill(memory, this.byteOffset + start, n, byte);
  } else {
    for (var i = start; i < end; i++) this[i] = byte;
  }
};

// ---------------------------------------------------------------------------------------------
// Numbers

function checkOffset(offset, ext, length) {
  if ((offset % 1) !== 0 || offset < 0) throw new RangeError('offset is not uint');
  if (offset + ext > length) throw new RangeError('Trying to access beyond buffer length');
}

Buffer.prototype.readUInt8 = function readUInt8(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 1, this.length);
  return this[offset];
};

function readUInt16(buf, offset, bigEndian) {
  if (bigEndian) return (buf[offset] << 8) | buf[offset + 1];
  return buf[offset] | (buf[offset + 1] << 8);
}

Buffer.prototype.readUInt16LE = function readUInt16LE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 2, this.length);
  return readUInt16(this, offset, false);
};

Buffer.prototype.readUInt16BE = function readUInt16BE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 2, this.length);
  return readUInt16(this, offset, true);
};

function readUInt32(buf, offset, bigEndian) {
  if (bigEndian) {
    return buf[offset] * 0x1000000 + ((buf[offset + 1] << 16) | (buf[offset + 2] << 8) | buf[offset + 3]);
  }
  return ((buf[offset]) | (buf[offset + 1] << 8) | (buf[offset + 2] << 16)) + buf[offset + 3] * 0x1000000;
}

Buffer.prototype.readUInt32LE = function readUInt32LE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return readUInt32(this, offset, false);
};

Buffer.prototype.readUInt32BE = function readUInt32BE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return readUInt32(this, offset, true);
};

Buffer.prototype.readInt8 = function readInt8(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 1, this.length);
  var value = this[offset];
  if (!(value & 0x80)) return value;
  return (0xff - value + 1) * -1;
};

Buffer.prototype.readInt16LE = function readInt16LE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 2, this.length);
  var value = readUInt16(this, offset, false);
  return (value & 0x8000) ? value | 0xFFFF0000 : value;
};

Buffer.prototype.readInt16BE = function readInt16BE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 2, this.length);
  var value = readUInt16(this, offset, true);
  return (value & 0x8000) ? value | 0xFFFF0000 : value;
};

Buffer.prototype.readInt32LE = function readInt32LE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24);
};

Buffer.prototype.readInt32BE = function readInt32BE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return (this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3];
};

// Floats go through a scratch typed array in the machine's byte order.
var float32 = new Float32Array(1);
var float32Bytes = new Uint8Array(float32.buffer);
var float64 = new Float64Array(1);
var float64Bytes = new Uint8Array(float64.buffer);
var littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloat(buf, offset, bigEndian) {
  var swap = bigEndian === littleEndian;
  for (var i = 0; i < 4; i++) float32Bytes[swap ? 3 - i : i] = buf[offset + i];
  return float32[0];
}

function readDouble(buf, offset, bigEndian) {
  var swap = bigEndian === littleEndian;
  for (var i = 0; i < 8; i++) float64Bytes[swap ? 7 - i : i] = buf[offset + i];
  return float64[0];
}

function writeFloat(buf, value, offset, bigEndian) {
  float32[0] = value;
  var swap = bigEndian === littleEndian;
  for (var i = 0; i < 4; i++) buf[offset + i] = float32Bytes[swap ? 3 - i : i];
}

function writeDouble(buf, value, offset, bigEndian) {
  float64[0] = value;
  var swap = bigEndian === littleEndian;
  for (var i = 0; i < 8; i++) buf[offset + i] = float64Bytes[swap ? 7 - i : i];
}

Buffer.prototype.readFloatLE = function readFloatLE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return readFloat(this, offset, false);
};

Buffer.prototype.readFloatBE = function readFloatBE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 4, this.length);
  return readFloat(this, offset, true);
};

Buffer.prototype.readDoubleLE = function readDoubleLE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 8, this.length);
  return readDouble(this, offset, false);
};

Buffer.prototype.readDoubleBE = function readDoubleBE(offset, noAssert) {
  if (!noAssert) checkOffset(offset, 8, this.length);
  return readDouble(this, offset, true);
};

function checkInt(buffer, value, offset, ext, max, min) {
  if ((value % 1) !== 0 || value > max || value < min) throw new TypeError('value is out of bounds');
  if ((offset % 1) !== 0 || offset < 0) throw new TypeError('offset is not uint');
  if (offset + ext > buffer.length || buffer.length + offset < 0) {
    throw new RangeError('Trying to write outside buffer length');
  }
}

Buffer.prototype.writeUInt8 = function writeUInt8(value, offset, noAssert) {
  if (!noAssert) checkInt(this, value, offset, 1, 0xff, 0);
  this[offset] = value;
};

function writeUInt16(buf, value, offset, bigEndian) {
  if (bigEndian) {
    buf[offset] = (value & 0xff00) >>> 8;
    buf[offset + 1] = value & 0xff;
  } else {
    buf[offset + 1] = (value & 0xff00) >>> 8;
    buf[offset] = value & 0xff;
  }
}

Buffer.prototype.writeUInt16LE = function writeUInt16LE(value, offset, noAssert) {
  if (!noAssert) checkInt(this, value, offset, 2, 0xffff, 0);
  writeUInt16(this, value, offset, false);
};

Buffer.prototype.writeUInt16BE = function writeUInt16BE(value, offset, noAssert) {
  if (!noAssert) checkInt(this, value, offset, 2, 0xffff, 0);
  writeUInt16(this, value, offset, true);
};

function writeUInt32(buf, value, offset, bigEndian) {
  if (bigEndian) {
    buf[offset] = (value >>> 24) & 0xff;
    buf[offset + 1] = (value >>> 16) & 0xff;
    buf[offset + 2] = (value >>> 8) & 0xff;
    buf[offset + 3] = value & 0xff;
  } else {
    buf[offset + 3] = (value >>> 24) & 0xff;
    buf[offset + 2] = (value >>> 16) & 0xff;
    buf[offset + 1] = (value >>> 8) & 0xff;
    buf[offset] = value & 0xff;
  }
}

Buffer.prototype.writeUInt32LE = function writeUInt32LE(value, offset, noAssert) {
  if (!noAssert) checkInt(this, value, offset, 4, 0xffffffff, 0);
  writeUInt32(this, value, offset, false);
};

Buffer.prototype.writeUInt32BE = function writeUInt32BE(value, offset, noAssert) {
  if (!noAssert) checkInt(this, value, offset, 4, 0xffffffff, 0);
  writeUInt32(this, value, offset, true);
};

Buffer.prototype.writeInt8 = function writeInt8(value, offset, noAssert) {
  if (!noAssert) checkInt(this, value, offset, 1, 0x7f, -0x80);
  if (value < 0) value = 0xff + value + 1;
  this[offset] = value;
};

Buffer.prototype.writeInt16LE = function writeInt16LE(value, offset, noAssert) {
  if (!noAssert) checkInt(this, value, offset, 2, 0x7fff, -0x8000);
  if (value < 0) value = 0xffff + value + 1;
  writeUInt16(this, value, offset, false);
};

Buffer.prototype.writeInt16BE = function writeInt16BE(value, offset, noAssert) {
  if (!noAssert) checkInt(this, value, offset, 2, 0x7fff, -0x8000);
  if (value < 0) value = 0xffff + value + 1;
  writeUInt16(this, value, offset, true);
};

Buffer.prototype.writeInt32LE = function writeInt32LE(value, offset, noAssert) {
  if (!noAssert) checkInt(this, value, offset, 4, 0x7fffffff, -0x80000000);
  if (value < 0) value = 0xffffffff + value + 1;
  writeUInt32(this, value, offset, false);
};

Buffer.prototype.writeInt32BE = function writeInt32BE(value, offset, noAssert) {
  if (!noAssert) checkInt(this, value, offset, 4, 0x7fffffff, -0x80000000);
  if (value < 0) value = 0xffffffff + value + 1;
  writeUInt32(this, value, offset, true);
};

// v0.10 checks the offset in JavaScript, then its C++ half insists on a number.
function checkFloatValue(value) {
  if (typeof value !== 'number') throw new TypeError('value not a number');
}

Buffer.prototype.writeFloatLE = function writeFloatLE(value, offset, noAssert) {
  if (!noAssert) {
    checkOffset(offset, 4, this.length);
    checkFloatValue(value);
  }
  writeFloat(this, value, offset, false);
};

Buffer.prototype.writeFloatBE = function writeFloatBE(value, offset, noAssert) {
  if (!noAssert) {
    checkOffset(offset, 4, this.length);
    checkFloatValue(value);
  }
  writeFloat(this, value, offset, true);
};

Buffer.prototype.writeDoubleLE = function writeDoubleLE(value, offset, noAssert) {
  if (!noAssert) {
    checkOffset(offset, 8, this.length);
    checkFloatValue(value);
  }
  writeDouble(this, value, offset, false);
};

Buffer.prototype.writeDoubleBE = function writeDoubleBE(value, offset, noAssert) {
  if (!noAssert) {
    checkOffset(offset, 8, this.length);
    checkFloatValue(value);
  }
  writeDouble(this, value, offset, true);
};

// ---------------------------------------------------------------------------------------------
// SlowBuffer: v0.10's C++-backed buffer, for code that asks for it. Its own memory, never pooled;
// its float methods check arguments the way v0.10's C++ did.

function SlowBuffer(length) {
  checkAllocationLength(length);
  var ab = adopt(binding.alloc(length));
  var slow = new SlowBufferImpl(ab, 0, length);
  Object.defineProperty(ab, kParent, { value: slow });
  return slow;
}

SlowBuffer.prototype = SlowBufferImpl.prototype;
Object.setPrototypeOf(SlowBuffer.prototype, Buffer.prototype);
Object.defineProperty(SlowBuffer.prototype, 'constructor', {
  value: SlowBuffer, writable: true, enumerable: false, configurable: true
});
Object.defineProperty(SlowBuffer, Symbol.species, {
  get: function () { return FastBuffer; }, enumerable: false, configurable: true
});

SlowBuffer._charsWritten = 0;
SlowBuffer.byteLength = Buffer.byteLength;

SlowBuffer.makeFastBuffer = function makeFastBuffer(slow, fast, offset, length) {
  if (!(slow instanceof Buffer)) throw new TypeError('First argument must be a Buffer');
  var slowLength = slow.length;
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > slowLength) throw new RangeError('offset out of range');
  if (offset + length > slowLength) throw new RangeError('object out of range');
  // Buffers here are typed arrays with fixed memory: `fast` cannot be re-pointed.
};

// A SlowBuffer is the parent of the Buffers cut from it.
Object.defineProperty(SlowBuffer.prototype, 'parent', {
  enumerable: false, configurable: true, get: function () { return undefined; }
});
Object.defineProperty(SlowBuffer.prototype, 'offset', {
  enumerable: false, configurable: true, get: function () { return undefined; }
});

SlowBuffer.prototype.inspect = function inspect() {
  return inspectBytes(this, 'SlowBuffer');
};

SlowBuffer.prototype.slice = function slice(start, end) {
  var length = this.length;
  if (end === undefined) end = length;
  if (start === undefined) start = 0;
  if (end > length) throw new RangeError('oob');
  if (start > end) throw new RangeError('oob');
  return viewOf(this, start, end - start);
};

function checkNativeRead(buf, offset, size) {
  if (typeof offset !== 'number' || offset % 1 !== 0 || offset < 0) throw new TypeError('offset is not uint');
  if (offset + size > buf.length) throw new RangeError('Trying to read beyond buffer length');
}

function checkNativeWrite(buf, value, offset, size) {
  if (typeof value !== 'number') throw new TypeError('value not a number');
  if (typeof offset !== 'number' || offset >>> 0 !== offset) throw new TypeError('offset is not uint');
  if (offset + size > buf.length) throw new RangeError('Trying to write beyond buffer length');
}

SlowBuffer.prototype.readFloatLE = function readFloatLE(offset, noAssert) {
  if (!noAssert) checkNativeRead(this, offset, 4);
  return readFloat(this, offset, false);
};

SlowBuffer.prototype.readFloatBE = function readFloatBE(offset, noAssert) {
  if (!noAssert) checkNativeRead(this, offset, 4);
  return readFloat(this, offset, true);
};

SlowBuffer.prototype.readDoubleLE = function readDoubleLE(offset, noAssert) {
  if (!noAssert) checkNativeRead(this, offset, 8);
  return readDouble(this, offset, false);
};

SlowBuffer.prototype.readDoubleBE = function readDoubleBE(offset, noAssert) {
  if (!noAssert) checkNativeRead(this, offset, 8);
  return readDouble(this, offset, true);
};

SlowBuffer.prototype.writeFloatLE = function writeFloatLE(value, offset, noAssert) {
  if (!noAssert) checkNativeWrite(this, value, offset, 4);
  writeFloat(this, value, offset, false);
};

SlowBuffer.prototype.writeFloatBE = function writeFloatBE(value, offset, noAssert) {
  if (!noAssert) checkNativeWrite(this, value, offset, 4);
  writeFloat(this, value, offset, true);
};

SlowBuffer.prototype.writeDoubleLE = function writeDoubleLE(value, offset, noAssert) {
  if (!noAssert) checkNativeWrite(this, value, offset, 8);
  writeDouble(this, value, offset, false);
};

SlowBuffer.prototype.writeDoubleBE = function writeDoubleBE(value, offset, noAssert) {
  if (!noAssert) checkNativeWrite(this, value, offset, 8);
  writeDouble(this, value, offset, true);
};

exports.SlowBuffer = SlowBuffer;
binding.SlowBuffer = SlowBuffer;

// ---------------------------------------------------------------------------------------------
// For lib/internal/host_memory.js: Buffers over memory Java produced, and host copies of bytes.

Object.defineProperty(Buffer, hostMemory.kMakers, { value: {
  view: function (arrayBuffer, offset, length) {
    return new FastBuffer(arrayBuffer, offset, length);
  },
  copyOf: function (bytes) {
    var buf = allocate(bytes.length);
    if (bytes.length > 0) copyPlainBytes(bytes, 0, buf, 0, bytes.length);
    return buf;
  }
} });
