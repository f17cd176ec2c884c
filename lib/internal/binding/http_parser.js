'use strict';
// process.binding('http_parser'): Node v0.10's HTTP parser binding, for lib/http.js. HTTPParser
// objects are plain JavaScript objects (http.js and tests hang their own properties on them);
// each drives a Java parser (src/main/java/jnode/binding/http) that reads the bytes in place from
// the Buffer's memory. The loop lives here: Java parses up to the next event and returns, and this
// file calls the parser's callbacks synchronously, as Node's parser did from inside execute():
//   onHeaders(headers, url)      a batch of header lines when there are many (32 at a time), and a
//                                chunked message's trailers just before onMessageComplete
//   onHeadersComplete(info)      info: headers and url (unless batches went out), method or
//                                statusCode, versionMajor, versionMinor, shouldKeepAlive, upgrade;
//                                returning true means "no body follows" (the response to HEAD)
//   onBody(buffer, start, len)   a part of the body: a region of the Buffer given to execute
//   onMessageComplete()
// An exception thrown by a callback stops parsing and propagates out of execute/finish; the
// parser then stays failed (HPE_CB_...) until reinitialize. A parse error does not throw: execute
// and finish return an Error('Parse Error') with bytesParsed and code ('HPE_INVALID_METHOD'...).
// For an upgrade (or CONNECT) execute returns after the headers, with the number of bytes used.
//
// Each event costs one call into Java: its numbers come back in a record shared with Java (an
// Int32Array over Java memory, read before any callback runs) and its header text as the return
// value, one string that is split here.

var native = require('internal/native_binding')('http_parser');

var REQUEST = 0;
var RESPONSE = 1;

// Events, flags and record layout: HttpParser.java and HttpParserBinding.java.
var NEED_INPUT = 0, HEADERS = 1, HEADERS_COMPLETE = 2, BODY = 3, MESSAGE_COMPLETE = 4, ERROR = 5;
var SKIP_BODY = 1, EOF = 2;
var EVENT = 0, POSITION = 1, BODY_START = 2, BODY_LENGTH = 3, MAJOR = 4, MINOR = 5, STATUS = 6,
    METHOD = 7, FLAGS = 8, ERRNO = 9;
var KEEP_ALIVE = 1, UPGRADE = 2, IDLE = 4;

var record = new Int32Array(new ArrayBuffer(native.record()));
var methods = copyArray(native.methods());
var errors = copyArray(native.errors());

var kState = Symbol('httpParserState');

// Buffer and its memory, looked up on first use (lib/buffer.js loads after the bindings).
var hostMemory = null;
var BufferClass = null;

function copyArray(hostArray) {
  var out = [];
  for (var i = 0; i < hostArray.length; i++) out.push(hostArray[i]);
  return out;
}

// v0.10 converts the type with ToInt32 (so 'REQUEST' is 0) and accepts only the two types.
function checkType(type) {
  type = type | 0;
  if (type !== REQUEST && type !== RESPONSE) {
    throw new Error('Argument must be HTTPParser.REQUEST or HTTPParser.RESPONSE');
  }
  return type;
}

function HTTPParser(type) {
  if (!(this instanceof HTTPParser)) return new HTTPParser(type);
  type = checkType(type);
  Object.defineProperty(this, kState, {
    value: { parser: native.create(type), type: type, parsing: false, generation: 0 }
  });
}

HTTPParser.REQUEST = REQUEST;
HTTPParser.RESPONSE = RESPONSE;

HTTPParser.prototype.execute = function execute(buffer, start, length) {
  var state = this[kState];
  if (BufferClass === null) BufferClass = require('buffer').Buffer;
  if (!BufferClass.isBuffer(buffer)) throw new TypeError('Argument should be a buffer');
  var off = start | 0;
  var len = length | 0;
  // v0.10 takes both as unsigned sizes: a negative one is out of range.
  if (off < 0 || off >= buffer.length) throw new Error('Offset is out of bounds');
  if (len < 0 || off + len > buffer.length) throw new Error('off + len > buffer.length');
  if (state.parsing) throw new TypeError('Already parsing a buffer');

  if (hostMemory === null) hostMemory = require('internal/host_memory');
  var host = buffer;
  var memory = hostMemory.memoryOf(buffer);
  if (memory === null) { // a Buffer over JavaScript memory: parse a copy, report regions of buffer
    host = hostMemory.hostBacked(buffer);
    memory = hostMemory.memoryOf(host);
  }
  var base = host.byteOffset;
  var from = base + off;
  var result = drive(this, state, buffer, memory, base, from, from + len, 0);
  if (result >= 0) return result;
  var parsed = record[POSITION] - from;
  // As v0.10: only a parse that stopped short of the input is an error.
  if (parsed === len) return parsed;
  return parseError(parsed, errors[record[ERRNO]]);
};

