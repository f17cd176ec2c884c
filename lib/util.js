'use strict';
// The `util` core module as Node v0.10 has it: printf-like format(), the
// v0.10 inspect() text format (which later Node versions changed in many
// details), the four type checks v0.10 offers, inherits(), the synchronous
// print helpers, and the deprecated leftovers (p, exec, pump) that warn once
// through deprecate().

var formatPlaceholder = /%[sdj%]/g;

function format(f) {
  var i;
  if (typeof f !== 'string') {
    var parts = [];
    for (i = 0; i < arguments.length; i++) parts.push(inspect(arguments[i]));
    return parts.join(' ');
  }

  var args = arguments;
  var next = 1;
  var str = f.replace(formatPlaceholder, function(placeholder) {
    if (placeholder === '%%') return '%';
    if (next >= args.length) return placeholder;
    switch (placeholder) {
      case '%s': return String(args[next++]);
      case '%d': return String(Number(args[next++]));
      case '%j':
        // v0.10 lets JSON.stringify's TypeError for circular input escape.
        return String(JSON.stringify(args[next++]));
      default:
        return placeholder;
    }
  });
  // Leftover arguments: objects are inspected, everything else (functions
  // included, as in v0.10) is converted with String().
  for (; next < args.length; next++) {
    var extra = args[next];
    str += ' ' + (extra !== null && typeof extra === 'object' ?
                  inspect(extra) : String(extra));
  }
  return str;
}
exports.format = format;


// Wraps fn so that its first call prints msg once, honouring the
// --no-deprecation, --trace-deprecation and --throw-deprecation flags.
exports.deprecate = function(fn, msg) {
  if (process.noDeprecation === true) return fn;
  var warned = false;
  function deprecated() {
    if (!warned) {
      if (process.throwDeprecation) throw new Error(msg);
      if (process.traceDeprecation) console.trace(msg);
      else console.error(msg);
      warned = true;
    }
    return fn.apply(this, arguments);
  }
  return deprecated;
};


// ---- inspect ---------------------------------------------------------------

function inspect(obj, opts) {
  var ctx = {
    seen: [],
    stylize: stylizeNoColor
  };
  // Legacy positional form: inspect(obj, showHidden, depth, colors).
  if (arguments.length >= 3) ctx.depth = arguments[2];
  if (arguments.length >= 4) ctx.colors = arguments[3];
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts) {
    extend(ctx, opts);
  }
  if (ctx.showHidden === undefined) ctx.showHidden = false;
  if (ctx.depth === undefined) ctx.depth = 2;
  if (ctx.colors === undefined) ctx.colors = false;
  if (ctx.customInspect === undefined) ctx.customInspect = true;
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  return formatValue(ctx, obj, ctx.depth);
}
exports.inspect = inspect;

// ANSI SGR codes: [start, end].
inspect.colors = {
  'bold': [1, 22],
  'italic': [3, 23],
  'underline': [4, 24],
  'inverse': [7, 27],
  'white': [37, 39],
  'grey': [90, 39],
  'black': [30, 39],
  'blue': [34, 39],
  'cyan': [36, 39],
  'green': [32, 39],
  'magenta': [35, 39],
  'red': [31, 39],
  'yellow': [33, 39]
};

// 'name' (object keys) is deliberately left unstyled.
inspect.styles = {
  'special': 'cyan',
  'number': 'yellow',
  'boolean': 'yellow',
  'undefined': 'grey',
  'null': 'bold',
  'string': 'green',
  'date': 'magenta',
  'regexp': 'red'
};

function stylizeWithColor(str, styleType) {
  var style = inspect.styles[styleType];
  var codes = style && inspect.colors[style];
  if (!codes) return str;
  return '\u001b[' + codes[0] + 'm' + str + '\u001b[' + codes[1] + 'm';
}

function stylizeNoColor(str) {
  return str;
}

var hasOwn = Object.prototype.hasOwnProperty;

