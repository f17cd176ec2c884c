// process.exit(code) emits 'exit' once with the code and runs no more I/O; an exit() from an
// 'exit' listener does not emit again but sets the final status (as in Node v0.10).
// expect-exit: 7
// expect-stdout: exit 42\n
process.on('exit', function (code) {
  console.log('exit', code);
  // Neither of these may run or change anything.
  setTimeout(function () { console.log('timer after exit'); }, 0);
  process.nextTick(function () { console.log('tick after exit'); });
  process.exit(7);
});
setTimeout(function () { console.log('never'); }, 100);
process.exit(42);
