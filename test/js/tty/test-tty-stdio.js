'use strict';
// stdio on a real terminal (a pseudo-terminal from fixtures/pty.js): process.stdin is a
// tty.ReadStream and process.stdout/stderr are tty.WriteStreams with the window's size; output
// through console.log, process.stdout, process.stderr and a raw TTY handle keeps its order; stdout
// cannot be closed; a line typed at the keyboard arrives as 'data'; Ctrl-D ends stdin; pausing
// stdin lets the process exit.
var assert = require('assert');

if (process.argv[2] === 'child') {
  var tty = require('tty');
  var net = require('net');
  var checks = [];
  function check(name, ok) {
    if (!ok) checks.push(name);
  }
  check('isatty', tty.isatty(0) && tty.isatty(1) && tty.isatty(2));
  check('stdout class', process.stdout instanceof tty.WriteStream && process.stdout instanceof net.Socket);
  check('stderr class', process.stderr instanceof tty.WriteStream);
  check('stdin class', process.stdin instanceof tty.ReadStream);
  check('isTTY', process.stdout.isTTY === true && process.stderr.isTTY === true && process.stdin.isTTY === true);
  check('isRaw', process.stdin.isRaw === false);
  check('size', process.stdout.columns === 123 && process.stdout.rows === 45);
  check('getWindowSize', process.stdout.getWindowSize().join('x') === '123x45');
  check('stderr size', process.stderr.columns === 123);
  check('handle size', process.stdout._handle.getWindowSize().join('x') === '123x45');
  check('fds', process.stdout.fd === 1 && process.stderr.fd === 2 && process.stdin.fd === 0);
  check('_type', process.stdout._type === 'tty');
  check('stdin readable', process.stdin.readable === true && process.stdin.writable === false);
  check('stdout writable', process.stdout.readable === false && process.stdout.writable === true);
  var threw = null;
  try {
    process.stdout.end();
  } catch (e) {
    threw = e.message;
  }
  check('end throws', threw === 'process.stdout cannot be closed.');
  var destroyError = null;
  process.stderr.once('error', function (e) {
    destroyError = e.message;
  });
  process.stderr.destroy();
  check('destroy', destroyError === 'process.stderr cannot be closed.');

  console.log('checks: ' + (checks.join(', ') || 'all passed'));
  var handle = new (process.binding('tty_wrap').TTY)(1, false);
  process.stdout.write('1 ');
  handle.writeUtf8String('2 ');
  console.log('3');
  process.stderr.write('4 ');
  handle.writeBuffer(new Buffer('5 '));
  console.error('6');
  handle.close();

  process.stdin.setEncoding('utf8');
  var lines = [];
  process.stdin.on('data', function (s) {
    lines.push(s);
    if (s === 'pause please\n') {
      process.stdin.pause();
      console.log('got ' + JSON.stringify(lines) + ', paused');
    }
  });
  console.log('READY');
} else if (process.argv[2] === 'eof') {
  var chunks = '';
  process.stdin.on('data', function (s) {
    chunks += s;
  });
  process.stdin.on('end', function () {
    console.log('END after ' + JSON.stringify(chunks));
  });
  console.log('READY');
} else {
  var pty = require('./fixtures/pty');
  var typed = false;
  pty.run({
    args: [__filename, 'child'],
    cols: 123,
    rows: 45,
    onOutput: function (out, session) {
      if (!typed && /READY/.test(out)) {
        typed = true;
        session.type('first line\n');
        session.type('pause please\n');
      }
    }
  }, function (status, out) {
    assert.strictEqual(status, 0, out);
    out = out.replace(/\r\n/g, '\n');
    assert.ok(/checks: all passed\n/.test(out), out);
    assert.ok(/1 2 3\n4 5 6\n/.test(out), out);
    // The terminal echoes what was typed (canonical mode), then the program saw it line by line.
    assert.ok(/first line\n/.test(out), out);
    assert.ok(/got \["first line\\n","pause please\\n"\], paused\n/.test(out), out);
    eofCase();
  });

  function eofCase() {
    var typed = false;
    pty.run({
      args: [__filename, 'eof'],
      onOutput: function (out, session) {
        if (!typed && /READY/.test(out)) {
          typed = true;
          session.type('abc\n');
          session.type('\x04');
        }
      }
    }, function (status, out) {
      assert.strictEqual(status, 0, out);
      assert.ok(/END after "abc\\n"/.test(out), out);
      console.log('ok');
    });
  }
}