function formatValue(ctx, value, recurseTimes) {
  // An object's own inspect() wins, except util.inspect itself and a
  // prototype object that merely carries the method for its instances.
  if (ctx.customInspect && value && typeof value.inspect === 'function' &&
      value.inspect !== inspect &&
      !(value.constructor && value.constructor.prototype === value)) {
    // v0.10 converts a non-string result with String(); formatting a
    // returned object came in v0.11.
    return String(value.inspect(recurseTimes));
  }

  var primitive = formatPrimitive(ctx, value);
  if (primitive) return primitive;

  var keys = Object.keys(value);
  var visibleKeys = new Set(keys);
  if (ctx.showHidden) keys = Object.getOwnPropertyNames(value);

  // Objects without properties to show print as their one-word form.
  if (keys.length === 0) {
    if (typeof value === 'function') {
      return ctx.stylize(functionLabel(value), 'special');
    }
    if (isRegExp(value)) {
      return ctx.stylize(RegExp.prototype.toString.call(value), 'regexp');
    }
    if (isDate(value)) {
      return ctx.stylize(Date.prototype.toString.call(value), 'date');
    }
    if (isError(value)) return formatError(value);
  }

  var base = '';
  var array = false;
  var braces = ['{', '}'];

  if (isArray(value)) {
    array = true;
    braces = ['[', ']'];
  }
  if (typeof value === 'function') base = ' ' + functionLabel(value);
  if (isRegExp(value)) base = ' ' + RegExp.prototype.toString.call(value);
  if (isDate(value)) base = ' ' + Date.prototype.toUTCString.call(value);
  if (isError(value)) base = ' ' + formatError(value);

  if (keys.length === 0 && (!array || value.length === 0)) {
    return braces[0] + base + braces[1];
  }

  if (recurseTimes < 0) {
    if (isRegExp(value)) {
      return ctx.stylize(RegExp.prototype.toString.call(value), 'regexp');
    }
    return ctx.stylize('[Object]', 'special');
  }

  ctx.seen.push(value);
  var output;
  if (array) {
    output = formatArray(ctx, value, recurseTimes, visibleKeys, keys);
  } else {
    output = keys.map(function(key) {
      return formatProperty(ctx, value, recurseTimes, visibleKeys, key, false);
    });
  }
  ctx.seen.pop();

  return reduceToSingleString(output, base, braces);
}

function formatPrimitive(ctx, value) {
  switch (typeof value) {
    case 'undefined':
      return ctx.stylize('undefined', 'undefined');
    case 'string':
      return ctx.stylize(singleQuote(value), 'string');
    case 'number':
      // v0.10 prints -0 as plain 0.
      return ctx.stylize('' + value, 'number');
    case 'boolean':
      return ctx.stylize('' + value, 'boolean');
    case 'symbol':
      // Not in v0.10; printed readably rather than as an empty object.
      return ctx.stylize(String(value), 'symbol');
    case 'bigint':
      return ctx.stylize(String(value) + 'n', 'number');
  }
  if (value === null) return ctx.stylize('null', 'null');
  return undefined;
}

// JSON-quote like V8 3.14's JSON.stringify (which left lone surrogates
// alone), then turn the double quotes into v0.10's single-quoted form.
function jsonQuote(str) {
  var out = '"';
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += '\\\\'; break;
      case 0x08: out += '\\b'; break;
      case 0x0c: out += '\\f'; break;
      case 0x0a: out += '\\n'; break;
      case 0x0d: out += '\\r'; break;
      case 0x09: out += '\\t'; break;
      default:
        if (c < 0x20) {
          out += '\\u' + ('000' + c.toString(16)).slice(-4);
        } else {
          out += str[i];
        }
    }
  }
  return out + '"';
}

