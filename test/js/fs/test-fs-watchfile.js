'use strict';
// fs.watchFile / fs.unwatchFile: stat polling at `interval`; 'change' (curr, prev) when the
// file changes and when it disappears (curr all zeros); nothing for a file that stays missing;
// one StatWatcher per path shared by its listeners; unwatchFile of one listener or of all;
// persistent: false does not keep the process alive.
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var scratch = require('./scratch');

var dir = scratch.dir('watchfile');
var file = path.join(dir, 'polled');
var missing = path.join(dir, 'never-there');

assert.throws(function () { fs.watchFile(file); }, /^Error: watchFile requires a listener function$/);
assert.throws(function () { fs.watchFile('a\u0000b', function () {}); }, /null bytes/);
assert.throws(function () { fs.unwatchFile('a\u0000b'); }, /null bytes/);
fs.unwatchFile(path.join(dir, 'not-watched')); // a no-op

// Never fires; must not keep the process alive.
fs.watchFile(__filename, { persistent: false, interval: 20 }, function () {
  assert.fail('the test file does not change');
});

// A file missing from the start is not reported while it stays missing.
var missingCalls = 0;
fs.watchFile(missing, { interval: 20 }, function () {
  missingCalls++;
});

var guard = setTimeout(function () {
  assert.fail('watchFile did not report: stage ' + stage);
}, 90000);

var stage = 'modify';
fs.writeFileSync(file, 'one');
var calls = [];
var second = scratch.mustCall(function () {}, 0); // removed before any change
var watcher = fs.watchFile(file, { interval: 25 }, function (curr, prev) {
  calls.push([curr, prev]);
  assert.ok(curr instanceof fs.Stats && prev instanceof fs.Stats);
  if (stage === 'modify') {
    clearInterval(grow);
    assert.ok(curr.size > prev.size && prev.size >= 3, curr.size + ' > ' + prev.size);
    assert.strictEqual(curr.ino, prev.ino);
    assert.strictEqual(curr.nlink, 1);
    lastSize = curr.size;
    // A second listener on the same path shares the watcher.
    assert.strictEqual(fs.watchFile(file, second), watcher);
    fs.unwatchFile(file, second);
    stage = 'delete';
    fs.unlinkSync(file);
  } else if (stage === 'delete') {
    assert.strictEqual(prev.nlink, 1);
    assert.strictEqual(prev.size, lastSize);
    assert.strictEqual(curr.nlink, 0);
    assert.strictEqual(curr.size, 0);
    assert.strictEqual(curr.ino, 0);
    assert.strictEqual(curr.mtime.getTime(), 0);
    stage = 'recreate';
    fs.writeFileSync(file, 'back again');
  } else if (stage === 'recreate') {
    assert.strictEqual(curr.size, 10);
    stage = 'done';
    fs.unwatchFile(file);
    fs.unwatchFile(missing);
    assert.strictEqual(missingCalls, 0);
    watcher.on('stop', scratch.mustCall(function () {
      clearTimeout(guard);
    }));
  } else {
    assert.fail('no events after unwatchFile');
  }
});
assert.ok(watcher instanceof require('events').EventEmitter);
// Grow the file until a poll notices (the first poll only records it, and may come late).
var lastSize = 0;
var grow = setInterval(function () {
  fs.appendFileSync(file, ' two');
}, 100);
