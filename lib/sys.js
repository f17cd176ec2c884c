'use strict';
// The `sys` core module: the pre-0.3 name of `util`. Node v0.10 keeps it as a
// silent alias (no deprecation warning) so old programs keep working.

module.exports = require('util');
