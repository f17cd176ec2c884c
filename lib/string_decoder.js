'use strict';
// string_decoder: turns a stream of Buffers into strings without breaking characters that are
// split across chunks, as Node v0.10's StringDecoder does. Bytes that cannot be decoded yet (an
// incomplete utf8 sequence, an odd utf16 byte, a base64 remainder, or a lead surrogate waiting
// for its trail) are kept in `charBuffer` until the next write() or end().

var Buffer = require('buffer').Buffer;

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new Error('Unknown encoding: ' + encoding);
  }
}

function StringDecoder(encoding) {
  this.encoding = (encoding || 'utf8').toLowerCase().replace(/[-_]/, '');
  assertEncoding(encoding);
  switch (this.encoding) {
    case 'utf8':
      // Room for a held CESU-8 lead surrogate (3 bytes) and an incomplete character (3 bytes).
      this.surrogateSize = 3;
      break;
    case 'ucs2':
    case 'utf16le':
      this.surrogateSize = 2;
      break;
    case 'base64':
      this.surrogateSize = 3;
      break;
    default:
      this.write = passThroughWrite;
      return;
  }
  this.charBuffer = new Buffer(6);
  this.charReceived = 0;
  this.charLength = 0;
}

exports.StringDecoder = StringDecoder;

function passThroughWrite(buffer) {
  return buffer.toString(this.encoding);
}

StringDecoder.prototype.write = function write(buffer) {
  if (this.charReceived > 0) {
    // Bytes held from the last chunk go in front of this one.
    var joined = new Buffer(this.charReceived + buffer.length);
    this.charBuffer.copy(joined, 0, 0, this.charReceived);
    buffer.copy(joined, this.charReceived);
    buffer = joined;
    this.charReceived = 0;
    this.charLength = 0;
  }
  if (buffer.length === 0) return '';
  var end = this.decodableEnd(buffer);
  var text = end > 0 ? buffer.toString(this.encoding, 0, end) : '';
  // A lead surrogate at the end waits for its trail, so a string never ends half a pair.
  if (this.encoding !== 'base64') {
    var last = text.charCodeAt(text.length - 1);
    if (last >= 0xD800 && last <= 0xDBFF && this.endsWithLeadSurrogate(buffer, end)) {
      end -= this.surrogateSize;
      text = text.slice(0, -1);
    }
  }
  this.hold(buffer, end);
  return text;
};

// Where the complete characters of `buffer` end; the bytes after it start a character that
// needs more bytes (detectIncompleteChar in v0.10's terms).
StringDecoder.prototype.decodableEnd = function decodableEnd(buffer) {
  var length = buffer.length;
  switch (this.encoding) {
    case 'utf8':
      return utf8CompleteEnd(buffer, length);
    case 'base64':
      return length - length % 3;
    default:
      return length - (length & 1);
  }
};

// v0.10's name for the same question, kept for code that calls it: sets charReceived and
// charLength for the incomplete character at the end of `buffer`.
StringDecoder.prototype.detectIncompleteChar = function detectIncompleteChar(buffer) {
  var end = this.decodableEnd(buffer);
  this.charReceived = buffer.length - end;
  this.charLength = this.charReceived ? this.expectedLength(buffer, end) : 0;
  return this.charReceived;
};

StringDecoder.prototype.expectedLength = function expectedLength(buffer, start) {
  switch (this.encoding) {
    case 'utf8':
      return utf8SequenceLength(buffer[start]);
    case 'base64':
      return 3;
    default:
      return 2;
  }
};

// Only a complete, encoded lead surrogate counts: for utf8 the 3 bytes ED A0..AF xx.
StringDecoder.prototype.endsWithLeadSurrogate = function endsWithLeadSurrogate(buffer, end) {
  if (this.encoding !== 'utf8') return end >= 2;
  return end >= 3 && buffer[end - 3] === 0xED && (buffer[end - 2] & 0xF0) === 0xA0;
};

StringDecoder.prototype.hold = function hold(buffer, end) {
  var held = buffer.length - end;
  if (held > 0) buffer.copy(this.charBuffer, 0, end, buffer.length);
  this.charReceived = held;
  this.charLength = held > 0 ? held + this.missingBytes(buffer, end) : 0;
};

StringDecoder.prototype.missingBytes = function missingBytes(buffer, end) {
  var complete = this.decodableEnd(buffer.slice(end));
  var tail = buffer.length - end - complete;
  if (tail === 0) return this.surrogateSize;   // a whole lead surrogate waiting for its trail
  return Math.max(0, this.expectedLength(buffer, end + complete) - tail);
};

StringDecoder.prototype.end = function end(buffer) {
  var text = '';
  if (buffer && buffer.length) text = this.write(buffer);
  if (this.charReceived) {
    // Whatever is still held is decoded as it stands (e.g. U+FFFD for a cut utf8 sequence).
    text += this.charBuffer.toString(this.encoding, 0, this.charReceived);
    this.charReceived = 0;
    this.charLength = 0;
  }
  return text;
};

// Bytes a utf8 sequence starting with `lead` takes (1 for bytes that cannot start one).
function utf8SequenceLength(lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0 && lead < 0xF0) return 3;
  if (lead >= 0xC0 && lead < 0xE0) return 2;
  return 1;
}

// The end of the last complete utf8 sequence: a lead byte among the last three whose sequence
// runs past the end of the buffer starts an incomplete character.
function utf8CompleteEnd(buffer, length) {
  for (var i = 1; i <= 3 && i <= length; i++) {
    var b = buffer[length - i];
    if ((b & 0xC0) === 0x80) continue;
    return utf8SequenceLength(b) > i ? length - i : length;
  }
  return length;
}
