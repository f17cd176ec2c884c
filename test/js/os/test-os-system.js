// os: host name, kernel, architecture, endianness, uptime and memory, checked against what the
// kernel itself publishes under /proc.
var assert = require('assert');
var fs = require('fs');
var os = require('os');

function procText(file) {
  return fs.readFileSync(file, 'utf8').replace(/\n$/, '');
}

// Host name and kernel identity: the same strings uname(2) gives, which /proc mirrors.
assert.strictEqual(os.hostname(), procText('/proc/sys/kernel/hostname'));
assert.strictEqual(os.type(), procText('/proc/sys/kernel/ostype'));
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.release(), procText('/proc/sys/kernel/osrelease'));

assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.EOL, '\n');

var littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
assert.strictEqual(os.endianness(), littleEndian ? 'LE' : 'BE');

// Uptime: seconds since boot with the fraction (the boot-time clock, as /proc/uptime shows it
// to two decimals), and it moves on.
var procUptimeBefore = parseFloat(procText('/proc/uptime'));
var uptime = os.uptime();
var procUptimeAfter = parseFloat(procText('/proc/uptime'));
assert.strictEqual(typeof uptime, 'number');
assert.ok(uptime >= procUptimeBefore - 0.02 && uptime <= procUptimeAfter + 0.02,
          'uptime ' + uptime + ' vs /proc/uptime ' + procUptimeBefore + '..' + procUptimeAfter);
var later = os.uptime();
assert.ok(later > uptime, 'uptime has sub-second resolution: ' + uptime + ' then ' + later);

// Memory in bytes. Total is exact; free is MemFree (v0.10 counts free pages, not the
// reclaimable "available" memory later versions report), which moves while we look.
function meminfo(field) {
  var m = new RegExp('^' + field + ':\\s+(\\d+) kB$', 'm').exec(procText('/proc/meminfo'));
  return Number(m[1]) * 1024;
}
var total = os.totalmem();
assert.strictEqual(typeof total, 'number');
assert.strictEqual(total, meminfo('MemTotal'));

var slack = 64 * 1024 * 1024;
var freeBefore = meminfo('MemFree');
var free = os.freemem();
var freeAfter = meminfo('MemFree');
assert.strictEqual(typeof free, 'number');
assert.strictEqual(free % 4096, 0, 'whole pages');
assert.ok(free > 0 && free <= total);
assert.ok(free >= Math.min(freeBefore, freeAfter) - slack && free <= Math.max(freeBefore, freeAfter) + slack,
          'freemem ' + free + ' vs MemFree ' + freeBefore + '..' + freeAfter);

// Load averages: three numbers with full sysinfo(2) precision; /proc/loadavg shows them
// rounded to two decimals, and the kernel may refresh them between the reads.
function procLoad() {
  return procText('/proc/loadavg').split(' ').slice(0, 3).map(Number);
}
var loadBefore = procLoad();
var load = os.loadavg();
var loadAfter = procLoad();
assert.ok(Array.isArray(load));
assert.strictEqual(load.length, 3);
load.forEach(function(value, i) {
  assert.strictEqual(typeof value, 'number');
  assert.ok(value >= 0);
  var lo = Math.min(loadBefore[i], loadAfter[i]) - 0.011;
  var hi = Math.max(loadBefore[i], loadAfter[i]) + 0.011;
  assert.ok(value >= lo && value <= hi, 'loadavg[' + i + '] ' + value + ' vs ' + loadBefore[i] + '/' + loadAfter[i]);
});

// Each call asks again: a fresh array every time.
assert.notStrictEqual(os.loadavg(), os.loadavg());

// The binding underneath, with Node's own method names.
var binding = process.binding('os');
assert.strictEqual(binding.getHostname(), os.hostname());
assert.strictEqual(binding.getOSType(), os.type());
assert.strictEqual(binding.getOSRelease(), os.release());
assert.strictEqual(binding.getEndianness(), os.endianness());
assert.strictEqual(binding.getTotalMem(), total);
