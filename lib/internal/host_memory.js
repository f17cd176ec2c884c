'use strict';
// Host memory: the bridge between JavaScript Buffers and Java. Every Buffer's bytes live in a
// direct java.nio.ByteBuffer allocated by process.binding('buffer') (Java) and are seen by
// JavaScript through `new ArrayBuffer(byteBuffer)`, so both sides read and write the same memory
// and nothing is copied when a Buffer crosses the boundary. GraalJS cannot map an ArrayBuffer back
// to its ByteBuffer, so this module tags each such ArrayBuffer with its ByteBuffer and answers
// "which memory is behind this Buffer?" for the Java-backed modules (fs, net, ...).
//
// API (a region is always [buf.byteOffset, buf.byteOffset + buf.length) of memoryOf(buf)):
//   memoryOf(buf)                  the java.nio.ByteBuffer behind buf.buffer, or null if it has none
//                                  (a Uint8Array the user made over a plain JS ArrayBuffer).
//   hostBacked(buf)                buf itself when memoryOf(buf) is non-null, else a new Buffer with
//                                  host memory holding a copy of buf's bytes.
//   wrap(byteBuffer, offset, len)  a Buffer viewing bytes [offset, offset + len) of a ByteBuffer Java
//                                  produced, no copy. Indexes are absolute (the position is ignored)
//                                  and must lie within the limit, which JavaScript reads as the
//                                  memory's size: Java must not change the limit afterwards (hand
//                                  JavaScript a slice() or duplicate() if it needs to move it).
//   adopt(byteBuffer)              (for lib/buffer.js) the tagged ArrayBuffer over a whole ByteBuffer.
// The tag is a registered symbol, so every copy of this code (a vm context, a test loading the
// file) agrees on it; lib/buffer.js leaves its Buffer makers on Buffer under another one.
// Java binding methods take such a region as (java.nio.ByteBuffer memory, int offset, int length).
//
// OWNERSHIP. Buffer memory belongs to the garbage collector, never to a piece of code: the
// ArrayBuffer references the ByteBuffer, and the ByteBuffer's native memory is freed (or pooled,
// see jnode.posix.RawMemory) by a cleaner only after the ByteBuffer itself is unreachable, i.e.
// after every Buffer, slice, ArrayBuffer and Java reference to it is gone. Nobody frees Buffer
// memory explicitly, and small Buffers share 8 KiB slabs (Buffer.poolSize), so a slab lives as long
// as any Buffer cut from it. Java may keep a ByteBuffer it was handed (e.g. for an asynchronous
// write) simply by holding the reference, and may read or write the region from any thread (the
// thread pool) exactly where Node would (fs.read fills the Buffer it was given); nowhere else. Rule
// for Netty code: a Netty ByteBuf handed to JavaScript must either be copied into Buffer memory
// (allocate with binding.alloc / a Buffer, copy, release the ByteBuf at once), or be a wrapper over
// Buffer-owned memory (Unpooled.wrappedBuffer(byteBuffer)) whose release() frees nothing JavaScript
// can still see. Never wrap() the memory of a pooled or reference-counted ByteBuf: its release
// would recycle bytes a JavaScript Buffer still shows.

var binding = process.binding('buffer');

var kMemory = Symbol.for('jnode.hostMemory');
var kMakers = Symbol.for('jnode.bufferMakers');
var isView = ArrayBuffer.isView;
var viewBuffer = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'buffer').get;
var dataViewBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;

// { view(arrayBuffer, offset, length), copyOf(uint8Array) } from lib/buffer.js. Looked up on
// use: buffer.js itself requires this module.
function makers() {
  return require('buffer').Buffer[kMakers];
}

function adopt(byteBuffer) {
  var ab = new ArrayBuffer(byteBuffer);
  Object.defineProperty(ab, kMemory, { value: byteBuffer });
  return ab;
}

function memoryOf(buf) {
  if (!isView(buf)) return null;
  var ab = buf instanceof DataView ? dataViewBuffer.call(buf) : viewBuffer.call(buf);
  var memory = ab[kMemory];
  return memory === undefined ? null : memory;
}

function hostBacked(buf) {
  if (memoryOf(buf) !== null) return buf;
  var maker = makers();
  var bytes = buf instanceof Uint8Array ? buf :
    new Uint8Array(isView(buf) ? buf.buffer : buf, buf.byteOffset, buf.byteLength);
  return maker.copyOf(bytes);
}

function wrap(byteBuffer, offset, length) {
  var maker = makers();
  return maker.view(adopt(byteBuffer), offset, length);
}

module.exports = {
  memoryOf: memoryOf,
  hostBacked: hostBacked,
  wrap: wrap,
  adopt: adopt,
  kMemory: kMemory,
  kMakers: kMakers,
  binding: binding
};