HTTPParser.prototype.finish = function finish() {
  var state = this[kState];
  if (state.parsing) throw new TypeError('Already parsing a buffer');
  var result = drive(this, state, null, null, 0, 0, 0, EOF);
  if (result < 0) return parseError(0, errors[record[ERRNO]]);
};

HTTPParser.prototype.reinitialize = function reinitialize(type) {
  type = checkType(type);
  var state = this[kState];
  state.parser.reset(type);
  state.type = type;
  state.generation++; // an execute in progress stops after the current callback
};

function parseError(bytesParsed, code) {
  var e = new Error('Parse Error');
  e.bytesParsed = bytesParsed;
  e.code = code;
  return e;
}

// Runs the Java parser over memory[from, to) and calls the callbacks for its events. Returns the
// number of bytes parsed, or -1 on a parse error (its position and code are left in the record).
function drive(self, state, buffer, memory, base, from, to, eof) {
  var parser = state.parser;
  var generation = state.generation;
  var pos = from;
  var flags = eof;
  state.parsing = true;
  try {
    for (;;) {
      var text = parser.execute(memory, pos, to, flags);
      var event = record[EVENT];
      var bits = record[FLAGS];
      pos = record[POSITION];
      flags = eof;
      switch (event) {
        case NEED_INPUT:
          return pos - from;
        case HEADERS:
          headers(self, text);
          break;
        case HEADERS_COMPLETE:
          if (headersComplete(self, state.type, text, bits) === true) flags |= SKIP_BODY;
          break;
        case BODY:
          var onBody = self.onBody;
          if (typeof onBody === 'function') {
            onBody.call(self, buffer, record[BODY_START] - base, record[BODY_LENGTH]);
          }
          break;
        case MESSAGE_COMPLETE:
          var onMessageComplete = self.onMessageComplete;
          if (typeof onMessageComplete === 'function') onMessageComplete.call(self);
          // The rest of the input belongs to the upgraded protocol: the caller takes it.
          if ((bits & UPGRADE) !== 0) return pos - from;
          break;
        case ERROR:
          return -1;
      }
      // Nothing more is due before further input, or a callback reinitialized the parser.
      if ((bits & IDLE) !== 0 || state.generation !== generation) return pos - from;
    }
  } catch (e) {
    if (state.generation === generation) parser.callbackFailed();
    throw e;
  } finally {
    state.parsing = false;
  }
}

function headers(self, text) {
  var onHeaders = self.onHeaders;
  if (typeof onHeaders !== 'function') return;
  var list = text.split('\0');
  var url = list.shift();
  onHeaders.call(self, list, url);
}

function headersComplete(self, type, text, bits) {
  var onHeadersComplete = self.onHeadersComplete;
  if (typeof onHeadersComplete !== 'function') return false;
  var info;
  var keepAlive = (bits & KEEP_ALIVE) !== 0;
  var upgrade = (bits & UPGRADE) !== 0;
  if (text === null) { // the headers and URL went out through onHeaders
    info = type === REQUEST ? {
      method: methods[record[METHOD]], versionMajor: record[MAJOR], versionMinor: record[MINOR],
      shouldKeepAlive: keepAlive, upgrade: upgrade
    } : {
      statusCode: record[STATUS], versionMajor: record[MAJOR], versionMinor: record[MINOR],
      shouldKeepAlive: keepAlive, upgrade: upgrade
    };
  } else {
    var list = text.split('\0');
    var url = list.shift();
    info = type === REQUEST ? {
      headers: list, url: url, method: methods[record[METHOD]],
      versionMajor: record[MAJOR], versionMinor: record[MINOR],
      shouldKeepAlive: keepAlive, upgrade: upgrade
    } : {
      headers: list, statusCode: record[STATUS],
      versionMajor: record[MAJOR], versionMinor: record[MINOR],
      shouldKeepAlive: keepAlive, upgrade: upgrade
    };
  }
  return onHeadersComplete.call(self, info);
}

module.exports = { HTTPParser: HTTPParser };
