// The loop ends when nothing keeps it alive; 'exit' gets 0; console output keeps its order with
// process.stdout.write.
// expect-stdout: a\nb\nc\nexit 0\n
process.stdout.write('a\n');
console.log('b');
setTimeout(function () { process.stdout.write('c\n'); }, 5);
process.on('exit', function (code) { console.log('exit', code); });
