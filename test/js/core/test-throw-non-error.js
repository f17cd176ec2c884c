// A thrown non-Error value is printed with String(); a name/message object as "name: message".
// expect-exit: 8
// expect-stderr-match: test-throw-non-error\.js:4\nthrow \{ name: 'MyError', message: 'custom' \};\n\^\nMyError: custom\n
throw { name: 'MyError', message: 'custom' };
