// process.exitCode is the status of a natural exit.
// expect-exit: 3
process.exitCode = 3;
