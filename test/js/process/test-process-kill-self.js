// Any signal name works: the process dies of the signal it sent itself (exit status 128+n).
// expect-exit: 143
process.kill(process.pid, 'SIGTERM');
setTimeout(function () {}, 5000);
