'use strict';
// Raw mode on a real terminal (a pseudo-terminal from fixtures/pty.js): with
// process.stdin.setRawMode(true) keys arrive one by one, without Enter, unechoed, and Ctrl-C is a
// byte instead of a signal; setRawMode(false) brings back line editing and echo. isRaw follows.
var assert = require('assert');

if (process.argv[2] === 'child') {
  var stdin = process.stdin;
  var phase = 'raw';
  var raw = '';
  stdin.setRawMode(true);
  if (stdin.isRaw !== true) throw new Error('isRaw should be true');
  stdin.setEncoding('utf8');
  stdin.on('data', function (s) {
    if (phase === 'raw') {
      raw += s;
      if (raw.indexOf('\x03') !== -1) {
        // 'ab', Enter (a CR, not translated in raw mode) and Ctrl-C, all without a line end.
        console.log('RAW ' + JSON.stringify(raw));
        phase = 'cooked';
        stdin.setRawMode(false);
        console.log('COOKED ' + stdin.isRaw);
      }
    } else {
      console.log('LINE ' + JSON.stringify(s));
      stdin.pause();
    }
  });
  console.log('READY');
} else {
  var pty = require('./fixtures/pty');
  var state = 0;
  pty.run({
    args: [__filename, 'child'],
    onOutput: function (out, session) {
      if (state === 0 && /READY/.test(out)) {
        state = 1;
        session.type('ab');
        // The Enter and the Ctrl-C come separately, so more than one read is needed.
        setTimeout(function () {
          session.type('\r\x03');
        }, 200);
      } else if (state === 1 && /COOKED false/.test(out)) {
        state = 2;
        session.type('typed\n');
      }
    }
  }, function (status, out) {
    assert.strictEqual(status, 0, out);
    out = out.replace(/\r\n/g, '\n');
    assert.ok(/RAW "ab\\r\\u0003"\n/.test(out), out);
    // Not echoed in raw mode: 'ab' shows up only inside the program's own report.
    assert.strictEqual(out.split('ab').length, 2, out);
    // Echoed and line-buffered again in normal mode.
    assert.ok(/\ntyped\n/.test(out), out);
    assert.ok(/LINE "typed\\n"\n/.test(out), out);
    console.log('ok');
  });
}
