var assert = require('assert');
var path = require('path');
var fs = require('fs');

var start = process.cwd();
assert.equal(start, __dirname, 'the suite runs each test in its folder');
process.chdir('..');
assert.equal(process.cwd(), path.dirname(__dirname));
// Relative paths follow the new working directory.
assert.ok(fs.existsSync(path.basename(__dirname)));
process.chdir(start);
assert.equal(process.cwd(), start);
assert.throws(function () { process.chdir('/definitely/not/here'); }, function (e) {
  return e.code === 'ENOENT' && e.errno === 34;
});
assert.throws(function () { process.chdir(42); }, /^TypeError: Bad argument\.$/);

var old = process.umask(parseInt('027', 8));
assert.equal(process.umask(), parseInt('027', 8));
assert.equal(process.umask('0022'), parseInt('027', 8));
assert.equal(process.umask(), parseInt('022', 8));
process.umask(old);
assert.throws(function () { process.umask('8'); }, /argument must be an integer or octal string/);
assert.throws(function () { process.umask({}); }, /argument must be an integer or octal string/);

var uid = process.getuid(), gid = process.getgid();
assert.equal(typeof uid, 'number');
assert.equal(typeof gid, 'number');
assert.equal(typeof process.geteuid(), 'number');
assert.equal(typeof process.getegid(), 'number');
assert.ok(Array.isArray(process.getgroups()));
// As in Node v0.10 the effective group is always in the list, even where getgroups(2) leaves it out.
assert.notStrictEqual(process.getgroups().indexOf(process.getegid()), -1);
// Setting our own ids is always allowed; unknown names and bad types are Node's errors.
process.setgid(gid);
process.setuid(uid);
assert.throws(function () { process.setuid('no-such-user-xyz'); }, /^Error: setuid user id does not exist$/);
assert.throws(function () { process.setgid('no-such-group-xyz'); }, /^Error: setgid group id does not exist$/);
assert.throws(function () { process.setuid({}); }, /^TypeError: setuid argument must be a number or a string$/);
console.log('ok');
