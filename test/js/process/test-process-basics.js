var assert = require('assert');
var EventEmitter = require('events').EventEmitter;
var path = require('path');

assert.ok(process instanceof EventEmitter);
assert.equal(process.platform, 'linux');
assert.equal(process.version, 'v0.10.40');
assert.equal(process.versions.node, '0.10.40');
assert.equal(typeof process.versions.jnode, 'string');
assert.ok(['x64', 'arm64', 'ia32'].indexOf(process.arch) !== -1);
assert.equal(typeof process.pid, 'number');
assert.ok(process.pid > 0);
assert.equal(process.title, 'node');
process.title = 'renamed';
assert.equal(process.title, 'renamed');

// argv: [execPath, absolute script, args...]; execPath is the launcher itself.
assert.equal(process.argv[0], process.execPath);
assert.equal(process.argv[1], __filename);
assert.ok(path.isAbsolute ? path.isAbsolute(process.argv[1]) : process.argv[1][0] === '/');
assert.ok(/\/bin\/jnode$/.test(process.execPath), process.execPath);
assert.ok(require('fs').statSync(process.execPath).isFile());
assert.ok(Array.isArray(process.execArgv));

// env: a writable object whose values are strings
assert.equal(typeof process.env.PATH, 'string');
process.env.JNODE_TEST_VALUE = 42;
assert.strictEqual(process.env.JNODE_TEST_VALUE, '42');
delete process.env.JNODE_TEST_VALUE;
assert.strictEqual(process.env.JNODE_TEST_VALUE, undefined);
assert.ok(Object.keys(process.env).indexOf('PATH') !== -1);

// hrtime and uptime
var t = process.hrtime();
assert.ok(Array.isArray(t) && t.length === 2 && t[1] >= 0 && t[1] < 1e9);
var d = process.hrtime(t);
assert.ok(d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);
assert.throws(function () { process.hrtime(1); }, /^TypeError: process\.hrtime\(\) only accepts an Array tuple\.$/);
assert.ok(process.uptime() > 0 && process.uptime() < 3600);

var m = process.memoryUsage();
assert.ok(m.rss > 0 && m.heapTotal > 0 && m.heapUsed > 0 && m.heapUsed <= m.heapTotal);
assert.ok(process.features && process.config);
assert.equal(typeof process.binding, 'function');
assert.throws(function () { process.binding('no_such_binding'); }, /No such module: no_such_binding/);
assert.equal(typeof process.binding('natives').events, 'string');
assert.ok(process.moduleLoadList.indexOf('NativeModule events') !== -1);
console.log('ok');
