'use strict';
// The CommonJS module system, as Node v0.10 defines it: require() of core modules, of relative
// and absolute paths (trying the path itself, then each registered extension, then a directory's
// package.json "main" and its index file), and of bare names looked up in node_modules folders
// from the requiring module's directory up to the root, then NODE_PATH and the global folders.
// Modules are cached by resolved (real) filename, so cycles see partially filled exports.

var NativeModule = require('native_module');
var path = require('path');
var fsBinding = process.binding('fs');
var contextify = process.binding('contextify');

function Module(id, parent) {
  this.id = id;
  this.exports = {};
  this.parent = parent;
  if (parent && parent.children) parent.children.push(this);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}
module.exports = Module;
Module.Module = Module;

Module._cache = {};
Module._pathCache = {};
Module._extensions = {};
Module._realpathCache = {};
Module.globalPaths = [];
var modulePaths = [];

Module.wrapper = NativeModule.wrapper;
Module.wrap = NativeModule.wrap;

// ---------------------------------------------------------------------------------------------
// File system probes. They use the fs binding directly: the loader must not depend on (or be
// disturbed by user patches of) the fs module.

// 0 = missing, 1 = file, 2 = directory
function kindOf(filename) {
  var mode = fsBinding.modeOf(filename);
  if (mode < 0) return 0;
  return (mode & 0xf000) === 0x4000 ? 2 : 1;
}

function realpath(filename) {
  var cached = Module._realpathCache[filename];
  if (cached) return cached;
  return (Module._realpathCache[filename] = fsBinding.realpath(filename));
}

function tryFile(requestPath) {
  return kindOf(requestPath) === 1 ? realpath(requestPath) : false;
}

function tryExtensions(basePath, extensions) {
  for (var i = 0; i < extensions.length; i++) {
    var filename = tryFile(basePath + extensions[i]);
    if (filename) return filename;
  }
  return false;
}

var packageMainCache = {};

// The "main" of requestPath/package.json, or false when there is no package.json (or no main).
function readPackageMain(requestPath) {
  if (Object.prototype.hasOwnProperty.call(packageMainCache, requestPath)) {
    return packageMainCache[requestPath];
  }
  var jsonPath = path.resolve(requestPath, 'package.json');
  var json;
  try {
    json = fsBinding.readFileUtf8(jsonPath);
  } catch (e) {
    return false;
  }
  var main;
  try {
    main = JSON.parse(json).main;
  } catch (e) {
    e.path = jsonPath;
    e.message = 'Error parsing ' + jsonPath + ': ' + e.message;
    throw e;
  }
  return (packageMainCache[requestPath] = main || false);
}

function tryPackage(requestPath, extensions) {
  var main = readPackageMain(requestPath);
  if (!main) return false;
  var filename = path.resolve(requestPath, main);
  return tryFile(filename) ||
         tryExtensions(filename, extensions) ||
         tryExtensions(path.resolve(filename, 'index'), extensions);
}

// ---------------------------------------------------------------------------------------------
// Resolution

