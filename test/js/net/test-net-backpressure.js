'use strict';
// Flow control end to end. A reader that pauses stops reading from the kernel (its handle
// stops, its buffer stays near the high-water mark) so TCP pushes back; the writer then sees
// write() return false and gets 'drain' only after the reader resumes. Memory on both sides
// stays bounded while the reader is paused, and every byte arrives once it resumes.
var assert = require('assert');
var net = require('net');

var CHUNK = new Buffer(64 * 1024);
CHUNK.fill(97);
var TOTAL_CHUNKS = 256; // 16 MiB in all: far more than socket buffers hold

var received = 0;
var sawFalse = false;
var drainedAfterResume = false;
var resumed = false;
var pausedChecked = false;

process.on('exit', function () {
  assert(sawFalse, 'write() returned false');
  assert(pausedChecked, 'the paused state was checked');
  assert(drainedAfterResume, "'drain' came after the reader resumed");
  assert.strictEqual(received, CHUNK.length * TOTAL_CHUNKS);
});

var server = net.createServer(function (reader) {
  reader.pause();
  reader.on('data', function (d) { received += d.length; });
  reader.on('end', function () {
    server.close();
  });

  // Wait until the writer is blocked and the reader has stopped reading from the kernel
  // (a bounded wait: the test harness's timeout ends a hang).
  (function waitUntilStopped() {
    if (!writerBlocked || reader._handle.reading) return setTimeout(waitUntilStopped, 20);
    var bufferedThen = reader._readableState.length;
    // Nothing moves while paused: the kernel buffers are full and the reader reads no more.
    setTimeout(function () {
      var buffered = reader._readableState.length;
      assert.strictEqual(received, 0, 'no data events while paused');
      assert.strictEqual(reader._handle.reading, false, 'the paused reader stays stopped');
      assert.strictEqual(buffered, bufferedThen, 'nothing read while stopped');
      assert(buffered < 1024 * 1024, 'reader buffer bounded: ' + buffered);
      assert(writer.bufferSize < 2 * 1024 * 1024, 'writer buffer bounded: ' + writer.bufferSize);
      pausedChecked = true;
      resumed = true;
      reader.resume();
    }, 200);
  })();
});

var writerBlocked = false;
var writer;
server.listen(0, function () {
  writer = net.connect(server.address().port, function () {
    var sent = 0;
    function pump() {
      while (sent < TOTAL_CHUNKS) {
        sent++;
        if (!writer.write(CHUNK)) {
          sawFalse = true;
          writerBlocked = true;
          writer.once('drain', function () {
            if (resumed) drainedAfterResume = true;
            pump();
          });
          return;
        }
      }
      writer.end();
    }
    pump();
  });
});
