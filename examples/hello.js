// A first jnode program: timers, events and modules behave as in Node v0.10.
var EventEmitter = require('events').EventEmitter;
var util = require('util');

function Greeter(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(Greeter, EventEmitter);

Greeter.prototype.greetLater = function (ms) {
  var self = this;
  setTimeout(function () {
    self.emit('greeting', util.format('Hello, %s! (after %d ms)', self.name, ms));
  }, ms);
};

var greeter = new Greeter('World');
greeter.on('greeting', console.log);
greeter.greetLater(200);
console.log('jnode %s on %s/%s: waiting for the timer...', process.version, process.platform, process.arch);
