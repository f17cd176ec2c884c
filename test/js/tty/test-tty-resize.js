'use strict';
// process.stdout follows the terminal's window size: when the window changes (SIGWINCH),
// columns and rows are updated and 'resize' is emitted. The signal watcher does not keep the
// process alive. Runs on a pseudo-terminal from fixtures/pty.js.
var assert = require('assert');

if (process.argv[2] === 'child') {
  var keepAlive = setTimeout(function () {
    console.log('NO RESIZE');
  }, 60000);
  var resizes = 0;
  process.stdout.on('resize', function () {
    resizes++;
    console.log('RESIZE ' + process.stdout.columns + 'x' + process.stdout.rows + ' #' + resizes);
    if (process.stdout.columns === 100) clearTimeout(keepAlive);
  });
  // Same size again: no 'resize'.
  process.stdout._refreshSize();
  console.log('READY ' + process.stdout.columns + 'x' + process.stdout.rows);
} else {
  var pty = require('./fixtures/pty');
  var state = 0;
  pty.run({
    args: [__filename, 'child'],
    cols: 90,
    rows: 30,
    onOutput: function (out, session) {
      if (state === 0 && /READY/.test(out)) {
        state = 1;
        session.resize(132, 50);
      } else if (state === 1 && /RESIZE 132x50/.test(out)) {
        state = 2;
        session.resize(100, 20);
      }
    }
  }, function (status, out) {
    assert.strictEqual(status, 0, out);
    out = out.replace(/\r\n/g, '\n');
    assert.strictEqual(out, 'READY 90x30\nRESIZE 132x50 #1\nRESIZE 100x20 #2\n');
    console.log('ok');
  });
}
