'use strict';
// A running child keeps the loop alive until it exits; child.unref() lets the parent finish
// without waiting (the child is killed here on the way out so nothing is left behind).
var assert = require('assert');
var spawn = require('child_process').spawn;

var start = Date.now();
var waited = spawn('sleep', ['0.5'], { stdio: 'ignore' });
var exited = false;
waited.on('exit', function (code) {
  assert.strictEqual(code, 0);
  exited = true;
});

var forgotten = spawn('sleep', ['60'], { stdio: 'ignore', detached: true });
forgotten.unref();
var forgottenExit = false;
forgotten.on('exit', function () { forgottenExit = true; });

process.on('exit', function () {
  assert(exited, 'the referenced child was waited for');
  assert(!forgottenExit, 'the unreferenced child was not waited for');
  assert(Date.now() - start < 30000);
  assert.strictEqual(forgotten.kill('SIGKILL'), true);
});
