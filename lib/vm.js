'use strict';
// vm: compiling and running JavaScript source text, in this context (sharing the program's
// globals) or in a new context — a fresh global object with its own built-ins (so an Array made
// there is not `instanceof Array` here), as V8 contexts are in Node.
//
// As in Node v0.10, runInNewContext copies the sandbox's properties onto the new global before
// running and copies the global's properties back onto the sandbox afterwards. A context from
// createContext *is* that global object: its properties are the context's globals.

var contextify = process.binding('contextify');
var engine = require('internal/engine');

// Each context global → the function that evaluates code in it.
var evaluators = new WeakMap();

function newContext() {
  // Runs in the new global: capture its script loader, hide the engine's extras there too.
  var setup = '(function (hide) {' +
              '  var load = this.load, global = this;' +
              '  hide(global);' +
              '  return { global: global, run: function (code, name) { return load({ name: name, script: code }); } };' +
              '})';
  var realm = engine.loadWithNewGlobal({ name: 'vm-context', script: setup + '.call(this, arguments[0])' },
                                       engine.hideEngineGlobals);
  evaluators.set(realm.global, realm.run);
  return realm.global;
}

function copyInto(target, source) {
  if (source === null || source === undefined) return;
  Object.keys(source).forEach(function (key) {
    target[key] = source[key];
  });
}

function defaultName(filename) {
  return filename === undefined ? 'evalmachine.<anonymous>' : String(filename);
}

function Script(code, filename) {
  if (!(this instanceof Script)) return new Script(code, filename);
  this.code = String(code);
  this.filename = defaultName(filename);
}

Script.prototype.runInThisContext = function () {
  return contextify.runInThisContext(this.code, this.filename);
};

Script.prototype.runInContext = function (context) {
  var run = evaluators.get(context);
  if (!run) throw new TypeError('needs a \'context\' argument.');
  return run(this.code, this.filename);
};

Script.prototype.runInNewContext = function (sandbox) {
  var context = newContext();
  copyInto(context, sandbox);
  try {
    return evaluators.get(context)(this.code, this.filename);
  } finally {
    if (sandbox !== null && typeof sandbox === 'object') copyInto(sandbox, context);
  }
};

Script.createContext = function (sandbox) {
  var context = newContext();
  copyInto(context, sandbox);
  return context;
};

exports.Script = Script;
exports.createContext = Script.createContext;

exports.createScript = function (code, filename) {
  return new Script(code, filename);
};

exports.runInThisContext = function (code, filename) {
  return new Script(code, filename).runInThisContext();
};

exports.runInNewContext = function (code, sandbox, filename) {
  return new Script(code, filename).runInNewContext(sandbox);
};

exports.runInContext = function (code, context, filename) {
  return new Script(code, filename).runInContext(context);
};

// v0.10's Script also carries the one-shot forms as static methods (vm.Script.runInContext...).
Script.runInThisContext = exports.runInThisContext;
Script.runInNewContext = exports.runInNewContext;
Script.runInContext = exports.runInContext;
