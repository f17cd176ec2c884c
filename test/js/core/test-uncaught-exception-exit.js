// Without a listener, an uncaught error prints file:line, the source line, a caret and the
// stack, 'exit' listeners see code 1, and the process exits with status 8 (Node v0.10).
// expect-exit: 8
// expect-stdout: exit 1\n
// expect-stderr-match: test-uncaught-exception-exit\.js:11\n  throw new Error\('kaboom'\);\n        \^\nError: kaboom\n    at .*test-uncaught-exception-exit\.js:11:9
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () {
  // no I/O after exit: this never fires
}, 10000);
setTimeout(function () {
  throw new Error('kaboom');
}, 1);
