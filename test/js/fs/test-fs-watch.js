'use strict';
// fs.watch: an FSWatcher on a directory reports entries created, renamed and deleted ('rename',
// with the entry's name) and modified ('change'); on a file, its own name; a listener given to
// fs.watch gets the 'change' events; close() stops events and releases the loop; a watcher with
// persistent: false does not keep the process alive; watching a missing path throws
// "watch ENOENT".
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var scratch = require('./scratch');

var dir = scratch.dir('watch');
function p(name) {
  return path.join(dir, name);
}

// Bad input.
assert.throws(function () { fs.watch(p('missing')); }, function (e) {
  return e instanceof Error && e.message === 'watch ENOENT' && e.code === 'ENOENT' &&
    e.errno === 'ENOENT' && e.syscall === 'watch';
});
assert.throws(function () { fs.watch('a\u0000b'); }, /Path must be a string without null bytes/);
assert.throws(function () { fs.watch(42); }, TypeError);

// Never fires, and does not keep the process alive.
fs.watch(__filename, { persistent: false }, function () {
  assert.fail('the test file does not change');
});

// A bounded wait: the test fails rather than hangs when an event never comes.
var guard = setTimeout(function () {
  assert.fail('watch events did not arrive: stage ' + stage);
}, 90000);

var stage = 'directory';
fs.mkdirSync(p('sub'));
var events = [];
var watcher = fs.watch(p('sub'), function (event, filename) {
  events.push(event + ':' + filename);
  step();
});
assert.ok(watcher instanceof fs.FSWatcher);

// Each action waits for the event of the previous one.
var actions = [
  ['rename:created', function () { fs.writeFileSync(p('sub/created'), ''); }],
  ['change:created', function () { fs.appendFileSync(p('sub/created'), 'more'); }],
  ['rename:renamed', function () { fs.renameSync(p('sub/created'), p('sub/renamed')); }],
  ['rename:renamed', function () { fs.unlinkSync(p('sub/renamed')); }]
];
var next = 0;
function step() {
  // Wait until what the current action must produce has been seen.
  if (next > 0 && events.indexOf(actions[next - 1][0]) === -1) return;
  if (next === actions.length) return finishDirectory();
  events.length = 0;
  actions[next++][1]();
}
setImmediate(step);

function finishDirectory() {
  watcher.close();
  watcher.close();
  // Closed: further changes are not reported.
  fs.writeFileSync(p('sub/after-close'), '');
  setTimeout(watchFile, 100);
}

function watchFile() {
  assert.ok(events.indexOf('rename:after-close') === -1, 'no events after close');
  stage = 'file';
  var file = p('watched.txt');
  fs.writeFileSync(file, 'hello');
  var w = fs.watch(file);
  w.on('change', scratch.mustCall(function (event, filename) {
    assert.strictEqual(event, 'change');
    assert.strictEqual(filename, 'watched.txt');
    assert.strictEqual(this, w);
    w.close();
    watchRelative();
  }));
  setTimeout(function () {
    fs.writeFileSync(file, 'world');
  }, 50);
}

// A relative path resolves against process.cwd().
function watchRelative() {
  stage = 'relative';
  var cwd = process.cwd();
  process.chdir(dir);
  fs.writeFileSync('rel.txt', '');
  var w = fs.watch('rel.txt', { persistent: true }, scratch.mustCall(function (event, filename) {
    assert.strictEqual(filename, 'rel.txt');
    w.close();
    process.chdir(cwd);
    clearTimeout(guard);
    // Nothing else is left: the process must now exit on its own.
  }));
  setTimeout(function () {
    fs.utimesSync(p('rel.txt'), 1, 1);
  }, 50);
}
