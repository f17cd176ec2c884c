// Errors thrown in a domain's callbacks (timers, ticks, immediates, emitters) reach the
// domain's 'error' event; bind/intercept route errors; exit restores the outer domain.
var assert = require('assert');
var domain = require('domain');
var EventEmitter = require('events').EventEmitter;
var caught = [];
var finished = false;
// Registered first, so a test that stops early cannot pass silently.
process.on('exit', function () {
  assert.ok(finished, 'the test body did not run to the end');
  assert.deepEqual(caught.sort(), [
    'd2 bound:true:false', 'd2 passed:false:true', 'data ok',
    'emitted:true:false', 'immediate:true:true', 'tick:true:true', 'timer:true:true'
  ].sort());
});
var d = domain.create();
d.on('error', function (er) {
  caught.push(er.message + ':' + (er.domain === d) + ':' + er.domainThrown);
});
d.run(function () {
  assert.strictEqual(process.domain, d);
  assert.strictEqual(domain.active, d);
  setTimeout(function () { throw new Error('timer'); }, 1);
  setImmediate(function () { throw new Error('immediate'); });
  process.nextTick(function () { throw new Error('tick'); });
  var ee = new EventEmitter();
  assert.strictEqual(ee.domain, d, 'emitters created in a domain join it implicitly');
  setTimeout(function () { ee.emit('error', new Error('emitted')); }, 2);
});
// exit() leaves the stack's top as the active domain: undefined once the stack is empty (v0.10).
assert.strictEqual(process.domain, undefined);
assert.strictEqual(domain.active, undefined);

var d2 = domain.create();
d2.on('error', function (er) { caught.push('d2 ' + er.message + ':' + er.domainThrown + ':' + (er.domainBound !== undefined)); });
var intercepted = d2.intercept(function (data) { caught.push('data ' + data); });
intercepted(null, 'ok');
intercepted(new Error('passed'));
// A throw from a bound callback is an uncaught exception that the domain handles; it also ends
// whatever called the callback, so it runs from a timer here.
setTimeout(function () {
  d2.bind(function () { throw new Error('bound'); }).call(null);
}, 3);

var outer = domain.create(), inner = domain.create();
outer.enter();
inner.enter();
inner.exit();
assert.strictEqual(process.domain, outer);
outer.exit();
assert.strictEqual(process.domain, undefined);

var timer = setTimeout(function () { caught.push('disposed timer ran'); }, 5);
var d3 = domain.create();
d3.add(timer);
assert.deepEqual(d3.members, [timer]);
d3.dispose();

finished = true;
