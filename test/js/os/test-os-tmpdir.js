// os.tmpdir(): the first non-empty of TMPDIR, TMP and TEMP, else /tmp, returned as given
// (v0.10 keeps a trailing slash). os.tmpDir is the older name of the same function.
var assert = require('assert');
var os = require('os');

process.env.TMPDIR = '/tmpdir';
process.env.TMP = '/tmp-var';
process.env.TEMP = '/temp';
assert.strictEqual(os.tmpdir(), '/tmpdir');
process.env.TMPDIR = '';
assert.strictEqual(os.tmpdir(), '/tmp-var');
process.env.TMP = '';
assert.strictEqual(os.tmpdir(), '/temp');
process.env.TEMP = '';
assert.strictEqual(os.tmpdir(), '/tmp');

delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
assert.strictEqual(os.tmpdir(), '/tmp');

process.env.TEMP = '/only/temp';
assert.strictEqual(os.tmpdir(), '/only/temp');
process.env.TMPDIR = '/with/slash/';
assert.strictEqual(os.tmpdir(), '/with/slash/');
process.env.TMPDIR = 'relative';
assert.strictEqual(os.tmpdir(), 'relative');

assert.strictEqual(os.tmpDir, os.tmpdir);
assert.strictEqual(os.tmpDir(), 'relative');
