'use strict';
// vm: compiling and running JavaScript source text. Code run "in this context" shares the
// globals of the program; the file name given appears in its stack traces.

var contextify = process.binding('contextify');

function Script(code, filename) {
  if (!(this instanceof Script)) return new Script(code, filename);
  this.code = String(code);
  this.filename = filename === undefined ? 'evalmachine.<anonymous>' : String(filename);
}

Script.prototype.runInThisContext = function () {
  return contextify.runInThisContext(this.code, this.filename);
};

exports.Script = Script;

exports.createScript = function (code, filename) {
  return new Script(code, filename);
};

exports.runInThisContext = function (code, filename) {
  return new Script(code, filename).runInThisContext();
};
