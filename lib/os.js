'use strict';
// The os module: facts about the machine and operating system the program runs on (host name,
// kernel, CPUs, memory, load, network addresses, temp directory, line ending), as Node v0.10
// reports them. The answers come fresh from process.binding('os') on every call, because most of
// them (uptime, load, free memory, CPU times, addresses) change while the program runs.

var binding = process.binding('os');
var util = require('util');

// The binding answers null where Node's answers undefined (a clock or /proc/stat it cannot read).
function orUndefined(value) {
  return value === null ? undefined : value;
}

exports.endianness = function endianness() {
  return binding.getEndianness();
};

exports.hostname = function hostname() {
  return binding.getHostname();
};

exports.loadavg = function loadavg() {
  return binding.getLoadAvg();
};

exports.uptime = function uptime() {
  return orUndefined(binding.getUptime());
};

exports.freemem = function freemem() {
  return binding.getFreeMem();
};

exports.totalmem = function totalmem() {
  return binding.getTotalMem();
};

exports.cpus = function cpus() {
  return orUndefined(binding.getCPUs());
};

exports.type = function type() {
  return binding.getOSType();
};

exports.release = function release() {
  return binding.getOSRelease();
};

exports.networkInterfaces = function networkInterfaces() {
  return binding.getInterfaceAddresses();
};

exports.arch = function arch() {
  return process.arch;
};

exports.platform = function platform() {
  return process.platform;
};

// v0.10 looks at the variables in this order and takes the first non-empty one as it is
// (a trailing slash is kept; trimming it came with later Node versions).
exports.tmpdir = function tmpdir() {
  return process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
};

// The name before v0.10 renamed it; still an alias there, with no warning.
exports.tmpDir = exports.tmpdir;

// Renamed to networkInterfaces() in v0.6; the old name still works but warns once.
exports.getNetworkInterfaces = util.deprecate(function getNetworkInterfaces() {
  return exports.networkInterfaces();
}, 'getNetworkInterfaces is now called `os.networkInterfaces`.');

exports.EOL = '\n';
