// Without a listener a signal keeps its default action: SIGTERM ends the process (143 = 128+15).
// expect-exit: 143
process.on('SIGTERM', function () { throw new Error('must not be called'); });
process.removeAllListeners('SIGTERM');
process.kill(process.pid, 'SIGTERM');
setTimeout(function () {}, 20000);
