'use strict';
// Many asynchronous fs calls at once: every callback runs once, on the loop thread, with its own
// result; timers keep firing while the worker pool is busy; a burst of readFile/writeFile of
// distinct files keeps each file's contents apart.
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var scratch = require('./scratch');

var dir = scratch.dir('concurrency');
var N = 400;
var events = [];

var ticker = setInterval(function () {
  events.push('T');
}, 1);

var pending = 0;
function started() {
  pending++;
}
function finished() {
  events.push('F');
  if (--pending === 0) allDone();
}

// Write N files, then read, stat and re-read each of them, all at once.
var contents = [];
for (var i = 0; i < N; i++) {
  contents.push(new Buffer(new Array(2 + (i % 50)).join('file ' + i + ';')));
}
var written = 0;
contents.forEach(function (data, i) {
  started();
  fs.writeFile(path.join(dir, 'f' + i), data, function (err) {
    assert.ifError(err);
    if (++written === N) readAll();
    finished();
  });
});

function readAll() {
  contents.forEach(function (data, i) {
    var name = path.join(dir, 'f' + i);
    started();
    fs.readFile(name, function (err, got) {
      assert.ifError(err);
      assert.strictEqual(got.toString(), data.toString());
      finished();
    });
    started();
    fs.stat(name, function (err, st) {
      assert.ifError(err);
      assert.strictEqual(st.size, data.length);
      finished();
    });
    started();
    fs.open(name, 'r', function (err, fd) {
      assert.ifError(err);
      var b = new Buffer(data.length);
      fs.read(fd, b, 0, b.length, 0, function (err, n) {
        assert.ifError(err);
        assert.strictEqual(n, data.length);
        assert.strictEqual(b.toString(), data.toString());
        fs.close(fd, function (err) {
          assert.ifError(err);
          finished();
        });
      });
    });
  });
  started();
  fs.readdir(dir, function (err, names) {
    assert.ifError(err);
    assert.strictEqual(names.length, N);
    finished();
  });
}

function allDone() {
  clearInterval(ticker);
  var fs = events.filter(function (e) { return e === 'F'; }).length;
  assert.strictEqual(fs, 4 * N + 1);
  // The timer ran between completions, not only before or after the whole burst.
  var first = events.indexOf('F');
  var last = events.lastIndexOf('F');
  assert.ok(events.slice(first, last).indexOf('T') !== -1, 'timers fired while fs calls were completing');
}
