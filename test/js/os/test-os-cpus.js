// os.cpus(): one entry per online CPU with the model and whole-MHz speed of /proc/cpuinfo and
// the user/nice/sys/idle/irq times of /proc/stat. The manual calls the times milliseconds, but
// Node v0.10.40 (its libuv) multiplies the kernel's clock ticks by the tick rate, 100 a second,
// so every time is ticks * 100; that is what is checked here.
var assert = require('assert');
var fs = require('fs');
var os = require('os');

function perCpuTicks() {
  var lines = fs.readFileSync('/proc/stat', 'utf8').split('\n');
  var cpus = [];
  lines.forEach(function(line) {
    if (!/^cpu\d+ /.test(line)) return;
    var f = line.split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq ... : iowait is not reported
    cpus.push({ user: f[0], nice: f[1], sys: f[2], idle: f[3], irq: f[5] });
  });
  return cpus;
}

function onlineCount() {
  // "0-1,4,6-7"
  return fs.readFileSync('/sys/devices/system/cpu/online', 'utf8').trim().split(',').reduce(function(n, range) {
    var ends = range.split('-').map(Number);
    return n + (ends.length === 2 ? ends[1] - ends[0] + 1 : 1);
  }, 0);
}

var cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
var models = [];
var speeds = [];
cpuinfo.split('\n').forEach(function(line) {
  var m = /^model name\t: (.*)$/.exec(line);
  if (m) models.push(m[1]);
  m = /^cpu MHz\t\t: (\d+)/.exec(line);
  if (m) speeds.push(Number(m[1]));
});

var before = perCpuTicks();
var cpus = os.cpus();
var after = perCpuTicks();

assert.ok(Array.isArray(cpus));
assert.strictEqual(cpus.length, onlineCount());
assert.strictEqual(cpus.length, before.length);

// USER_HZ is 100 on Linux. The kernel's idle accounting may step back by a tick or so between
// reads, hence the slack (a different unit would miss by a factor of ten).
var perTick = 100;
var slack = 5 * perTick;
cpus.forEach(function(cpu, i) {
  assert.deepEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.deepEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(cpu.model, models.length ? models[Math.min(i, models.length - 1)] : 'unknown');
  assert.strictEqual(typeof cpu.speed, 'number');
  if (speeds.length) assert.strictEqual(cpu.speed, speeds[i]);
  Object.keys(cpu.times).forEach(function(k) {
    var t = cpu.times[k];
    assert.strictEqual(typeof t, 'number', k);
    assert.strictEqual(t % perTick, 0, k + ' is whole ticks times 100: ' + t);
    assert.ok(t >= before[i][k] * perTick - slack && t <= after[i][k] * perTick + slack,
              'cpu' + i + ' ' + k + ' ' + t + ' vs ticks ' + before[i][k] + '..' + after[i][k]);
  });
});

// Fresh objects each call, and CPU time only ever grows.
var again = os.cpus();
assert.notStrictEqual(again, cpus);
again.forEach(function(cpu, i) {
  var total = function(t) { return t.user + t.nice + t.sys + t.idle + t.irq; };
  assert.ok(total(cpu.times) >= total(cpus[i].times) - slack);
});