function singleQuote(str) {
  return '\'' + jsonQuote(str).slice(1, -1)
      .replace(/'/g, '\\\'')
      .replace(/\\"/g, '"') + '\'';
}

// '[Function]' or '[Function: name]'. Modern engines infer names for
// anonymous function expressions (`{ a: function() {} }` gets name 'a');
// V8 3.14 did not, so only a name the source text declares is shown.
function functionLabel(fn) {
  var name = declaredFunctionName(fn);
  return '[Function' + (name ? ': ' + name : '') + ']';
}

function declaredFunctionName(fn) {
  var name;
  try {
    name = fn.name;
  } catch (e) {
    return '';
  }
  if (typeof name !== 'string' || name === '') return '';
  var source;
  try {
    // Function.prototype's toString, never an override on fn itself.
    source = Function.prototype.toString.call(fn);
  } catch (e) {
    return name;
  }
  if (/\{\s*\[native code\]\s*\}\s*$/.test(source)) {
    // Bound functions had no name in v0.10.
    return name.indexOf('bound ') === 0 ? '' : name;
  }
  var declared = /^(?:async\s+)?function\b\s*\*?\s*([^\s(]*)/.exec(source);
  if (declared) return declared[1] ? name : '';
  if (/^class\b/.test(source)) {
    return /^class\s+(?!extends\b)[^\s{]/.test(source) ? name : '';
  }
  // Arrow functions are always anonymous in the v0.10 sense.
  if (/^(?:async\s*)?(?:\([^)]*\)|[A-Za-z_$][\w$]*)\s*=>/.test(source)) {
    return '';
  }
  return name;
}

function formatError(err) {
  return '[' + Error.prototype.toString.call(err) + ']';
}

function formatArray(ctx, value, recurseTimes, visibleKeys, keys) {
  var output = [];
  for (var i = 0, len = value.length; i < len; i++) {
    if (hasOwn.call(value, String(i))) {
      output.push(formatProperty(ctx, value, recurseTimes, visibleKeys,
                                 String(i), true));
    } else {
      output.push('');  // hole in a sparse array
    }
  }
  keys.forEach(function(key) {
    if (!/^\d+$/.test(key)) {
      output.push(formatProperty(ctx, value, recurseTimes, visibleKeys,
                                 key, true));
    }
  });
  return output;
}

function formatProperty(ctx, value, recurseTimes, visibleKeys, key, array) {
  var name, str;
  var desc = Object.getOwnPropertyDescriptor(value, key) ||
      { value: value[key] };

  if (desc.get) {
    str = ctx.stylize(desc.set ? '[Getter/Setter]' : '[Getter]', 'special');
  } else if (desc.set) {
    str = ctx.stylize('[Setter]', 'special');
  }

  if (!visibleKeys.has(key)) name = '[' + key + ']';

  if (!str) {
    if (ctx.seen.indexOf(desc.value) < 0) {
      str = formatValue(ctx, desc.value,
                        recurseTimes === null ? null : recurseTimes - 1);
      if (str.indexOf('\n') > -1) {
        if (array) {
          str = str.split('\n').map(function(line) {
            return '  ' + line;
          }).join('\n').substr(2);
        } else {
          str = '\n' + str.split('\n').map(function(line) {
            return '   ' + line;
          }).join('\n');
        }
      }
    } else {
      str = ctx.stylize('[Circular]', 'special');
    }
  }

  if (name === undefined) {
    if (array && /^\d+$/.test(key)) return str;
    name = jsonQuote('' + key);
    if (/^"([a-zA-Z_][a-zA-Z_0-9]*)"$/.test(name)) {
      name = ctx.stylize(name.slice(1, -1), 'name');
    } else {
      name = ctx.stylize(name.replace(/'/g, '\\\'')
                             .replace(/\\"/g, '"')
                             .replace(/(^"|"$)/g, '\''), 'string');
    }
  }
  return name + ': ' + str;
}

// One line when short; otherwise one entry per line. v0.10 counts colour
// escape codes towards the width too (v0.11 stopped doing that).
function reduceToSingleString(output, base, braces) {
  var length = output.reduce(function(total, entry) {
    return total + entry.length + 1;
  }, 0);

  if (length > 60) {
    return braces[0] +
           (base === '' ? '' : base + '\n ') +
           ' ' +
           output.join(',\n  ') +
           ' ' +
           braces[1];
  }
  return braces[0] + base + ' ' + output.join(', ') + ' ' + braces[1];
}


// ---- type checks -------------------------------------------------------------
// Based on the internal class, so objects from other contexts (vm) count.

function objectToString(o) {
  return Object.prototype.toString.call(o);
}

function isArray(ar) {
  return Array.isArray(ar) ||
      (typeof ar === 'object' && objectToString(ar) === '[object Array]');
}
exports.isArray = isArray;

function isRegExp(re) {
  return typeof re === 'object' && objectToString(re) === '[object RegExp]';
}
exports.isRegExp = isRegExp;

function isDate(d) {
  return typeof d === 'object' && objectToString(d) === '[object Date]';
}
exports.isDate = isDate;

function isError(e) {
  return typeof e === 'object' && e !== null &&
      (objectToString(e) === '[object Error]' || e instanceof Error);
}
exports.isError = isError;


// ---- synchronous output helpers ----------------------------------------------

exports.p = exports.deprecate(function() {
  for (var i = 0; i < arguments.length; i++) {
    exports.error(inspect(arguments[i]));
  }
}, 'util.p: Use console.error() instead.');

exports.print = function() {
  for (var i = 0; i < arguments.length; i++) {
    process.stdout.write(String(arguments[i]));
  }
};

exports.puts = function() {
  for (var i = 0; i < arguments.length; i++) {
    process.stdout.write(arguments[i] + '\n');
  }
};

exports.debug = function(x) {
  process.stderr.write('DEBUG: ' + x + '\n');
};

exports.error = function() {
  for (var i = 0; i < arguments.length; i++) {
    process.stderr.write(arguments[i] + '\n');
  }
};

var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n) {
  return n < 10 ? '0' + n : String(n);
}

// '26 Feb 16:19:34': day unpadded, local time.
function timestamp() {
  var d = new Date();
  var time = [pad2(d.getHours()), pad2(d.getMinutes()),
              pad2(d.getSeconds())].join(':');
  return [d.getDate(), MONTHS[d.getMonth()], time].join(' ');
}

// Takes one message, converted with toString() (not format()ted in v0.10).
exports.log = function(msg) {
  exports.puts(timestamp() + ' - ' + msg.toString());
};


exports.exec = exports.deprecate(function() {
  var childProcess = require('child_process');
  return childProcess.exec.apply(childProcess, arguments);
}, 'util.exec is now called `child_process.exec`.');


// Old-style stream plumbing: pause the reader while the writer is full.
// callback(err) runs once, on the reader's 'close' or on the first error.
exports.pump = exports.deprecate(function(readStream, writeStream, callback) {
  var callbackCalled = false;
  function done(err) {
    if (callback && !callbackCalled) {
      callback(err);
      callbackCalled = true;
    }
  }

  readStream.addListener('data', function(chunk) {
    if (writeStream.write(chunk) === false) readStream.pause();
  });
  writeStream.addListener('drain', function() {
    readStream.resume();
  });
  readStream.addListener('end', function() {
    writeStream.end();
  });
  readStream.addListener('close', function() {
    done();
  });
  readStream.addListener('error', function(err) {
    writeStream.end();
    done(err);
  });
  writeStream.addListener('error', function(err) {
    if (typeof readStream.destroy === 'function') readStream.destroy();
    done(err);
  });
}, 'util.pump() is deprecated. Use readableStream.pipe() instead.');


// ---- inheritance and objects --------------------------------------------------

exports.inherits = function(ctor, superCtor) {
  ctor.super_ = superCtor;
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: {
      value: ctor,
      enumerable: false,
      writable: true,
      configurable: true
    }
  });
};

// Copies add's own enumerable properties onto origin (non-objects ignored).
function extend(origin, add) {
  if (!add || typeof add !== 'object') return origin;
  var keys = Object.keys(add);
  var i = keys.length;
  while (i--) origin[keys[i]] = add[keys[i]];
  return origin;
}
exports._extend = extend;