Module._findPath = function (request, paths) {
  var extensions = Object.keys(Module._extensions);
  if (request.charAt(0) === '/') paths = [''];
  var trailingSlash = request.slice(-1) === '/';

  var cacheKey = JSON.stringify({ request: request, paths: paths });
  if (Module._pathCache[cacheKey]) return Module._pathCache[cacheKey];

  for (var i = 0; i < paths.length; i++) {
    var basePath = path.resolve(paths[i], request);
    var filename = false;
    if (!trailingSlash) {
      filename = tryFile(basePath) || tryExtensions(basePath, extensions);
    }
    if (!filename) filename = tryPackage(basePath, extensions);
    if (!filename) filename = tryExtensions(path.resolve(basePath, 'index'), extensions);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// The node_modules folders searched from directory `from`: its own, then each parent's.
Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  var parts = from.split('/');
  var paths = [];
  for (var tip = parts.length - 1; tip >= 0; tip--) {
    if (parts[tip] === 'node_modules') continue;
    var dir = parts.slice(0, tip + 1).concat('node_modules').join('/');
    paths.push(dir);
  }
  return paths;
};

// [id, directories to search] for `request` as required by `parent`.
Module._resolveLookupPaths = function (request, parent) {
  if (NativeModule.isPublic(request)) return [request, []];

  var start = request.substring(0, 2);
  if (start !== './' && start !== '..') {
    var paths = modulePaths;
    if (parent) {
      if (!parent.paths) parent.paths = [];
      paths = parent.paths.concat(paths);
    }
    return [request, paths];
  }

  // Relative to a module without a file (the REPL, -e code before it has one): the cwd.
  if (!parent || !parent.id || !parent.filename) {
    return [request, ['.'].concat(modulePaths)];
  }

  var parentDir = path.dirname(parent.filename);
  var id = path.resolve(parentDir, request);
  // The main module's id is '.', so ids of its relatives would lose their leading './'.
  if (parent.id === '.' && id.indexOf('/') === -1) id = './' + id;
  return [id, [parentDir]];
};

Module._resolveFilename = function (request, parent) {
  if (NativeModule.isPublic(request)) return request;
  var lookup = Module._resolveLookupPaths(request, parent);
  var filename = Module._findPath(request, lookup[1]);
  if (!filename) {
    var err = new Error("Cannot find module '" + request + "'");
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  return filename;
};

// ---------------------------------------------------------------------------------------------
// Loading

Module._load = function (request, parent, isMain) {
  var filename = Module._resolveFilename(request, parent);

  var cachedModule = Module._cache[filename];
  if (cachedModule) return cachedModule.exports;

  if (NativeModule.isPublic(filename)) return NativeModule.require(filename);

  var module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;

  // A module whose evaluation throws must not stay cached half-loaded.
  var threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
};

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  var extension = path.extname(filename) || '.js';
  if (!Module._extensions[extension]) extension = '.js';
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

// Bad arguments fail as Node v0.10's assert() calls did (assert loads only when needed).
Module.prototype.require = function (request) {
  if (typeof request !== 'string') require('assert')(false, 'path must be a string');
  if (!request) require('assert')(false, 'missing path');
  return Module._load(request, this);
};

function makeRequire(module) {
  function require(request) {
    return module.require(request);
  }
  require.resolve = function (request) {
    return Module._resolveFilename(request, module);
  };
  Object.defineProperty(require, 'paths', {
    get: function () {
      throw new Error('require.paths is removed. Use node_modules folders, or the NODE_PATH ' +
                      'environment variable instead.');
    }
  });
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.registerExtension = function () {
    throw new Error('require.registerExtension() removed. Use require.extensions instead.');
  };
  require.cache = Module._cache;
  return require;
}

// Runs `content` as the body of this module, with its own require/module/exports/__filename/
// __dirname. Returns what the body returns.
Module.prototype._compile = function (content, filename) {
  // A "#!" line is for the shell, not JavaScript; keep the line so line numbers stay right.
  content = content.replace(/^#!.*/, '');
  var require = makeRequire(this);
  var dirname = path.dirname(filename);
  var wrapper = Module.wrap(content);
  var compiledWrapper = contextify.runInThisContext(wrapper, filename);
  return compiledWrapper.call(this.exports, this.exports, require, this, filename, dirname);
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module._extensions['.js'] = function (module, filename) {
  var content = fsBinding.readFileUtf8(filename);
  module._compile(stripBOM(content), filename);
};

Module._extensions['.json'] = function (module, filename) {
  var content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  process.dlopen(module, path._makeLong(filename));
};

// ---------------------------------------------------------------------------------------------
// Search paths and the main program

Module._initPaths = function () {
  var paths = [path.resolve(process.execPath, '..', '..', 'lib', 'node')];
  var home = process.env.HOME;
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  var nodePath = process.env.NODE_PATH;
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice(0);
};

Module.runMain = function () {
  Module._load(process.argv[1], null, true);
  process._tickCallback();
};

Module.requireRepl = function () {
  return Module._load('repl', '.');
};

Module._initPaths();
